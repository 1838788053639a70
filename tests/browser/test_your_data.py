"""Deleting your own account on a phone with JavaScript off: from the account menu to the goodbye page, and then
no way back in."""

import re

import pytest
from playwright.sync_api import expect

from colearn.models import User
from learning.models import JournalEntry
from learning.services.journal import entry_create
from tests.browser.helpers import sign_in
from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_deleting_my_account_without_javascript_on_a_small_screen(new_context, site_content):
    person = UserFactory(display_name="Robin", email="robin@example.org")
    entry_create(author=person, text="Something I would rather take with me")
    phone = new_context(java_script_enabled=False, viewport={"width": 320, "height": 640}).new_page()
    sign_in(phone, person)

    phone.goto("/account/profile/")
    phone.get_by_role("navigation", name="Your account").get_by_role("link", name="Your data").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Your data")
    phone.locator("main").get_by_role("link", name="Delete my account").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Please confirm it is you")
    phone.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)
    phone.locator("main").get_by_role("button", name="Confirm").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Delete your account")
    expect(phone.get_by_role("link", name="Download all my data (.zip)")).to_be_visible()

    field = phone.get_by_label("To confirm, type “delete my account”")
    field.fill("delete it")
    phone.locator("main").get_by_role("button", name="Delete my account").click()
    expect(phone.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(phone.locator("#id_confirm-error")).to_contain_text("Nothing has been deleted")
    assert JournalEntry.objects.filter(author=person).exists()

    phone.get_by_label("To confirm, type “delete my account”").fill("delete my account")
    phone.locator("main").get_by_role("button", name="Delete my account").click()
    expect(phone).to_have_url(re.compile(r"/accounts/deleted/$"))
    expect(phone.get_by_role("heading", level=1)).to_have_text("Your account has been deleted")
    expect(phone.locator("header").get_by_role("link", name="Sign in")).to_be_visible()
    assert not JournalEntry.objects.filter(author_id=person.pk).exists()
    assert User.objects.get(pk=person.pk).display_name == "Former member"

    # No way back in (the goodbye page itself is checked with axe in test_accessibility.py).
    phone.goto("/accounts/login/")
    phone.get_by_label("Email address").fill("robin@example.org")
    phone.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)
    phone.get_by_role("button", name="Sign in").click()
    expect(phone.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(phone.locator("header").get_by_role("link", name="Sign in")).to_be_visible()
