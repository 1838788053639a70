"""The one-page profile: writing it and sharing it with a group by keyboard alone, and with JavaScript off on a small
screen; facilitators finding it beside the person's name; applying with what was written before. Every page
visited passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels."""

import re

import pytest
from playwright.sync_api import expect

from cohorts.models import Application, Membership, ProfileSharing, Role
from courses.models import CoursePage
from tests.browser.helpers import sign_in, status_message
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, OnePageProfileFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SLUG = "thursday-group"
SUPPORT = "Give me a minute to answer. A seat near the door helps me feel calmer."


@pytest.fixture
def cohort(site_content):
    course = CoursePage.objects.get(slug="from-day-centre-to-community")
    return CohortFactory(course=course, name="Thursday group", slug=SLUG, capacity=6)


@pytest.fixture
def jo(cohort):
    person = UserFactory(display_name="Jo")
    MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER)
    return person


def sharing(person, cohort) -> str:
    return Membership.objects.get(user=person, cohort=cohort).profile_sharing


def test_write_a_profile_and_share_it_with_the_facilitators_by_keyboard_alone(page, cohort, jo, check_page):
    sign_in(page, jo)
    page.goto("/account/profile/")
    page.get_by_role("navigation", name="Your account").get_by_role("link", name="One-page profile").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your one-page profile")
    check_page(page, where="one-page profile, empty")

    page.get_by_label("What people like and admire about me").focus()
    page.keyboard.type("People say I am warm and I make them laugh.")
    page.keyboard.press("Tab")
    expect(page.get_by_label("What matters to me")).to_be_focused()
    page.keyboard.type("My sister and my cat, Biscuit.")
    page.keyboard.press("Tab")
    expect(page.get_by_label("How best to support me")).to_be_focused()
    page.keyboard.type(SUPPORT)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Save my one-page profile")).to_be_focused()
    page.keyboard.press("Enter")
    expect(status_message(page, "Your one-page profile is saved.")).to_be_visible()
    assert jo.one_page_profile.how_to_support == SUPPORT
    assert sharing(jo, cohort) == ProfileSharing.NOBODY  # saving words shares nothing

    choice = page.get_by_role("group", name="Who in Thursday group sees your one-page profile")
    expect(choice.get_by_label("Only me")).to_be_checked()
    check_page(page, where="one-page profile, saved")
    choice.get_by_label("Only me").focus()
    page.keyboard.press("ArrowDown")  # arrow keys move between the choices and choose
    expect(choice.get_by_label("The group’s facilitators")).to_be_checked()
    page.keyboard.press("Tab")  # one Tab stop for the whole group
    expect(page.get_by_role("button", name="Save who sees it in Thursday group")).to_be_focused()
    page.keyboard.press("Enter")

    expect(
        status_message(page, "Saved. The facilitators of Thursday group can see your one-page profile.")
    ).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your one-page profile")
    assert sharing(jo, cohort) == ProfileSharing.FACILITATORS


def test_without_javascript_on_a_phone_share_with_the_group_then_withdraw(new_context, cohort, jo):
    OnePageProfileFactory(user=jo, how_to_support=SUPPORT)
    phone = new_context(java_script_enabled=False, viewport={"width": 320, "height": 640}).new_page()
    sign_in(phone, jo)

    phone.goto(f"/cohorts/{SLUG}/")
    members = phone.locator("main section").filter(has=phone.get_by_role("heading", name="Who is in the group"))
    members.get_by_label("Everyone in the group").check()
    members.get_by_role("button", name="Save who sees it in Thursday group").click()
    expect(status_message(phone, "Saved. Everyone in Thursday group can see your one-page profile.")).to_be_visible()
    assert sharing(jo, cohort) == ProfileSharing.GROUP

    # Withdrawing is instant: the next page anyone opens no longer shows it.
    members = phone.locator("main section").filter(has=phone.get_by_role("heading", name="Who is in the group"))
    members.get_by_label("Only me").check()
    members.get_by_role("button", name="Save who sees it in Thursday group").click()
    expect(status_message(phone, "Saved. Nobody in Thursday group can see your one-page profile now.")).to_be_visible()
    assert sharing(jo, cohort) == ProfileSharing.NOBODY


def test_facilitators_open_a_shared_profile_beside_the_name_on_the_list_and_the_register(page, cohort, jo, check_page):
    OnePageProfileFactory(user=jo, how_to_support=SUPPORT)
    Membership.objects.filter(user=jo, cohort=cohort).update(profile_sharing=ProfileSharing.FACILITATORS)
    facilitator = cohort.memberships.get(role=Role.FACILITATOR).user
    session = LiveSessionFactory(cohort=cohort)
    sign_in(page, facilitator)

    page.goto(f"/cohorts/{SLUG}/")
    disclosure = page.locator("details").filter(has=page.get_by_text("Jo’s one-page profile"))
    expect(disclosure.get_by_text(SUPPORT)).to_be_hidden()
    disclosure.locator("summary").focus()
    page.keyboard.press("Enter")  # a real <details>: the keyboard opens it
    expect(disclosure.get_by_text(SUPPORT)).to_be_visible()
    check_page(page, where="member list with a shared profile open")

    page.goto(f"/cohorts/{SLUG}/facilitate/sessions/{session.pk}/register/")
    disclosure = page.locator("details").filter(has=page.get_by_text("Jo’s one-page profile"))
    disclosure.locator("summary").click()
    expect(disclosure).to_contain_text("How best to support me")
    check_page(page, where="register with a shared profile open")


def test_apply_with_what_i_wrote_before(page, cohort, check_page):
    applicant = UserFactory(display_name="Sam")
    OnePageProfileFactory(user=applicant, how_to_support=SUPPORT)
    sign_in(page, applicant)

    page.goto(f"/cohorts/{SLUG}/apply/")
    choice = page.get_by_role("group", name="Is there anything that would help you take part?")
    expect(choice).to_have_accessible_description(re.compile(re.escape(f"you wrote: “{SUPPORT}”")))
    expect(choice.get_by_label("Use what I wrote before, in my one-page profile")).to_be_checked()
    check_page(page, where="application form offering the profile")
    page.get_by_label("Why would you like to join this group?").fill("To learn with people who have been there.")
    page.get_by_label("I use, or have used, services").check()
    page.get_by_label("I agree to the group agreement above").check()
    page.get_by_role("button", name="Send my application").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your applications")
    assert Application.objects.get(user=applicant, cohort=cohort).access_needs == SUPPORT
