"""The built-in course: loaded once, substantial, and left alone on every later run."""

import re
import uuid

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision, Site

from colearn.models import SupportSettings
from courses.content import course as course_content
from courses.course_files import BLOCK_NAMESPACE, CONTENT_FOLDER, data_file_values
from courses.loader import built_in_course_load
from courses.models import CoursePage, HomePage, LessonPage, ModulePage, Theme

pytestmark = pytest.mark.django_db

ALLOWED_RICH_TEXT_TAGS = {"p", "b", "i", "ul", "ol", "li"}


@pytest.fixture
def loaded():
    built_in_course_load()
    return CoursePage.objects.get(slug=course_content.COURSE["slug"])


def module_data(name: str) -> dict:
    return data_file_values(f"{name}.py", (CONTENT_FOLDER / f"{name}.py").read_bytes())["MODULE"]


def lesson_words(lesson: LessonPage) -> int:
    text = " ".join(strip_tags(str(block.value)) for block in lesson.body if block.block_type == "text")
    return len(text.split())


def test_the_site_gets_a_home_page_catalogue_and_support_page(loaded):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()
    support = SupportSettings.for_site(site).support_page
    assert support is not None and support.url == "/support/"
    assert loaded.url == "/courses/from-day-centre-to-community/"


def test_the_built_in_home_page_quotes_nobody(loaded):
    """A quote on the home page reads as a real person's: only an editor adding a real one may put one there."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert [block.block_type for block in home.body if block.block_type == "voice"] == []


def test_the_course_has_three_themed_modules_of_substantial_lessons(loaded):
    assert set(Theme.objects.values_list("slug", flat=True)) == {
        "recovery-enhancing-environments",
        "deep-acceptance",
        "community-bridge-building",
    }
    modules = ModulePage.objects.child_of(loaded).live()
    assert modules.count() == 3
    assert {module.theme.slug for module in modules} == set(Theme.objects.values_list("slug", flat=True))
    assert loaded.capabilities.count() >= 6
    for module in modules:
        lessons = LessonPage.objects.child_of(module).live()
        assert lessons.count() >= 3, module.title
        for lesson in lessons:
            assert lesson_words(lesson) >= 600, f"{lesson.title} is too short to teach from"
            assert lesson.reflection_prompts(), f"{lesson.title} has no reflection prompt"
            assert lesson.summary and lesson.has_easy_read and lesson.easy_read_title
            assert all(idea.value["picture"] for idea in lesson.easy_read), f"{lesson.title}: an idea has no picture"


def test_each_module_has_a_real_printable_take_away_tool(loaded):
    for module in ModulePage.objects.child_of(loaded):
        tools = [
            block.value
            for lesson in LessonPage.objects.child_of(module)
            for block in lesson.specific.body
            if block.block_type == "take_away_tool"
        ]
        assert tools, f"{module.title} has no take-away tool"
        document = tools[0]["document"]
        with document.file.open("rb") as handle:
            content = handle.read()
        assert content.startswith(b"%PDF-") and len(content) > 3000
        assert document.file_extension == "pdf"


def test_reflection_prompts_have_the_same_ids_on_every_fresh_install(loaded):
    ids = [block.id for lesson in LessonPage.objects.all() for block in lesson.reflection_prompts()]
    assert len(ids) == len(set(ids)) >= 12
    first_prompt_id = LessonPage.objects.get(slug="what-makes-a-place-hopeful").reflection_prompts()[0].id
    assert first_prompt_id == str(uuid.uuid5(BLOCK_NAMESPACE, "prompt:m1-hopeful-1"))


def test_a_second_run_changes_nothing(loaded):
    counts = (
        Page.objects.count(),
        Revision.objects.count(),
        get_document_model().objects.count(),
        Theme.objects.count(),
    )
    report = built_in_course_load()
    assert report.created == []
    assert counts == (
        Page.objects.count(),
        Revision.objects.count(),
        get_document_model().objects.count(),
        Theme.objects.count(),
    )


def test_a_second_run_keeps_what_editors_changed(loaded):
    lesson = LessonPage.objects.get(slug="sharing-power")
    lesson.title = "Sharing power, rewritten by our editors"
    lesson.save_revision().publish()
    built_in_course_load()
    assert LessonPage.objects.get(slug="sharing-power").title == "Sharing power, rewritten by our editors"


def test_the_command_reports_what_it_did(capsys):
    call_command("load_course")
    assert "created lesson “Sharing power”" in capsys.readouterr().out
    call_command("load_course")
    assert "nothing to change" in capsys.readouterr().out


@pytest.mark.parametrize("name", course_content.COURSE["modules"])
def test_content_files_keep_to_the_format_and_the_house_words(name):
    module = module_data(name)
    rich_texts = [module["intro"]]
    plain_texts = [module["title"], module["summary"], module["content_note"]]
    for lesson in module["lessons"]:
        rich_texts += [words for _picture, words in lesson["easy_read"]]
        plain_texts += [lesson["title"], lesson["summary"], lesson["easy_read_title"]]
        for block_type, value in lesson["body"]:
            if block_type == "text":
                rich_texts.append(value)
            elif block_type == "heading":
                plain_texts.append(value)
            elif isinstance(value, dict):
                for key, text in value.items():
                    (rich_texts if key in {"text", "instructions"} else plain_texts).append(str(text))
    for html in rich_texts:
        assert set(re.findall(r"</?([a-z0-9]+)", html)) <= ALLOWED_RICH_TEXT_TAGS | {"a"}
        # Links go only to the site's own pages (the community directory, My connections) or to a glossary term by
        # its slug, with no other attribute.
        own_page_or_term = r'<a href="/[a-z0-9/-]*">|<a linktype="glossary" slug="[a-z0-9-]+">'
        assert all(re.fullmatch(own_page_or_term, link) for link in re.findall(r"<a\b[^>]*>", html))
    for text in plain_texts:
        assert "<" not in text
    assert "service user" not in " ".join(rich_texts + plain_texts).lower()


def test_the_support_page_numbers_can_be_tapped_to_call_and_it_promises_only_what_exists(client, loaded):
    html = client.get("/support/").content.decode()
    for number in ["tel:999", "tel:111", "tel:116123"]:
        assert f'href="{number}"' in html, number
    assert 'href="mailto:jo@samaritans.org"' in html
    assert "a message to a facilitator" not in html  # there is no such message; a check-in request is real
    assert "check-in request" in html


def test_every_built_in_content_note_links_to_the_part_it_says_to_skip_to(client, loaded):
    notes = 0
    for lesson in LessonPage.objects.live():
        for block in lesson.body:
            if block.block_type == "content_note" and block.value["skip_to"]:
                notes += 1
                html = client.get(lesson.url).content.decode()
                link = re.search(r'<a href="#([^"]+)">Skip to “([^”]+)”</a>', html)
                assert link and link.group(2) == block.value["skip_to"], lesson.url
                assert f'id="{link.group(1)}"' in html, lesson.url
    assert notes == 5
