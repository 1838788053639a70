"""Asking for reminders on the preferences page by keyboard, axe-clean at 320 px. (It is a plain form: the
no-JavaScript path is the same POST, checked in tests/colearn/test_worker_preferences.py.)"""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import press, sign_in, status_message
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_asking_for_the_weekly_round_up_and_session_reminders(page, check_page):
    person = UserFactory(display_name="Sam")
    sign_in(page, person)

    page.goto("/account/preferences/")
    reminders = page.get_by_role("group", name="Reminders you can ask for")
    expect(reminders).to_contain_text("stay off unless you switch them on")
    reminder = reminders.get_by_label("A reminder the day before each live session", exact=False)
    digest = reminders.get_by_label("A weekly round-up", exact=False)
    expect(reminder).not_to_be_checked()
    expect(digest).not_to_be_checked()
    check_page(page, where="preferences, reminders off")

    digest.focus()
    page.keyboard.press("Space")
    expect(digest).to_be_checked()
    press(page, page.get_by_role("button", name="Save my preferences"))

    expect(status_message(page, "Your preferences are saved.")).to_be_visible()
    expect(digest).to_be_checked()
    check_page(page, where="preferences, weekly round-up on")
    person.refresh_from_db()
    assert person.email_opt_ins == ["weekly_digest"]
