"""The pages bad input and rate limits lead to: they keep what was typed, say what to do, and pass axe at 320 px."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from playwright.sync_api import expect

from learning.models import JournalEntry, LessonCompletion
from tests.browser.helpers import sign_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LESSON = "/courses/from-day-centre-to-community/recovery-enhancing-environments/what-makes-a-place-hopeful/"


def test_the_entry_after_the_limit_keeps_the_words_and_passes_axe(page, site_content, check_page):
    person = UserFactory()
    sign_in(page, person)
    cache.clear()
    with override_settings(COLEARN_RATE_LIMITS={"journal_entry": "1/1m/user"}):
        page.goto("/journal/new/")
        page.get_by_label("Your entry").fill("The first one.")
        page.get_by_role("button", name="Save").first.click()
        page.goto("/journal/new/")
        page.get_by_label("Your entry").fill("Nobody rushed anyone today.")
        with page.expect_response(lambda r: r.request.method == "POST") as answer:
            page.get_by_role("button", name="Save").first.click()
        assert answer.value.status == 429
        expect(page.get_by_role("heading", level=1)).to_have_text("Please wait a moment")
        expect(page.get_by_label("Your text")).to_have_value("Nobody rushed anyone today.")
        check_page(page, where="rate limited")
    cache.clear()
    assert list(JournalEntry.objects.filter(author=person).values_list("text", flat=True)) == ["The first one."]


def test_an_unclear_mark_as_done_changes_nothing_and_passes_axe(page, site_content, check_page):
    person = UserFactory()
    sign_in(page, person)
    page.goto(LESSON)
    page.locator("#progress input[name=done]").evaluate("field => { field.value = 'maybe'; }")
    with page.expect_response(lambda r: r.request.method == "POST" and r.request.resource_type == "document"):
        page.locator("#progress").get_by_role("button", name="Mark as done").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nothing was changed")
    expect(page.get_by_role("link", name="back to the page")).to_have_attribute("href", f"{LESSON}#progress")
    check_page(page, where="progress unclear")
    assert not LessonCompletion.objects.filter(user=person).exists()
