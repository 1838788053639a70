"""Colearn's content checks: each rule with examples that pass and fail, the editor's path through the admin, and
the built-in course held to its own rules."""

import io
import json

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from courses.content_checks import (
    EASY_READ_WORDS,
    SUMMARY_WORDS,
    check_content_note_links,
    check_easy_read,
    check_headings,
    check_images,
    check_sensitive_topics,
    check_summary,
    check_words_to_avoid,
    long_sentences,
    page_findings,
    phrase_pattern,
    sentences,
)
from courses.models import LessonPage, ModulePage, SensitiveTopic, WordToAvoid
from tests.factories.courses import build_course, build_site
from tests.factories.users import UserFactory

SEEDED = ["service user", "non-compliant", "challenging behaviour", "manipulative", "failed to engage"]


def words(n: int) -> str:
    return " ".join(["word"] * n)


def lesson(**fields) -> LessonPage:
    defaults = {"title": "A lesson", "slug": "a-lesson", "summary": "A short summary.", "estimated_minutes": 10}
    return LessonPage(**{**defaults, **fields})


def block(block_type: str, value) -> dict:
    """A block as the database holds it, so the page reads it as it would a saved one."""
    return {"type": block_type, "value": value}


def text(html: str) -> dict:
    return block("text", html)


def idea(html: str, picture: str = "") -> dict:
    return block("idea", {"picture": picture, "text": html})


def heading(words: str, level: str) -> dict:
    return block("heading", {"text": words, "level": level})


def checks(findings) -> list[str]:
    return [finding.check for finding in findings]


# --------------------------------------------------------------------------------------------- sentences


def test_sentences_end_at_stops_but_not_after_abbreviations_or_initials():
    assert sentences("Bring something, e.g. a photo. Dr. Khan and J. Smith will come! Will you?") == [
        "Bring something, e.g. a photo.",
        "Dr. Khan and J. Smith will come!",
        "Will you?",
    ]


def test_a_stop_inside_closing_quotes_ends_a_sentence():
    assert sentences("She said “I am fine.” Then she left.") == ["She said “I am fine.”", "Then she left."]


def test_each_list_item_and_paragraph_is_read_on_its_own():
    html = f"<p>Three things:</p><ul><li>{words(12)}</li><li>{words(12)}</li></ul>"
    assert long_sentences(html, limit=15) == []
    assert long_sentences(f"<p>{words(16)}</p>", limit=15) == [(words(16), 16)]


def test_dashes_and_stray_punctuation_are_not_words():
    assert long_sentences(f"<p>{words(10)} — {words(10)}</p>", limit=20) == []


# --------------------------------------------------------------------------------------------- words to avoid


def test_phrases_match_whole_words_in_any_case_and_their_plurals():
    pattern = phrase_pattern("service user")
    assert pattern.search("Every Service  User is welcome")
    assert pattern.search("service users said so")
    assert not pattern.search("the service username")
    assert not phrase_pattern("compliant").search("she was non-compliant")
    assert phrase_pattern("non-compliant").search("Non-compliant, said the notes")


@pytest.mark.django_db
def test_words_to_avoid_are_found_in_every_field_and_block_with_why_and_better_words():
    word = WordToAvoid.objects.get(phrase="service user")
    page = lesson(
        title="For every service user",
        summary="Nothing to see.",
        body=[
            text("<p>Hello.</p>"),
            block("voice", {"quote": "I was a service user for years.", "attribution": "A peer"}),
        ],
        easy_read=[idea("<ul><li>Each service user matters.</li></ul>", "people")],
    )
    findings = check_words_to_avoid(page, words=[word])
    assert [finding.where for finding in findings] == [
        "Title",
        "Body, block 2 (Voice or quote), quote",
        "Easy read, block 1 (Idea), text",
    ]
    assert findings[0].why == word.why
    assert findings[0].better == word.better


@pytest.mark.django_db
def test_a_word_quoted_to_talk_about_it_is_not_flagged():
    word = WordToAvoid.objects.get(phrase="non-compliant")
    page = lesson(body=[text("<p>Words such as “non-compliant” or 'non-compliant' hide the reason.</p>")])
    assert check_words_to_avoid(page, words=[word]) == []
    page = lesson(body=[text("<p>She was non-compliant.</p>")])
    assert checks(check_words_to_avoid(page, words=[word])) == ["word_to_avoid"]


# --------------------------------------------------------------------------------------------- "In short" and easy read


def test_the_in_short_summary_allows_twenty_words_a_sentence():
    assert check_summary(lesson(summary=f"{words(SUMMARY_WORDS)}. {words(3)}.")) == []
    findings = check_summary(lesson(summary=f"{words(3)}. {words(SUMMARY_WORDS + 1)}."))
    assert checks(findings) == ["summary_long_sentence"]
    assert f"{SUMMARY_WORDS + 1} words" in findings[0].what


def test_easy_read_allows_fifteen_words_a_sentence():
    fine = lesson(easy_read_title="Tea", easy_read=[idea(f"<p>{words(EASY_READ_WORDS)}.</p>", "tea")])
    assert check_easy_read(fine) == []
    long = lesson(easy_read_title="Tea", easy_read=[idea(f"<p>{words(EASY_READ_WORDS + 1)}.</p>", "tea")])
    findings = check_easy_read(long)
    assert checks(findings) == ["easy_read_long_sentence"] and findings[0].where == "Easy read, idea 1"


def test_every_easy_read_idea_has_a_picture_beside_it():
    pictured = [idea("<p>We talk.</p>", "talk"), idea("<p>We listen.</p>", "listen")]
    assert check_easy_read(lesson(easy_read_title="Talking", easy_read=pictured)) == []
    findings = check_easy_read(lesson(easy_read_title="Talking", easy_read=[*pictured, idea("<p>We rest.</p>")]))
    assert [(finding.check, finding.where, finding.what) for finding in findings] == [
        ("easy_read_without_picture", "Easy read, idea 3", "An idea without a picture: “We rest.”")
    ]


def test_a_picture_of_the_editors_own_in_the_words_counts_too():
    own = '<p><embed embedtype="image" id="1" format="left" alt="Our kitchen"/>We cook.</p>'
    assert check_easy_read(lesson(easy_read_title="Cooking", easy_read=[idea(own)])) == []


def test_an_easy_read_version_has_a_title_of_its_own():
    findings = check_easy_read(lesson(easy_read=[idea("<p>We talk.</p>", "talk")]))
    assert checks(findings) == ["easy_read_without_title"]


def test_a_lesson_without_an_easy_read_version_has_nothing_to_check():
    assert check_easy_read(lesson(easy_read=[])) == []
    assert check_easy_read(lesson()) == []


# --------------------------------------------------------------------------------------------- images and headings


@pytest.fixture
def image():
    return get_image_model().objects.create(title="A kitchen", file=get_test_image_file())


def figure(image, *, alt: str = "", decorative: bool = False) -> dict:
    return block("image", {"image": {"image": image.pk, "alt_text": alt, "decorative": decorative}, "caption": ""})


@pytest.mark.django_db
def test_an_image_needs_alt_text_unless_it_is_decorative(image):
    assert check_images(lesson(body=[figure(image, alt="A kitchen with people cooking")])) == []
    assert check_images(lesson(body=[figure(image, decorative=True)])) == []
    findings = check_images(lesson(body=[text("<p>Hi.</p>"), figure(image)]))
    assert [(finding.check, finding.where) for finding in findings] == [
        ("image_without_alt", "Body, block 2 (Image), image")
    ]


def test_a_picture_in_the_easy_read_needs_alt_text_too():
    page = lesson(easy_read=[idea('<p><embed embedtype="image" id="1" format="left" alt=""/>We talk.</p>')])
    assert checks(check_images(page)) == ["image_without_alt"]


def test_headings_may_go_one_level_deeper_at_a_time():
    good = lesson(body=[heading("Start", "h2"), heading("Detail", "h3"), heading("More", "h3"), heading("Next", "h2")])
    assert check_headings(good) == []
    findings = check_headings(lesson(body=[text("<p>Hi.</p>"), heading("Detail", "h3")]))
    assert [(finding.check, finding.where) for finding in findings] == [("heading_skipped", "Body, block 2 (Heading)")]
    assert "level 1 to level 3" in findings[0].what


# --------------------------------------------------------------------------------------------- sensitive topics


@pytest.fixture
def topic():
    return SensitiveTopic.objects.get(name="Self-harm")


@pytest.mark.django_db
def test_a_lesson_tagged_with_a_sensitive_topic_needs_a_content_note_before_it(topic):
    plain_module = ModulePage(title="M", content_note="")
    tagged = lesson(body=[text("<p>Hard things.</p>")])
    tagged.sensitive_topics = [topic]
    findings = check_sensitive_topics(tagged, module=plain_module)
    assert checks(findings) == ["sensitive_topic_without_note"]
    assert "self-harm" in findings[0].what

    note = block("content_note", {"about": "Self-harm.", "alternative": "Skip to the end."})
    noted = lesson(body=[note, text("<p>x</p>")])
    noted.sensitive_topics = [topic]
    assert check_sensitive_topics(noted, module=plain_module) == []
    assert (
        check_sensitive_topics(tagged, module=ModulePage(title="M", content_note="This module covers self-harm.")) == []
    )


def note_skipping_to(words: str) -> dict:
    value = {"about": "A hard part.", "alternative": "Skip it.", "skip_to": words}
    return {"type": "content_note", "id": "note", "value": value}


def test_a_content_note_links_to_the_heading_or_activity_it_names_after_it():
    after = {"type": "heading", "id": "h1", "value": {"text": "After things settle", "level": "h2"}}
    activity = {
        "type": "activity",
        "id": "a1",
        "value": {"title": "A week on a page", "instructions": "<p>x</p>", "minutes": 5, "setting": "own"},
    }
    for named in ("After things settle", "‘after things  settle’", "A week on a page"):
        assert check_content_note_links(lesson(body=[note_skipping_to(named), after, activity])) == [], named
    before = lesson(body=[after, note_skipping_to("After things settle")])
    assert checks(check_content_note_links(before)) == ["content_note_skips_to_nothing"], "a part before the note"
    mistyped = check_content_note_links(lesson(body=[note_skipping_to("After it settles"), after]))
    assert checks(mistyped) == ["content_note_skips_to_nothing"] and "“After it settles”" in mistyped[0].what
    empty = {"type": "content_note", "id": "n", "value": {"about": "A.", "alternative": "B.", "skip_to": ""}}
    assert check_content_note_links(lesson(body=[empty])) == []


@pytest.mark.django_db
def test_an_untagged_lesson_needs_no_content_note():
    assert check_sensitive_topics(lesson(body=[text("<p>Hi.</p>")]), module=ModulePage(title="M")) == []


# --------------------------------------------------------------------------------------------- the lists editors keep


@pytest.mark.django_db
def test_the_migration_seeds_the_lists_and_lets_editors_keep_them():
    assert set(SEEDED) <= set(WordToAvoid.objects.values_list("phrase", flat=True))
    assert all(word.why and word.better for word in WordToAvoid.objects.all())
    assert SensitiveTopic.objects.exists()
    editors = Group.objects.get(name="Editors")
    codenames = set(editors.permissions.values_list("codename", flat=True))
    for model in ("wordtoavoid", "sensitivetopic"):
        assert {f"add_{model}", f"change_{model}", f"delete_{model}"} <= codenames


@pytest.mark.django_db
def test_a_phrase_is_on_the_list_once_whatever_its_case():
    duplicate = WordToAvoid(phrase="Service  User", why="Why.", better="Better.")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "already on the list" in str(error.value)
    with pytest.raises(ValidationError) as error:
        WordToAvoid(phrase=" — ", why="Why.", better="Better.").full_clean()
    assert "at least one letter" in str(error.value)


@pytest.mark.django_db
def test_an_editor_adds_a_word_to_avoid_in_the_admin_and_the_checks_use_it(client):
    client.force_login(UserFactory(groups=("Editors",)))
    add = reverse("wagtailsnippets_courses_wordtoavoid:add")
    response = client.post(add, {"phrase": "kicking off", "why": "It mocks distress.", "better": "“Very upset”."})
    assert response.status_code == 302
    assert checks(page_findings(page=lesson(summary="He was kicking off."), parent=ModulePage(title="M"))) == [
        "word_to_avoid"
    ]

    response = client.post(add, {"phrase": "Kicking Off", "why": "Again.", "better": "Again."})
    assert response.status_code == 200
    assert "already on the list" in response.content.decode()
    assert WordToAvoid.objects.filter(phrase__iexact="kicking off").count() == 1


# --------------------------------------------------------------------------------------------- the editor's path


@pytest.fixture
def draft_lesson():
    _, index = build_site()
    builder = build_course(index, modules=1, lessons_per_module=1)
    page = builder.lessons[0][0]
    page.summary = "A lesson for every service user."
    page.save_revision()
    return page


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(groups=("Editors",)))
    return client


def edit_form(client, page) -> dict:
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form").dict()
    data.update(
        nested_form_data(
            {
                "body": streamfield([("text", rich_text("<p>Lesson text.</p>"))]),
                "easy_read": streamfield([]),
            }
        )
    )
    return data


@pytest.mark.django_db
def test_the_editor_lists_each_finding_with_why_and_better_words(editor, draft_lesson):
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Content checks" in html
    assert "1 thing to look at" in html
    assert "“service user”" in html
    assert "people who use services" in html.lower()


@pytest.mark.django_db
def test_saving_a_draft_with_findings_saves_it_and_warns(editor, draft_lesson):
    data = edit_form(editor, draft_lesson)
    data["summary"] = "She was non-compliant. " + words(SUMMARY_WORDS + 1) + "."
    response = editor.post(reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk]), data)
    assert response.status_code == 302
    saved = LessonPage.objects.get(pk=draft_lesson.pk).get_latest_revision_as_object()
    assert saved.summary.startswith("She was non-compliant.")
    warnings = [str(message) for message in get_messages(response.wsgi_request) if message.level_tag == "warning"]
    assert warnings == ["Content checks: 2 things to look at. See “Content checks” in the editor."]


@pytest.mark.django_db
def test_a_page_with_nothing_to_look_at_saves_without_a_warning(editor, draft_lesson):
    data = edit_form(editor, draft_lesson)
    data["summary"] = "A short and kind summary."
    response = editor.post(reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk]), data)
    assert response.status_code == 302
    assert not [message for message in get_messages(response.wsgi_request) if message.level_tag == "warning"]
    page = editor.get(reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk])).content.decode()
    assert "Nothing to look at" in page


@pytest.mark.django_db
def test_an_editor_tags_a_lesson_with_a_sensitive_topic_and_is_asked_for_a_content_note(editor, draft_lesson, topic):
    edit = reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk])
    assert "Self-harm" in editor.get(edit).content.decode()
    data = edit_form(editor, draft_lesson)
    data["summary"] = "A short and kind summary."
    data["sensitive_topics"] = [str(topic.pk)]
    assert editor.post(edit, data).status_code == 302
    assert list(LessonPage.objects.get(pk=draft_lesson.pk).get_latest_revision_as_object().sensitive_topics.all()) == [
        topic
    ]
    assert "Tagged with self-harm, but there is no content note before the lesson" in editor.get(edit).content.decode()


@pytest.mark.django_db
def test_editors_find_both_lists_in_the_admin(editor):
    for model in ("wordtoavoid", "sensitivetopic"):
        response = editor.get(reverse(f"wagtailsnippets_courses_{model}:list"))
        assert response.status_code == 200
    assert "failed to engage" in editor.get(reverse("wagtailsnippets_courses_wordtoavoid:list")).content.decode()


@pytest.mark.django_db
def test_the_preview_shows_the_findings_to_the_editor_and_the_live_page_never_does(editor, client, draft_lesson):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[draft_lesson.pk])
    data = edit_form(editor, draft_lesson)
    data["summary"] = "Not one challenging behaviour here."
    assert json.loads(editor.post(url, data).content)["is_valid"] is True
    preview = editor.get(url).content.decode()
    assert "Only editors see this" in preview
    assert "“challenging behaviour”" in preview

    editor.logout()
    live = client.get(draft_lesson.url)
    assert live.status_code == 200
    assert "Content checks" not in live.content.decode()


# --------------------------------------------------------------------------------------------- the built-in course


@pytest.mark.django_db
def test_the_built_in_course_passes_its_own_checks():
    """Every rule, easy read's pictures and titles included."""
    call_command("load_course", stdout=io.StringIO())
    words = list(WordToAvoid.objects.all())
    pages = Page.objects.live().specific()
    assert pages.type(LessonPage).count() >= 12
    findings = [
        f"{page.slug}: {finding.what} in {finding.where}"
        for page in pages
        for finding in page_findings(page=page, words=words)
    ]
    assert findings == []


@pytest.mark.django_db
def test_the_built_in_in_short_summaries_keep_to_fifteen_words_a_sentence():
    """Stricter than the editors' rule (twenty): the built-in course is the example every service starts from."""
    call_command("load_course", stdout=io.StringIO())
    long = {
        lesson.slug: found
        for lesson in LessonPage.objects.live()
        if (found := long_sentences(lesson.summary, limit=15))
    }
    assert long == {}
