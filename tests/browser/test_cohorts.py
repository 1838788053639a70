"""Learning with a group: finding and applying to a cohort, the cohort's space, and the facilitator's pages
(applications, sessions, the register, progress, announcements, decisions). Every page visited passes axe
(WCAG 2.2 AA) and reflows at 320 CSS pixels; the application form also works with the keyboard alone."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from cohorts.models import (
    Announcement,
    Application,
    ApplicationStatus,
    Attendance,
    AttendanceStatus,
    LiveSession,
    ModuleRelease,
    Perspective,
    Role,
)
from courses.models import CoursePage, LessonPage
from courses.selectors import course_outline
from learning.services.progress import lesson_complete
from tests.browser.helpers import sign_in, status_message
from tests.factories import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

COURSE = "/courses/from-day-centre-to-community/"
SLUG = "tuesday-evening-group"
SPACE = f"/cohorts/{SLUG}/"
FACILITATE = f"{SPACE}facilitate/"


@pytest.fixture
def cohort(site_content):
    course = CoursePage.objects.get(slug="from-day-centre-to-community")
    return CohortFactory(course=course, name="Tuesday evening group", slug=SLUG, capacity=3)


@pytest.fixture
def facilitator(cohort):
    person = UserFactory(display_name="Priya Shah")
    MembershipFactory(cohort=cohort, user=person, role=Role.FACILITATOR, perspective="")
    return person


def add_members(cohort, *names: str) -> list:
    people = [UserFactory(display_name=name) for name in names]
    for person in people:
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER, perspective=Perspective.USES_SERVICES)
    return people


def section(page, heading: str):
    return page.locator("main section").filter(has=page.get_by_role("heading", name=heading, exact=True))


def long_date(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"  # the templates' "j F Y"


def error_summary(page):
    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    return summary


def summary_targets(summary) -> list[str]:
    links = summary.get_by_role("link")
    return [links.nth(i).get_attribute("href").removeprefix("#") for i in range(links.count())]


def test_a_person_finds_the_group_on_the_course_page_and_applies_with_the_keyboard(
    page, cohort, facilitator, check_page
):
    add_members(cohort, "Jo Bloggs")
    person = UserFactory(display_name="Sam Okafor")
    sign_in(page, person)

    page.goto(COURSE)
    groups = section(page, "Learn with a group")
    card = groups.get_by_role("listitem").filter(has=page.get_by_role("heading", name=cohort.name))
    expect(card).to_contain_text("2 left")  # capacity 3, one member; the facilitator takes no place
    apply_link = card.get_by_role("link", name=f"Apply to {cohort.name}")
    expect(apply_link).to_have_attribute("href", f"{SPACE}apply/")
    check_page(page, where="course page with a group")

    apply_link.click()
    expect(page).to_have_url(re.compile(rf"{SPACE}apply/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Apply to {cohort.name}")
    expect(page.locator("main")).to_contain_text("2 of 3 left")
    check_page(page, where="application form")

    page.get_by_role("button", name="Send my application").click()
    summary = error_summary(page)
    # A group of radios is linked by its first option, as GOV.UK does.
    assert set(summary_targets(summary)) == {"id_statement", "id_perspective_0", "id_agreed_to_cohort_agreement"}
    perspective = page.get_by_role("group", name="How do you mainly come to this course?")
    expect(perspective.get_by_role("radio").first).to_have_attribute("id", "id_perspective_0")
    # Reaching the group by keyboard, a screen reader says what is wrong with it, not only the hint.
    expect(perspective).to_have_accessible_description(re.compile(r"Error: Choose how you mainly come to the course"))
    expect(page.get_by_label("Why would you like to join this group?")).to_have_attribute("aria-invalid", "true")
    check_page(page, where="application form with errors")
    assert not Application.objects.exists()

    # Keyboard only from here. The perspective link puts the keyboard on the group's first choice.
    radios = perspective.get_by_role("radio")
    summary.get_by_role("link", name=re.compile("Choose how you mainly come")).focus()
    page.keyboard.press("Enter")
    expect(radios.first).to_be_focused()

    summary.get_by_role("link", name=re.compile("Tell us a little")).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Why would you like to join this group?")).to_be_focused()
    page.keyboard.type("I run a day centre and want to learn alongside the people who use it.")
    page.keyboard.press("Tab")  # into the radio group, on its first choice
    expect(radios.first).to_be_focused()
    page.keyboard.press("Space")
    expect(perspective.get_by_label("I work in services")).to_be_checked()
    page.keyboard.press("ArrowDown")  # arrow keys move between the choices and choose
    used_services = perspective.get_by_label("I use, or have used, services")
    expect(used_services).to_be_focused()
    expect(used_services).to_be_checked()
    expect(perspective.get_by_label("I work in services")).not_to_be_checked()
    page.keyboard.press("Tab")  # one Tab stop for the whole group
    expect(page.get_by_label("Is there anything that would help you take part?")).to_be_focused()
    page.keyboard.type("Large print, please.")
    page.keyboard.press("Tab")
    agreement = page.get_by_label("I agree to the group agreement above")
    expect(agreement).to_be_focused()
    page.keyboard.press("Space")
    expect(agreement).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send my application")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/cohorts/applications/(#.*)?$"))  # the browser keeps the #fragment
    expect(page.get_by_role("heading", level=1)).to_have_text("Your applications")
    expect(status_message(page, f"Your application to {cohort.name} has been sent.")).to_be_visible()
    mine = page.locator("main .card").filter(has=page.get_by_role("heading", name=cohort.name))
    expect(mine).to_contain_text("Waiting for a decision")
    check_page(page, where="your applications")

    application = Application.objects.get(cohort=cohort, user=person)
    assert application.status == ApplicationStatus.PENDING
    assert application.statement.startswith("I run a day centre")
    assert application.perspective == Perspective.USES_SERVICES
    assert application.access_needs == "Large print, please."
    assert application.agreed_to_cohort_agreement


def test_a_member_sees_sessions_announcements_and_when_modules_open(page, cohort, facilitator, check_page):
    (jo,) = add_members(cohort, "Jo Bloggs")
    now = timezone.now()
    LiveSessionFactory(
        cohort=cohort, title="Hope and recovery", starts_at=now + datetime.timedelta(days=3), location="Town library"
    )
    past = LiveSessionFactory(cohort=cohort, title="Welcome evening", starts_at=now - datetime.timedelta(days=7))
    Attendance.objects.create(session=past, user=jo, status=AttendanceStatus.PRESENT)
    Announcement.objects.create(
        cohort=cohort, author=facilitator, title="Bring a cup of tea", body="<p>We start at half past six.</p>"
    )
    later = course_outline(course=cohort.course).modules[1].module
    opens_on = timezone.localdate() + datetime.timedelta(days=21)
    ModuleRelease.objects.create(cohort=cohort, module=later, opens_on=opens_on)
    sign_in(page, jo)

    page.goto(SPACE)
    expect(page.get_by_role("heading", level=1)).to_have_text(cohort.name)
    next_session = section(page, "Next session")
    expect(next_session.get_by_role("heading", name="Hope and recovery")).to_be_visible()
    expect(next_session).to_contain_text("Place: Town library")
    expect(next_session.get_by_role("link", name=re.compile(r"^Join online ?: Hope and recovery$"))).to_be_visible()
    announcements = section(page, "Announcements")
    expect(announcements.get_by_role("article", name="Bring a cup of tea")).to_contain_text("half past six")
    expect(announcements).to_contain_text("Priya Shah")
    modules = section(page, "Modules")
    closed = modules.get_by_role("listitem").filter(has=page.get_by_role("heading", name=later.title))
    expect(closed).to_contain_text(f"Opens for your group on {long_date(opens_on)} — it stays open after that")
    expect(closed.get_by_role("link")).to_have_count(0)  # nothing to open before the date
    expect(
        modules.get_by_role("link", name=course_outline(course=cohort.course).modules[0].module.title)
    ).to_be_visible()
    earlier = section(page, "Sessions").get_by_role("listitem").filter(has_text="Welcome evening")
    expect(earlier).to_contain_text("Your attendance: Present")
    expect(page.get_by_role("link", name="Facilitator’s space")).to_have_count(0)
    check_page(page, where="cohort space")


def test_the_facilitators_space_shows_applications_a_free_place_and_the_mix(page, cohort, facilitator, check_page):
    add_members(cohort, "Jo Bloggs")
    now = timezone.now()
    ApplicationFactory(
        cohort=cohort,
        user=UserFactory(display_name="Bea Clarke"),
        status=ApplicationStatus.WAITLISTED,
        submitted_at=now - datetime.timedelta(days=5),
    )
    ApplicationFactory(
        cohort=cohort, user=UserFactory(display_name="Alex Morgan"), perspective=Perspective.CARER, submitted_at=now
    )
    sign_in(page, facilitator)

    page.goto(FACILITATE)
    expect(page.get_by_role("heading", level=1)).to_have_text("Facilitator’s space")
    applications = section(page, "Applications")
    expect(applications).to_contain_text("2 of 3 places left.")
    expect(status_message(page, "A place is free.")).to_contain_text("Bea Clarke is next on the waiting list.")
    # Four columns: at 320 px the table scrolls in its own region, not the page.
    pending = applications.get_by_role("region", name="Waiting for a decision").get_by_role(
        "table", name="Waiting for a decision"
    )
    expect(pending.get_by_role("row").filter(has_text="Alex Morgan")).to_contain_text("I am a carer or supporter")
    expect(pending.get_by_role("link", name="Review Alex Morgan’s application")).to_be_visible()
    expect(applications.get_by_role("listitem").filter(has_text="Bea Clarke")).to_have_count(1)
    mix = section(page, "The mix of the group").get_by_role("table", name="1 member")
    expect(mix.get_by_role("row").filter(has_text="I use, or have used, services")).to_contain_text("1")
    check_page(page, where="facilitator's space")


def test_a_facilitator_arranges_a_session_and_an_end_before_the_start_is_explained(
    page, cohort, facilitator, check_page
):
    add_members(cohort, "Jo Bloggs")
    day = timezone.localdate() + datetime.timedelta(days=120)
    sign_in(page, facilitator)

    page.goto(FACILITATE)
    page.get_by_role("link", name="Arrange a session").click()
    expect(page).to_have_url(re.compile(rf"{FACILITATE}sessions/new/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Arrange a session")
    check_page(page, where="session form")

    page.get_by_label("Title").fill("Hope and recovery")
    page.get_by_label("Starts", exact=True).fill(f"{day.isoformat()}T18:30")
    page.get_by_label("Ends", exact=True).fill(f"{day.isoformat()}T17:30")
    page.get_by_label("Video link").fill("https://meet.example.org/tuesday")
    page.get_by_role("button", name="Save and tell the group").click()

    summary = error_summary(page)
    expect(summary.get_by_role("link", name="The session must end after it starts.")).to_have_attribute(
        "href", "#id_ends_at"
    )
    expect(page.get_by_label("Ends", exact=True)).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Starts", exact=True)).to_have_value(f"{day.isoformat()}T18:30")  # kept, not lost
    check_page(page, where="session form with an end before the start")
    assert not LiveSession.objects.exists()

    page.get_by_label("Ends", exact=True).fill(f"{day.isoformat()}T20:30")
    page.get_by_role("button", name="Save and tell the group").click()

    expect(page).to_have_url(re.compile(rf"{FACILITATE}$"))
    expect(status_message(page, "Session saved.")).to_be_visible()
    expect(section(page, "Sessions").get_by_role("heading", name="Hope and recovery")).to_be_visible()
    check_page(page, where="facilitator's space with the new session")

    session = LiveSession.objects.get(cohort=cohort)
    assert session.title == "Hope and recovery"
    local = timezone.get_current_timezone()  # the form's "UK time"
    assert session.starts_at == datetime.datetime.combine(day, datetime.time(18, 30), tzinfo=local)
    assert session.ends_at == datetime.datetime.combine(day, datetime.time(20, 30), tzinfo=local)
    assert session.video_url == "https://meet.example.org/tuesday"


def test_a_facilitator_takes_the_register_and_the_choices_are_kept(page, cohort, facilitator, check_page):
    add_members(cohort, "Amal Haddad", "Ben Carter", "Chris Evans")
    session = LiveSessionFactory(
        cohort=cohort, title="Welcome evening", starts_at=timezone.now() - datetime.timedelta(days=2)
    )
    register = f"{FACILITATE}sessions/{session.pk}/register/"
    choices = {"Amal Haddad": "Present", "Ben Carter": "Sent apologies", "Chris Evans": "Absent"}
    sign_in(page, facilitator)

    page.goto(FACILITATE)
    page.get_by_role("link", name="Attendance register for Welcome evening").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(register)}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Attendance: Welcome evening")
    for name in choices:
        expect(page.get_by_role("group", name=name, exact=True).get_by_label("Not recorded")).to_be_checked()
    check_page(page, where="register")

    for name, status in choices.items():
        page.get_by_role("group", name=name, exact=True).get_by_label(status, exact=True).check()
    page.get_by_role("button", name="Save the register").click()

    expect(page).to_have_url(re.compile(rf"{FACILITATE}$"))
    expect(status_message(page, "Attendance for “Welcome evening” is saved.")).to_be_visible()
    recorded = dict(Attendance.objects.filter(session=session).values_list("user__display_name", "status"))
    assert recorded == {
        "Amal Haddad": AttendanceStatus.PRESENT,
        "Ben Carter": AttendanceStatus.APOLOGIES,
        "Chris Evans": AttendanceStatus.ABSENT,
    }

    page.goto(register)
    for name, status in choices.items():
        expect(page.get_by_role("group", name=name, exact=True).get_by_label(status, exact=True)).to_be_checked()
    check_page(page, where="register reopened")


def test_the_progress_grid_scrolls_in_its_own_region_and_the_page_reflows(page, cohort, facilitator, check_page):
    amal, ben, _ = add_members(cohort, "Amal Haddad", "Ben Carter", "Chris Evans")
    outline = course_outline(course=cohort.course)
    for lesson in outline.modules[0].lessons:
        lesson_complete(user=amal, lesson=lesson)
    lesson_complete(user=ben, lesson=outline.modules[0].lessons[0])
    total = len(outline.modules[0].lessons)
    assert LessonPage.objects.live().descendant_of(cohort.course).count() > total
    sign_in(page, facilitator)

    page.goto(FACILITATE)
    page.get_by_role("link", name="See progress").click()
    expect(page).to_have_url(re.compile(rf"{FACILITATE}progress/$"))
    region = page.get_by_role("region", name="Lessons done, by member and module")
    grid = region.get_by_role("table", name="Lessons done, by member and module")
    expect(grid.get_by_role("row")).to_have_count(4)  # the header and three members
    amal_row = grid.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Amal Haddad"))
    expect(amal_row.get_by_role("cell").first).to_have_text(f"{total} of {total}")
    ben_row = grid.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Ben Carter"))
    expect(ben_row.get_by_role("cell").first).to_have_text(f"1 of {total}")
    chris_row = grid.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Chris Evans"))
    expect(chris_row.get_by_role("cell").last).to_have_text("Not yet")
    check_page(page, where="progress grid")

    # At 320 px the grid scrolls inside its region, which the keyboard can reach, not the whole page sideways.
    page.set_viewport_size({"width": 320, "height": 640})
    assert region.evaluate("element => element.scrollWidth > element.clientWidth"), "the grid fits: test nothing"
    region.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("element => element.scrollLeft > 0", arg=region.element_handle(), timeout=2000)


def test_a_facilitator_posts_an_announcement_and_decides_an_application(
    page, cohort, facilitator, check_page, mailoutbox
):
    add_members(cohort, "Jo Bloggs")
    alex = UserFactory(display_name="Alex Morgan")
    application = ApplicationFactory(cohort=cohort, user=alex)
    sign_in(page, facilitator)

    page.goto(FACILITATE)
    page.get_by_role("link", name="Post an announcement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Post an announcement")
    check_page(page, where="announcement form")
    page.get_by_role("button", name="Post the announcement").click()
    assert set(summary_targets(error_summary(page))) == {"id_title", "id_body"}
    check_page(page, where="announcement form with errors")
    page.get_by_label("Title").fill("Bring a cup of tea")
    page.get_by_label("Message").fill("We start at half past six.\n\nThe room is on the first floor.")
    page.get_by_role("button", name="Post the announcement").click()
    expect(status_message(page, "Announcement posted.")).to_be_visible()
    assert Announcement.objects.get(cohort=cohort).title == "Bring a cup of tea"

    page.get_by_role("link", name="Review Alex Morgan’s application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Application from Alex Morgan")
    check_page(page, where="decide an application")
    page.get_by_role("button", name="Save and email them").click()
    assert summary_targets(error_summary(page)) == ["id_decision_0"]
    check_page(page, where="decide an application with an error")
    page.get_by_role("group", name="Decision").get_by_label("Offer a place").check()
    page.get_by_label("Message to the applicant (optional)").fill("See you on Tuesday.")
    page.get_by_role("button", name="Save and email them").click()

    expect(status_message(page, "Decision saved.")).to_contain_text("Alex Morgan")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACCEPTED
    assert any(alex.email in message.to for message in mailoutbox)
