"""The community directory in a real browser: found by keyboard, searched and filtered with JavaScript off, an
entry opened and added to "My connections" when signed in. axe and the 320 px reflow check at every step."""

import re

import pytest
from playwright.sync_api import expect

from community.loader import community_places_load
from tests.browser.helpers import sign_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

GARDEN = "Example: Brookfield Community Garden"


@pytest.fixture
def directory(site_content):
    return community_places_load()


def test_the_directory_is_reached_searched_and_filtered_by_keyboard(page, directory, check_page):
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Community").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Community directory")
    expect(page.get_by_role("link", name=GARDEN)).to_be_visible()
    check_page(page, where="community directory")

    page.get_by_label("Search for a place or activity").focus()
    page.keyboard.type("vegetables")
    page.keyboard.press("Tab")  # on to the theme filter, and on to the day
    page.keyboard.press("Tab")
    expect(page.get_by_label("Day")).to_be_focused()
    page.get_by_label("Day").select_option(value="sat")
    for _ in range(3):  # past the cost and the accessibility box, to the button
        page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Show places")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"q=vegetables.*day=sat"))
    expect(page.get_by_role("heading", name="1 place found")).to_be_visible()
    check_page(page, where="community directory, searched and filtered")

    page.get_by_role("link", name=GARDEN).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(GARDEN)
    expect(page.locator("main")).to_contain_text("This is a made-up example")
    check_page(page, where="community entry")


def test_the_directory_works_without_javascript_and_bad_filters_are_explained(
    new_context, page, directory, assert_accessible
):
    """axe needs JavaScript, so each step is checked again in an ordinary tab at the address reached."""
    no_js = new_context(java_script_enabled=False).new_page()
    no_js.goto("/community/")
    no_js.get_by_label("Only places with accessibility notes").check()
    no_js.get_by_label("Cost").select_option(value="paid")
    no_js.get_by_role("button", name="Show places").click()
    expect(no_js).to_have_url(re.compile(r"cost=paid.*access=on|access=on.*cost=paid"))
    expect(no_js.get_by_role("link", name="Example: Gentle swim at Brookfield Leisure Centre")).to_be_visible()
    expect(no_js.get_by_role("link", name=GARDEN)).to_have_count(0)
    page.goto(no_js.url)
    assert_accessible(page, where="community directory filtered without JavaScript")

    no_js.goto("/community/?day=someday&q=garden")
    expect(no_js.get_by_role("heading", name="There is a problem")).to_be_visible()
    no_js.get_by_role("link", name="Choose a day of the week from the list.").click()
    expect(no_js.get_by_label("Day")).to_be_focused()
    page.goto(no_js.url)
    assert_accessible(page, where="community directory with a bad filter")

    no_js.goto("/community/?q=trampolining")
    expect(no_js.locator("main")).to_contain_text("Nothing matched")
    page.goto(no_js.url)
    assert_accessible(page, where="community directory, nothing found")


def test_a_stale_entry_says_so_and_a_signed_in_person_can_add_it_to_their_connections(page, directory, check_page):
    sign_in(page, UserFactory())
    page.goto("/community/example-riverside-walking-group/")
    expect(page.locator("main")).to_contain_text("details may have changed, so it is worth getting in touch first")
    link = page.get_by_role("link", name="Add to my connections")
    expect(link).to_have_attribute("href", re.compile(r"^/journal/connections/new/\?place=\d+$"))
    check_page(page, where="stale community entry, signed in")
    page.goto("/community/")
    check_page(page, where="community directory, signed in")
