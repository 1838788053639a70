"""A word linked to the glossary, as a learner meets it: a disclosure with JavaScript, a link without."""

import json
import uuid

import pytest
from playwright.sync_api import expect

from courses.models import GlossaryTerm, LessonPage
from tests.browser.helpers import sign_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LESSON = "/courses/from-day-centre-to-community/recovery-enhancing-environments/what-makes-a-place-hopeful/"


@pytest.fixture
def lesson_with_a_term(site_content):
    term = GlossaryTerm.objects.get(slug="peer-support")
    lesson = LessonPage.objects.get(url_path__endswith="/what-makes-a-place-hopeful/")
    text = f'<p>Many groups have <a linktype="glossary" id="{term.pk}">peer support</a> from people who know.</p>'
    lesson.body = [{"type": "text", "value": text, "id": str(uuid.uuid4())}, *lesson.body.raw_data]
    lesson.save_revision().publish()
    return term


def test_the_keyboard_opens_and_closes_the_definition_in_place(page, lesson_with_a_term, check_page):
    page.goto(LESSON)
    word = page.get_by_role("button", name="peer support (what this means)")
    expect(word).to_have_attribute("aria-expanded", "false")
    definition = page.locator(f"#{word.get_attribute('aria-controls')}")
    expect(definition).to_be_hidden()
    check_page(page, where="lesson with a closed definition")

    word.focus()
    page.keyboard.press("Enter")
    expect(word).to_have_attribute("aria-expanded", "true")
    expect(definition).to_be_visible()
    expect(definition).to_contain_text(lesson_with_a_term.definition)
    # Right after the word, in the same paragraph, not at the end of the page.
    assert page.evaluate(
        "([w, d]) => document.querySelector(w).nextElementSibling === document.querySelector(d)",
        [f'[aria-controls="{definition.get_attribute("id")}"]', f"#{definition.get_attribute('id')}"],
    )
    check_page(page, where="lesson with an open definition")

    page.keyboard.press("Escape")
    expect(word).to_have_attribute("aria-expanded", "false")
    expect(definition).to_be_hidden()
    expect(word).to_be_focused()

    page.keyboard.press("Space")
    expect(word).to_have_attribute("aria-expanded", "true")


def test_without_javascript_the_word_links_to_its_definition(new_context, base_url, lesson_with_a_term):
    page = new_context(java_script_enabled=False, viewport={"width": 320, "height": 640}).new_page()
    page.goto(f"{base_url}{LESSON}")
    page.get_by_role("link", name="peer support").first.click()
    expect(page).to_have_url(f"{base_url}{LESSON}#glossary-peer-support")
    entry = page.locator("#glossary-peer-support")
    expect(entry).to_be_in_viewport()
    expect(page.locator("#glossary-peer-support-definition")).to_contain_text(lesson_with_a_term.definition)
    page.get_by_role("link", name="All the words explained on this site").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Words explained")


def test_an_editor_links_a_word_with_the_toolbar_and_the_glossary_chooser(page, site_content):
    sign_in(page, UserFactory(is_superuser=True))
    lesson = LessonPage.objects.get(url_path__endswith="/what-makes-a-place-hopeful/")
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    paragraph = page.locator(".public-DraftEditor-content").first.locator("[data-block='true']").first
    paragraph.click()
    # The first word of the paragraph: "End" finds the end of a visual line, which moves with the browser's fonts.
    page.keyboard.press("Control+Home")
    page.keyboard.press("Control+Shift+ArrowRight")
    page.get_by_role("button", name="Word in the glossary").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("link", name="peer support").click()
    expect(modal).to_be_hidden()
    expect(page.locator(".TooltipEntity").first).to_be_visible()
    # Draftail writes the editor's content into the form's hidden field a moment after a change: save after that.
    page.wait_for_function(
        "() => [...document.querySelectorAll('input[type=hidden]')].some((field) => field.value.includes('GLOSSARY'))"
    )
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("has been updated")).to_be_visible()
    draft = LessonPage.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    term = GlossaryTerm.objects.get(slug="peer-support")
    # Whichever rich text box comes first in the editor's form holds the link now (in JSON, each quote is escaped).
    stored = json.dumps([*draft.body.raw_data, *draft.easy_read.raw_data])
    assert f'<a linktype=\\"glossary\\" id=\\"{term.pk}\\" slug=\\"peer-support\\">' in stored
