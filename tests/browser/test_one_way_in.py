"""The pages of the one guarded way in, in a real browser with axe: the "please wait" page after too many sign-in
tries, and "please confirm it is you" before a download."""

import re

import pytest
from django.core.cache import cache
from django.test import override_settings
from playwright.sync_api import expect

from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_too_many_sign_in_tries_show_a_kind_page_saying_when(page, check_page):
    person = UserFactory()
    cache.clear()
    with override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "2/5m/key"}):
        for _ in range(3):
            page.goto("/accounts/login/")
            page.get_by_label("Email address").fill(person.email)
            page.get_by_label("Password", exact=True).fill("not the password")
            page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Please wait a little, then try again")
        expect(page.locator("main")).to_contain_text("You can try again in 5 minutes")
        check_page(page, where="too many sign-in tries")
    cache.clear()


def test_a_download_asks_to_confirm_it_is_you(page, check_page):
    person = UserFactory()
    page.goto("/accounts/login/")
    page.get_by_label("Email address").fill(person.email)
    page.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto("/journal/export/")
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Please confirm it is you")
    check_page(page, where="confirm it is you")
    page.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)
    page.locator("main").get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(re.compile(r"/journal/export/$"))
