"""Every signed-in cohort page costs the same number of queries for a group of 3 or of 40, warm, counting the session
and the signed-in person, with two-factor required of facilitators as in production.

Warm-up first. An N+1 here — a member's user fetched one by one, attendance looked up per session, progress per
member, an applicant per application, the cohort fetched again for the register — would make the 40-member group
cost more and fail.
"""

import datetime

import pytest
from allauth.mfa.models import Authenticator
from django.utils import timezone

from cohorts.models import Announcement, Attendance, ModuleRelease, ProfileSharing, Role
from learning.services.journal import check_in_request
from learning.services.progress import lesson_complete
from tests.factories import (
    ApplicationFactory,
    CohortFactory,
    LiveSessionFactory,
    MembershipFactory,
    OnePageProfileFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SPACE_QUERIES = 9
FACILITATOR_QUERIES = 11
GRID_QUERIES = 8
# The register: 9, plus one for everyone's "I'm here" at once, plus "tried something since the last session"
# (report_figures.tried_since_last).
REGISTER_QUERIES = 13
MODULES_QUERIES = 7
APPLICATIONS_QUERIES = 5
CALENDAR_QUERIES = 7
QUESTIONS_QUERIES = 7


@pytest.fixture(params=[3, 40], ids=["3-members", "40-members"])
def busy_cohort(request, course, settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    size = request.param
    cohort = CohortFactory(course=course.course, capacity=200)
    facilitator = UserFactory()
    Authenticator.objects.create(user=facilitator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR, perspective="")
    members = [UserFactory() for _ in range(size)]
    for user in members:
        MembershipFactory(cohort=cohort, user=user, show_perspective=True, profile_sharing=ProfileSharing.GROUP)
        OnePageProfileFactory(user=user)
        lesson_complete(user=user, lesson=course.lessons[0][0])
    past = [
        LiveSessionFactory(
            cohort=cohort,
            starts_at=timezone.now() - datetime.timedelta(days=7 * (n + 1)),
            ends_at=timezone.now() - datetime.timedelta(days=7 * (n + 1), hours=-2),
        )
        for n in range(size // 10 + 1)
    ]
    for _ in range(size // 10 + 3):
        LiveSessionFactory(cohort=cohort, module=course.modules[0])
    for n in range(size // 10 + 2):
        Announcement.objects.create(cohort=cohort, author=facilitator, title=f"News {n}", body="<p>Hello</p>")
    Attendance.objects.bulk_create(
        [Attendance(session=session, user=user, status="present") for session in past for user in members]
    )
    ModuleRelease.objects.create(cohort=cohort, module=course.modules[1], opens_on=datetime.date(2030, 1, 1))
    for _ in range(size // 10 + 1):
        ApplicationFactory(cohort=cohort, user=UserFactory())
    for user in members[: size // 10 + 1]:
        check_in_request(user=user, cohort=cohort, notify=False)
    return cohort, facilitator, members[0], past[0]


def test_cohort_space(busy_cohort, page_within):
    cohort, _, member, _ = busy_cohort
    html = page_within(f"/cohorts/{cohort.slug}/", SPACE_QUERIES, as_user=member)
    assert "Your attendance: Present" in html
    # Every other member shares a one-page profile with the group: each is beside their name, at no extra query.
    others = cohort.memberships.filter(role=Role.MEMBER).exclude(user=member).count()
    assert html.count("’s one-page profile</summary>") == others and "Your one-page profile</summary>" in html


def test_facilitator_space(busy_cohort, page_within):
    cohort, facilitator, _, _ = busy_cohort
    html = page_within(f"/cohorts/{cohort.slug}/facilitate/", FACILITATOR_QUERIES, as_user=facilitator)
    assert "No applications are waiting for a decision." not in html


def test_progress_grid(busy_cohort, page_within):
    cohort, facilitator, _, _ = busy_cohort
    html = page_within(f"/cohorts/{cohort.slug}/facilitate/progress/", GRID_QUERIES, as_user=facilitator)
    assert "1 of 2" in html


def test_attendance_register(busy_cohort, page_within):
    cohort, facilitator, member, session = busy_cohort
    html = page_within(
        f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/", REGISTER_QUERIES, as_user=facilitator
    )
    assert member.public_name in html
    assert f"{member.public_name}’s one-page profile</summary>" in html


def test_module_dates(busy_cohort, page_within):
    cohort, facilitator, _, _ = busy_cohort
    page_within(f"/cohorts/{cohort.slug}/facilitate/modules/", MODULES_QUERIES, as_user=facilitator)


def test_calendar_settings(busy_cohort, page_within):
    _, _, member, _ = busy_cohort
    html = page_within("/cohorts/calendar/", CALENDAR_QUERIES, as_user=member)
    assert "Your private calendar address" in html


@pytest.mark.parametrize("count", [1, 12])
def test_your_applications(count, course, page_within):
    """One person's applications to several groups: the group, its course and "already a member" come in the same
    query, never one per application."""
    applicant = UserFactory()
    for _ in range(count):
        ApplicationFactory(cohort=CohortFactory(course=course.course), user=applicant)
    html = page_within("/cohorts/applications/", APPLICATIONS_QUERIES, as_user=applicant)
    assert course.course.title in html


# --- Questions to the facilitators ------------------------------------------------------------------------------


def _ask_and_answer(cohort, facilitator, members) -> None:
    """Questions from every tenth member, named and not, half of them answered: answers and their writers come in
    one prefetch, never one query per question."""
    from cohorts.services import question_answer, question_ask

    for number, asker in enumerate(members[:: max(len(members) // 4, 1)]):
        question = question_ask(
            cohort=cohort, author=asker, text=f"Question {number}", show_name=number % 2 == 0, notify=False
        )
        if number % 2:
            question_answer(question=question, by=facilitator, text=f"Answer {number}", notify=False)


def test_questions_page_for_a_member(busy_cohort, page_within):
    cohort, facilitator, member, _ = busy_cohort
    members = list(cohort.memberships.filter(role=Role.MEMBER).select_related("user"))
    _ask_and_answer(cohort, facilitator, [m.user for m in members])
    html = page_within(f"/cohorts/{cohort.slug}/questions/", QUESTIONS_QUERIES, as_user=member)
    assert "Answer 1" in html and "A member of the group asked" in html


def test_questions_page_for_a_facilitator(busy_cohort, page_within):
    cohort, facilitator, _, _ = busy_cohort
    members = list(cohort.memberships.filter(role=Role.MEMBER).select_related("user"))
    _ask_and_answer(cohort, facilitator, [m.user for m in members])
    html = page_within(f"/cohorts/{cohort.slug}/questions/", QUESTIONS_QUERIES, as_user=facilitator)
    assert "Answer for the group" in html and "only facilitators can see who asked" in html


# --- Co-facilitation: facilitator notes and facilitation hours -------------------------------------------------

NOTES_QUERIES = 6
HOURS_QUERIES = 6


def _notes_and_hours(cohort, facilitator, past) -> None:
    """Notes from both of the pair, more than a page of them at the larger size, and who facilitated each past
    session: writers and names come in the same query, never one per note or per facilitator."""
    from cohorts.services import facilitator_note_add, session_facilitation_record

    pair = [facilitator, *(m.user for m in cohort.memberships.filter(role=Role.PEER_FACILITATOR))]
    for person in pair[1:]:
        Authenticator.objects.create(user=person, type=Authenticator.Type.TOTP, data={"secret": "x"})
    for number in range(len(past) * 6):
        facilitator_note_add(cohort=cohort, author=pair[number % len(pair)], text=f"Note {number}: what went well")
    for session in past:
        session_facilitation_record(session=session, by=facilitator, minutes={person.pk: 90 for person in pair})


def test_facilitator_notes(busy_cohort, page_within):
    cohort, facilitator, _, _ = busy_cohort
    sessions = list(cohort.sessions.filter(ends_at__lt=timezone.now()))
    _notes_and_hours(cohort, facilitator, sessions)
    html = page_within(f"/cohorts/{cohort.slug}/facilitate/notes/", NOTES_QUERIES, as_user=facilitator)
    assert f"Note {len(sessions) * 6 - 1}: what went well" in html, "the newest first"


def test_facilitation_hours(busy_cohort, page_within):
    cohort, facilitator, _, _ = busy_cohort
    sessions = list(cohort.sessions.filter(ends_at__lt=timezone.now()))
    _notes_and_hours(cohort, facilitator, sessions)
    html = page_within(
        f"/cohorts/{cohort.slug}/facilitate/hours/?start=2000-01-01&end=2100-01-01", HOURS_QUERIES, as_user=facilitator
    )
    assert f"<td>Peer facilitator</td><td>{len(sessions)}</td>" in html


def test_the_register_with_who_facilitated(busy_cohort, page_within):
    """A past session's register also asks who facilitated it: the pair and their minutes cost no query per person."""
    cohort, facilitator, member, session = busy_cohort
    _notes_and_hours(cohort, facilitator, [session])
    html = page_within(
        f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/", REGISTER_QUERIES, as_user=facilitator
    )
    assert "Who facilitated" in html and member.public_name in html
