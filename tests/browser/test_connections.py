"""My connections in a real browser: added by keyboard alone with JavaScript off, seen in the list and in the
chart's table, moved on a step, and shared with the group's facilitators. axe and the 320 px reflow check run on the
list (empty and full), the form (fresh and with its errors), a connection's page and the share page, in an ordinary
tab (axe needs JavaScript)."""

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage
from learning.models import Connection, ConnectionStatus, JournalEntry, Visibility
from tests.browser.helpers import sign_in, status_message
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def person(site_content):
    cohort = CohortFactory(course=CoursePage.objects.live().first(), name="Thursday evening group", pair=False)
    rowan = UserFactory(display_name="Rowan")
    MembershipFactory(cohort=cohort, user=rowan)
    return rowan, cohort


def press(page, role: str, name: str, key: str = "Enter") -> None:
    page.get_by_role(role, name=name).focus()
    page.keyboard.press(key)


def test_add_a_connection_by_keyboard_without_javascript_and_see_it_in_the_list_and_chart(
    page, new_context, person, check_page
):
    rowan, cohort = person
    sign_in(page, rowan)  # an ordinary tab, for axe
    page.goto("/journal/connections/")
    expect(page.locator("main")).to_contain_text("Nothing here yet, and that is fine.")
    check_page(page, where="my connections, empty")

    keys = new_context(java_script_enabled=False).new_page()
    sign_in(keys, rowan)
    keys.goto("/journal/")
    press(keys, "link", "My connections")
    expect(keys.get_by_role("heading", level=1)).to_have_text("Your connections")
    press(keys, "link", "Add a connection")
    expect(keys.get_by_role("heading", level=1)).to_have_text("Add a connection")

    # Sent without a name: the problem is named at the top and next to the field, and nothing is saved.
    press(keys, "button", "Add it to my connections")
    expect(keys.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(keys.locator("main")).to_contain_text("Give the place or person a name")
    assert not Connection.objects.exists()

    keys.get_by_label("Name of the place, group or person").focus()
    keys.keyboard.type("Brookfield walking group")
    press(keys, "radio", "Been once", key="Space")
    keys.get_by_label("Who went with you").focus()
    keys.keyboard.type("My neighbour Pat")
    keys.get_by_label("Your next small step").focus()
    keys.keyboard.type("Go again on Saturday")
    press(keys, "button", "Add it to my connections")
    expect(status_message(keys, "Brookfield walking group is on your list. Only you can see it.")).to_be_visible()
    connection = Connection.objects.get(author=rowan)
    assert (connection.status, connection.went_with) == (ConnectionStatus.BEEN_ONCE, "My neighbour Pat")

    # Moved on a step from its page, by keyboard.
    press(keys, "radio", "Going regularly", key="Space")
    press(keys, "button", "Save where I am")
    expect(status_message(keys, "Saved. Every step counts, however small.")).to_be_visible()
    expect(keys.get_by_role("region", name="How it has grown")).to_contain_text("Going regularly")

    # In the list, and in the chart's table.
    press(keys, "link", "Back to your connections")
    expect(keys.get_by_role("link", name="Brookfield walking group")).to_be_visible()
    table = keys.get_by_role("table", name="How your connections have grown")
    expect(table).to_contain_text("1 going regularly")

    # The same pages, checked by axe.
    page.reload()
    expect(page.get_by_role("img", name="How your connections have grown")).to_be_visible()
    check_page(page, where="my connections, with one and its chart")
    page.goto("/journal/connections/new/")
    check_page(page, where="add a connection")
    page.get_by_role("button", name="Add it to my connections").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_page(page, where="add a connection, with a problem")
    page.goto(f"/journal/connections/{connection.pk}/")
    check_page(page, where="a connection's page")

    # Shared with the group's facilitators, who are named first.
    page.get_by_role("link", name="Share it, or just your next step, with your group’s facilitators").click()
    check_page(page, where="share a connection")
    page.get_by_role("radio", name="Just your next small step").check()
    page.get_by_role("button", name="Share it").click()
    expect(status_message(page, "Shared.")).to_be_visible()
    entry = JournalEntry.objects.get(connection=connection)
    assert (entry.visibility, entry.cohort) == (Visibility.FACILITATORS, cohort)
    check_page(page, where="a connection's page, shared")
