"""The rescue pages in a real browser: a forged share from another site gives back only words and saves them
privately; a save the server refuses keeps the words on screen. Every page state visited passes axe."""

import re

import pytest
from django.db import DatabaseError
from playwright.sync_api import expect

from courses.models import CoursePage
from learning.models import JournalEntry, Visibility
from tests.browser.helpers import sign_in, status_message
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FORGED = "Everyone should read this: my private thoughts about Sam."


def test_a_forged_share_from_another_site_is_given_back_as_words_and_saved_privately(
    page, live_server, site_content, check_page
):
    person = UserFactory()
    group = CohortFactory(course=CoursePage.objects.live().first(), name="Tuesday evening group")
    MembershipFactory(cohort=group, user=person)
    sign_in(page, person)

    # A page on another site that posts to Colearn as soon as someone presses its button.
    page.set_content(
        f"""<!doctype html><html lang="en"><title>Win a prize</title><main>
        <form method="post" action="{live_server.url}/journal/new/">
          <input type="hidden" name="visibility" value="cohort"><input type="hidden" name="confirmed" value="on">
          <input type="hidden" name="cohort" value="{group.pk}"><input type="hidden" name="text" value="{FORGED}">
          <button>Claim your prize</button></form></main></html>"""
    )
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.get_by_role("button", name="Claim your prize").click()
    assert posted.value.status in {401, 403}  # refused either way: no token, and no session cookie cross-site
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Please try that again|Your text is safe"))
    expect(page.get_by_label("Your text")).to_have_value(FORGED)
    for name in ("visibility", "confirmed", "cohort"):
        expect(page.locator(f'input[name="{name}"]')).to_have_count(0)
    check_page(page, where="the page after a forged post")
    assert not JournalEntry.objects.exists()

    page.get_by_role("button", name=re.compile("^(Send again|Save)$")).click()
    expect(status_message(page, "Saved in your journal.")).to_be_visible()
    entry = JournalEntry.objects.get()
    assert (entry.author, entry.visibility, entry.cohort) == (person, Visibility.PRIVATE, None)
    expect(page.locator("main")).to_contain_text("Who can read it: Only you can read this.")


def test_a_save_the_server_refuses_keeps_the_words_on_screen(page, monkeypatch, check_page):
    person = UserFactory()
    sign_in(page, person)
    page.goto("/journal/new/")
    page.get_by_label("Title").fill("After the session")
    page.get_by_label("Your entry").fill("I spoke up today.\n\nIt went better than I feared.")

    def refuse(**kwargs):
        raise DatabaseError("the database went away")

    with monkeypatch.context() as broken:
        broken.setattr("learning.views.journal.entry_create", refuse)
        with page.expect_response(lambda response: response.request.method == "POST") as posted:
            page.get_by_role("button", name="Save", exact=True).click()
        assert posted.value.status == 503
    expect(page.get_by_role("heading", level=1)).to_have_text("Your text is safe")
    expect(page.locator("main")).to_contain_text("Something went wrong on our side")
    expect(page.get_by_label("Title")).to_have_value("After the session")
    expect(page.get_by_label("Your text")).to_have_value("I spoke up today.\n\nIt went better than I feared.")
    check_page(page, where="a save the server refused")
    assert not JournalEntry.objects.exists()

    page.get_by_role("button", name="Save", exact=True).click()  # the server is back
    expect(status_message(page, "Saved in your journal.")).to_be_visible()
    entry = JournalEntry.objects.get()
    assert (entry.title, entry.text) == ("After the session", "I spoke up today.\n\nIt went better than I feared.")
