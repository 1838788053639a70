"""A live session in a real browser, with the keyboard alone and JavaScript off: a member opens the session's page
from the group's space while it is happening and presses "I'm here"; the facilitator finds them on the register
with present chosen and confirms it; after the session the facilitator adds a catch-up pack and a member who
couldn't come finds it first. Every page on the way passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels (axe
needs JavaScript, so each is checked again in an ordinary tab)."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from cohorts.models import Attendance, AttendanceStatus, SessionCheckIn
from courses.models import CoursePage
from tests.browser.helpers import press, sign_in, status_message, type_into
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SLUG = "thursday-group"
TITLE = "Mapping places nearby"
JOIN_NOW = re.compile(rf"^Join now ?: {TITLE}$")


def without_javascript(new_context, person):
    tab = new_context(java_script_enabled=False).new_page()
    sign_in(tab, person)
    return tab


def checked_with_javascript(page, tab, check_page, *, where: str) -> None:
    page.context.clear_cookies()
    page.context.add_cookies(tab.context.cookies())
    page.goto(tab.url)
    check_page(page, where=where)


@pytest.fixture
def group(site_content):
    course = CoursePage.objects.get(slug="from-day-centre-to-community")
    cohort = CohortFactory(course=course, name="Thursday group", slug=SLUG, pair__staff="Priya Shah")
    people = {"jo": UserFactory(display_name="Jo Bloggs"), "ali": UserFactory(display_name="Ali Khan")}
    for person in people.values():
        MembershipFactory(cohort=cohort, user=person)
    people["facilitator"] = cohort.memberships.get(role="facilitator").user
    session = LiveSessionFactory(cohort=cohort, title=TITLE, happening=True, location="Town library")
    return cohort, session, people


def test_im_here_confirmed_on_the_register_then_a_catch_up_pack(new_context, page, group, check_page):
    cohort, session, people = group

    # Jo opens the session from the group's space and says she's here, keyboard only, no JavaScript.
    jo = without_javascript(new_context, people["jo"])
    jo.goto(f"/cohorts/{SLUG}/")
    press(jo, jo.get_by_role("link", name=TITLE).first)
    expect(jo.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(jo.get_by_text("Happening now.")).to_be_visible()
    expect(jo.get_by_role("link", name=JOIN_NOW)).to_be_visible()
    checked_with_javascript(page, jo, check_page, where="session page, happening")
    press(jo, jo.get_by_role("button", name="I’m here"))
    expect(status_message(jo, "Your facilitator can see you said you’re here")).to_be_visible()
    expect(jo.get_by_role("button", name="I’m here")).to_have_count(0)
    assert SessionCheckIn.objects.filter(session=session, user=people["jo"]).exists()
    assert not Attendance.objects.exists()

    # The facilitator finds Jo on the register with present chosen, and confirms it by saving.
    priya = without_javascript(new_context, people["facilitator"])
    priya.goto(f"/cohorts/{SLUG}/facilitate/")
    press(priya, priya.get_by_role("link", name=f"Attendance register for {TITLE}"))
    jo_row = priya.get_by_role("group", name="Jo Bloggs")
    expect(jo_row).to_contain_text("Said they were here at")
    expect(jo_row.get_by_label("Present")).to_be_checked()
    expect(priya.get_by_role("group", name="Ali Khan").get_by_label("Not recorded")).to_be_checked()
    checked_with_javascript(page, priya, check_page, where="register with a member who said they were here")
    press(priya, priya.get_by_role("button", name="Save the register"))
    expect(status_message(priya, f"Attendance for “{TITLE}” is saved.")).to_be_visible()
    assert list(Attendance.objects.values_list("user__display_name", "status")) == [
        ("Jo Bloggs", AttendanceStatus.PRESENT)
    ]

    # After the session the facilitator adds the catch-up pack.
    session.starts_at -= datetime.timedelta(hours=3)
    session.ends_at -= datetime.timedelta(hours=3)
    session.save()
    priya.goto(f"/cohorts/{SLUG}/facilitate/sessions/{session.pk}/catch-up/")
    expect(priya.get_by_role("heading", level=1)).to_have_text(f"Catch-up pack: {TITLE}")
    type_into(priya, priya.get_by_label("What we covered"), "We mapped three places nearby and shared one small win.")
    type_into(priya, priya.get_by_label("Recording link"), "not a link")
    type_into(priya, priya.get_by_label("Something to reflect on"), "Which place might you try first?")
    press(priya, priya.get_by_role("button", name="Save the catch-up pack"))
    expect(priya.get_by_role("heading", name="There is a problem")).to_be_visible()
    checked_with_javascript(page, priya, check_page, where="catch-up form with a mistake")
    type_into(priya, priya.get_by_label("Recording link"), "https://video.example.org/thursday")
    press(priya, priya.get_by_role("button", name="Save the catch-up pack"))
    expect(status_message(priya, "Catch-up pack saved.")).to_be_visible()

    # Ali, who couldn't come, finds it first, in kind words, with a way into his journal.
    ali = without_javascript(new_context, people["ali"])
    ali.goto(f"/cohorts/{SLUG}/sessions/{session.pk}/")
    expect(ali.get_by_role("heading", level=2).first).to_have_text("Catch up on this session")
    expect(ali.get_by_text("If you couldn’t make it, here’s what we covered.")).to_be_visible()
    expect(ali.get_by_text("This session has finished.")).to_be_visible()
    expect(ali.get_by_role("link", name=JOIN_NOW)).to_have_count(0)
    expect(ali.get_by_role("link", name=f"Watch the recording of {TITLE}")).to_be_visible()
    checked_with_javascript(page, ali, check_page, where="session page, after, with a catch-up pack")
    press(ali, ali.get_by_role("link", name="Write about this in my journal"))
    expect(ali.get_by_label("Title")).to_have_value("Which place might you try first?")
    for tab in (jo, priya, ali):
        tab.context.close()
