"""A check-in, closed with the keyboard alone and JavaScript off: a person asks from a lesson, a facilitator sees it,
replies and marks it done, and the person sees their reply and "Done". Every page on the way passes axe (WCAG 2.2 AA)
and reflows at 320 CSS pixels (axe needs JavaScript, so each is checked again in an ordinary tab)."""

import re

import pytest
from playwright.sync_api import expect

from cohorts.models import Role
from courses.models import CoursePage
from learning.models import CheckInNote, CheckInRequest, CheckInState
from tests.browser.helpers import sign_in, status_message
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LESSON = "/courses/from-day-centre-to-community/recovery-enhancing-environments/what-makes-a-place-hopeful/"
SLUG = "wednesday-group"
REPLY = "Thank you for asking. I can ring you on Wednesday afternoon, if that suits you."


def press(page, control) -> None:
    """Move the keyboard to a control and press Enter, as someone tabbing through the page would."""
    control.focus()
    expect(control).to_be_focused()
    page.keyboard.press("Enter")


def checked_in_a_tab_with_javascript(page, no_js, check_page, *, where: str) -> None:
    page.context.add_cookies(no_js.context.cookies())
    page.goto(no_js.url)
    check_page(page, where=where)


def test_a_check_in_asked_seen_replied_to_and_done_without_javascript(new_context, page, site_content, check_page):
    course = CoursePage.objects.get(slug="from-day-centre-to-community")
    cohort = CohortFactory(course=course, name="Wednesday group", slug=SLUG, pair=False)
    person, facilitator = UserFactory(display_name="Kit Morgan"), UserFactory(display_name="Priya Shah")
    MembershipFactory(cohort=cohort, user=person)
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR, perspective="")

    # The person asks from the lesson, keyboard only, JavaScript off, and can read how information is shared.
    asking = new_context(java_script_enabled=False).new_page()
    sign_in(asking, person)
    asking.goto(LESSON)
    statement = asking.locator("form.check-in details.sharing-statement")
    press(asking, statement.locator("summary"))
    expect(statement).to_contain_text("serious risk of harm")
    press(asking, asking.get_by_role("button", name="I’d like a check-in"))
    expect(status_message(asking, "know you would like a check-in")).to_be_visible()
    assert CheckInRequest.objects.get(user=person).state == CheckInState.ASKED
    checked_in_a_tab_with_javascript(page, asking, check_page, where="lesson after asking for a check-in")

    press(asking, asking.get_by_role("link", name="Your check-ins"))
    expect(asking.get_by_role("heading", level=1)).to_have_text("Your check-ins")
    expect(asking.locator("main")).to_contain_text("Asked (step 1 of 3)")
    checked_in_a_tab_with_javascript(page, asking, check_page, where="your check-ins, asked")

    # The facilitator finds it from their space, says they have seen it, replies and marks it done.
    facilitating = new_context(java_script_enabled=False).new_page()
    sign_in(facilitating, facilitator)
    facilitating.goto(f"/cohorts/{SLUG}/facilitate/")
    press(facilitating, facilitating.get_by_role("link", name="Check-ins", exact=True))
    expect(facilitating.get_by_role("heading", level=1)).to_have_text("Check-ins in Wednesday group")
    waiting = facilitating.locator("main section").filter(has_text="Waiting to be seen")
    expect(waiting).to_contain_text("Kit Morgan")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="the group's check-ins")
    press(facilitating, waiting.get_by_role("button", name="I’ve seen this"))
    expect(status_message(facilitating, "Kit Morgan can see that you have seen their check-in")).to_be_visible()
    expect(facilitating.locator("main section").filter(has_text="Seen")).to_contain_text("Kit Morgan")

    press(facilitating, facilitating.get_by_role("link", name=re.compile("^Kit Morgan")))
    expect(facilitating.get_by_role("heading", level=1)).to_have_text("Kit Morgan’s check-in")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="one check-in, for its facilitator")
    facilitating.get_by_label("Add a note").focus()
    facilitating.keyboard.type(REPLY)
    facilitating.keyboard.press("Tab")
    expect(facilitating.get_by_role("button", name="Send my reply")).to_be_focused()
    facilitating.keyboard.press("Enter")
    expect(status_message(facilitating, "Your reply is sent")).to_be_visible()
    expect(facilitating.locator("#notes")).to_contain_text(REPLY)
    press(facilitating, facilitating.get_by_role("button", name="Mark as done"))
    expect(status_message(facilitating, "Marked as done")).to_be_visible()
    check_in = CheckInRequest.objects.get(user=person)
    assert (check_in.state, check_in.done_by, check_in.seen_by) == (CheckInState.DONE, facilitator, facilitator)
    assert CheckInNote.objects.get().text == REPLY

    # The person sees "Done", who marked it, and the reply; adding a note would open it again.
    asking.reload()
    expect(asking.locator("main")).to_contain_text("Done (step 3 of 3): Priya Shah marked it as done")
    press(asking, asking.get_by_role("link", name=re.compile("^Wednesday group")))
    expect(asking.get_by_role("heading", level=1)).to_have_text("Your check-in with Wednesday group")
    expect(asking.locator("#notes")).to_contain_text(REPLY)
    expect(asking.locator("#notes")).to_contain_text("Priya Shah, facilitator")
    expect(asking.locator("main")).to_contain_text("If you add a note, it opens again")
    checked_in_a_tab_with_javascript(page, asking, check_page, where="one check-in, done, for the person")
