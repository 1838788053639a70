"""The glossary: editors keep terms in the CMS, lessons link words to them, learners read the definition in place."""

import re
import uuid

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import ModelLogEntry

from colearn import page_cache
from courses.blocks import RICH_TEXT_FEATURES
from courses.loader import built_in_course_load, glossary_load
from courses.models import GlossaryTerm, LessonPage
from tests.factories import UserFactory
from tests.factories.courses import easy_read as ideas

pytestmark = pytest.mark.django_db

ADMIN_LIST = "/admin/snippets/courses/glossaryterm/"
DEFINITION = "Support from someone who has been through similar experiences, as an equal."


@pytest.fixture
def editor(client):
    person = UserFactory(groups=("Editors",))
    client.force_login(person)
    return person


@pytest.fixture
def peer_support():
    return GlossaryTerm.objects.create(term="peer support", slug="peer-support", definition=DEFINITION)


def link(term, words=None, *, by="id") -> str:
    """A term link as the rich text stores it: the editor's chooser writes the id (and slug), content files the slug."""
    target = f'id="{term.pk}" slug="{term.slug}"' if by == "id" else f'slug="{term.slug}"'
    return f'<a linktype="glossary" {target}>{words or term.term}</a>'


def publish_lesson(lesson, *, text: str, easy_read: list | None = None) -> None:
    lesson.body = [{"type": "text", "value": text, "id": str(uuid.uuid4())}]
    lesson.easy_read = easy_read or []
    lesson.save_revision().publish()


def test_an_editor_adds_a_term_in_the_cms_and_finds_it_by_searching(client, editor):
    response = client.post(
        f"{ADMIN_LIST}add/",
        {"term": "peer support", "slug": "peer-support", "definition": DEFINITION, "also_called": ""},
    )
    assert response.status_code == 302
    term = GlossaryTerm.objects.get(slug="peer-support")
    assert term.definition == DEFINITION
    assert ModelLogEntry.objects.filter(object_id=str(term.pk), action="wagtail.create", user=editor).exists()
    GlossaryTerm.objects.create(term="advocacy", slug="advocacy", definition="Independent help to be heard.")
    html = client.get(ADMIN_LIST, {"q": "peer"}).content.decode()
    assert "peer support" in html and "advocacy" not in html


def test_an_editor_changes_a_definition_in_the_cms(client, editor, peer_support):
    data = {"term": "peer support", "slug": "peer-support", "definition": "Help from a peer.", "also_called": ""}
    assert client.post(f"{ADMIN_LIST}edit/{peer_support.pk}/", data).status_code == 302
    peer_support.refresh_from_db()
    assert peer_support.definition == "Help from a peer."


def test_a_blank_definition_is_refused_at_the_field_and_nothing_is_saved(client, editor):
    response = client.post(
        f"{ADMIN_LIST}add/", {"term": "advocacy", "slug": "advocacy", "definition": "   ", "also_called": ""}
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not GlossaryTerm.objects.exists()


def test_the_editor_s_rich_text_keeps_a_term_link_through_the_editor_and_back(peer_support):
    """What Draftail loads and saves: the stored format survives a round trip through the editor's own converter."""
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    contentstate = converter.from_database_format(f"<p>Try {link(peer_support, by='slug')} this week.</p>")
    assert '"GLOSSARY"' in contentstate and '"peer support"' in contentstate
    stored = converter.to_database_format(contentstate)
    assert (
        f'Try <a linktype="glossary" id="{peer_support.pk}" slug="peer-support">peer support</a> this week.' in stored
    )


def test_the_lesson_editor_offers_the_glossary_link(client, course, peer_support):
    lesson = course.lessons[0][0]
    publish_lesson(lesson, text=f"<p>About {link(peer_support)}.</p>")
    client.force_login(UserFactory(is_superuser=True))
    html = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert "js/glossary-editor.js" in html
    assert "/admin/snippets/choose/courses/glossaryterm/" in html


def test_a_learner_reads_the_definition_of_a_linked_word_in_the_lesson(client, course, peer_support):
    lesson = course.lessons[0][0]
    publish_lesson(lesson, text=f"<p>Many groups have {link(peer_support)} from people who know.</p>")
    html = client.get(lesson.url).content.decode()
    assert (
        '<a href="#glossary-peer-support" class="glossary-term" data-glossary-term="glossary-peer-support-definition">'
        "peer support</a>"
    ) in html
    assert "Words used in this lesson" in html
    assert '<dt id="glossary-peer-support">peer support</dt>' in html
    assert f'<dd id="glossary-peer-support-definition">{DEFINITION}</dd>' in html
    assert "js/glossary.js" in html


def test_a_lesson_without_term_links_has_no_list_and_no_script(client, course):
    html = client.get(course.lessons[0][0].url).content.decode()
    assert "Words used in this lesson" not in html and "glossary.js" not in html


def test_a_link_written_by_slug_in_the_content_files_finds_its_term(client, course, peer_support):
    lesson = course.lessons[0][0]
    publish_lesson(lesson, text=f"<p>{link(peer_support, 'Peer supporters', by='slug')} listen.</p>")
    html = client.get(lesson.url).content.decode()
    assert 'href="#glossary-peer-support"' in html and ">Peer supporters</a>" in html


def test_each_term_is_listed_once_in_order_of_first_use(client, course, peer_support):
    advocacy = GlossaryTerm.objects.create(term="advocacy", slug="advocacy", definition="Help to be heard.")
    lesson = course.lessons[0][0]
    publish_lesson(lesson, text=f"<p>{link(peer_support)}, {link(advocacy)} and {link(peer_support)} again.</p>")
    html = client.get(lesson.url).content.decode()
    assert html.count('<dt id="glossary-peer-support">') == 1
    assert html.index('<dt id="glossary-peer-support">') < html.index('<dt id="glossary-advocacy">')


@pytest.mark.parametrize("missing", ["deleted", "unknown"])
def test_a_link_to_a_term_that_is_gone_shows_its_words_as_plain_text(client, course, peer_support, missing):
    lesson = course.lessons[0][0]
    if missing == "unknown":
        text = '<p>About <a linktype="glossary" id="9999" slug="no-such-term">something</a> here.</p>'
    else:
        text = f"<p>About {link(peer_support)} here.</p>"
    publish_lesson(lesson, text=text)
    if missing == "deleted":
        peer_support.delete()
    response = client.get(lesson.url)
    assert response.status_code == 200
    html = response.content.decode()
    word = "something" if missing == "unknown" else "peer support"
    assert f"About <a>{word}</a> here." in html
    assert "Words used in this lesson" not in html


@pytest.mark.parametrize("broken_id", ["not-a-number", "9" * 30])
def test_a_link_with_a_broken_id_is_plain_text_not_an_error(client, course, broken_id):
    lesson = course.lessons[0][0]
    publish_lesson(lesson, text=f'<p>About <a linktype="glossary" id="{broken_id}">this</a>.</p>')
    response = client.get(lesson.url)
    assert response.status_code == 200 and "About <a>this</a>." in response.content.decode()


def test_the_easy_read_version_explains_its_own_words(client, course, peer_support):
    advocacy = GlossaryTerm.objects.create(term="advocacy", slug="advocacy", definition="Help to be heard.")
    lesson = course.lessons[0][0]
    easy_read = ideas(f"<p>An {link(advocacy)} can help.</p>")
    publish_lesson(lesson, text=f"<p>{link(peer_support)}.</p>", easy_read=easy_read)
    html = client.get(lesson.url, {"version": "easy-read"}).content.decode()
    assert 'href="#glossary-advocacy"' in html and '<dt id="glossary-advocacy">' in html
    assert "glossary-peer-support" not in html


def test_a_term_link_outside_a_lesson_leads_to_the_glossary_page(client, course, peer_support):
    module = course.modules[0]
    module.introduction = f"<p>This module is about {link(peer_support)}.</p>"
    module.save_revision().publish()
    html = client.get(module.url).content.decode()
    assert '<a href="/glossary/#peer-support" class="glossary-term">peer support</a>' in html


def test_the_glossary_page_lists_every_term_a_to_z(client, peer_support):
    GlossaryTerm.objects.create(
        term="advocacy", slug="advocacy", definition="Help to be heard.", also_called="independent advocacy"
    )
    html = client.get("/glossary/").content.decode()
    assert "<h1>Words explained</h1>" in html
    assert html.index('<dt id="advocacy">advocacy</dt>') < html.index('<dt id="peer-support">peer support</dt>')
    assert DEFINITION in html and "Also called: independent advocacy." in html


def test_the_glossary_page_says_so_when_there_are_no_terms(client):
    assert "There are no words here yet." in client.get("/glossary/").content.decode()


def test_a_changed_definition_reaches_a_lesson_a_visitor_was_served_from_the_page_cache(
    client, settings, course, peer_support
):
    settings.COLEARN_PAGE_CACHE_SECONDS = 600
    page_cache.clear()
    lesson = course.lessons[0][0]
    publish_lesson(lesson, text=f"<p>About {link(peer_support)}.</p>")
    client.get(lesson.url)
    assert client.get(lesson.url).headers[page_cache.STATUS_HEADER] == "hit"
    peer_support.definition = "Help from someone who has been there too."
    peer_support.save()
    response = client.get(lesson.url)
    assert response.headers[page_cache.STATUS_HEADER] == "miss"
    assert "Help from someone who has been there too." in response.content.decode()


def test_the_built_in_glossary_is_added_once_and_never_overwrites_an_editor_s_change():
    glossary_load()
    count = GlossaryTerm.objects.count()
    assert 10 <= count <= 15
    recovery = GlossaryTerm.objects.get(slug="recovery")
    recovery.definition = "Our own words."
    recovery.save()
    glossary_load()
    assert GlossaryTerm.objects.count() == count
    assert GlossaryTerm.objects.get(slug="recovery").definition == "Our own words."


def test_every_built_in_definition_is_short_and_plain():
    glossary_load()
    for term in GlossaryTerm.objects.all():
        sentences = [part for part in re.split(r"(?<=\.)\s+", term.definition) if part]
        assert len(sentences) <= 2, term.term
        assert "service user" not in term.definition.lower(), term.term


def test_every_term_the_built_in_course_links_to_is_in_the_built_in_glossary(client):
    built_in_course_load()
    linked = set()
    for lesson in LessonPage.objects.live():
        html = (
            client.get(lesson.url).content.decode() + client.get(lesson.url, {"version": "easy-read"}).content.decode()
        )
        assert "<a>" not in html, f"{lesson.title} links to a term the glossary does not have"
        linked |= set(re.findall(r'<dt id="glossary-([a-z0-9-]+)">', html))
    assert {"lived-experience", "bridge-building"} <= linked
