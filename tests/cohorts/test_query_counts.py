"""The cohort space, the facilitator's space and the progress grid cost the same for 5 members or 100.

Warm-up first. An N+1 here — a member's user fetched one by one, attendance per session, progress per member —
would make the 100-member cohort cost more and fail.
"""

import datetime

import pytest
from django.utils import timezone

from cohorts.models import Announcement, Attendance, ModuleRelease, Role
from learning.services.progress import lesson_complete
from tests.factories import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

SPACE_QUERIES = 16
FACILITATOR_QUERIES = 16
GRID_QUERIES = 12


@pytest.fixture(params=[5, 100], ids=["5-members", "100-members"])
def busy_cohort(request, course):
    cohort = CohortFactory(course=course.course, capacity=200)
    facilitator = UserFactory()
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR, perspective="")
    members = [UserFactory() for _ in range(request.param)]
    for user in members:
        MembershipFactory(cohort=cohort, user=user, show_perspective=True)
        lesson_complete(user=user, lesson=course.lessons[0][0])
    past = LiveSessionFactory(
        cohort=cohort,
        starts_at=timezone.now() - datetime.timedelta(days=7),
        ends_at=timezone.now() - datetime.timedelta(days=7, hours=-2),
    )
    for _ in range(3):
        LiveSessionFactory(cohort=cohort, module=course.modules[0])
    for n in range(request.param // 10 + 2):
        Announcement.objects.create(cohort=cohort, author=facilitator, title=f"News {n}", body="<p>Hello</p>")
    Attendance.objects.bulk_create([Attendance(session=past, user=user, status="present") for user in members])
    ModuleRelease.objects.create(cohort=cohort, module=course.modules[1], opens_on=datetime.date(2030, 1, 1))
    for _ in range(request.param // 10 + 1):
        ApplicationFactory(cohort=cohort, user=UserFactory())
    return cohort, facilitator, members[0]


def test_cohort_space(busy_cohort, page_within):
    cohort, _, member = busy_cohort
    page_within(f"/cohorts/{cohort.slug}/", SPACE_QUERIES, as_user=member)


def test_facilitator_dashboard(busy_cohort, page_within):
    cohort, facilitator, _ = busy_cohort
    page_within(f"/cohorts/{cohort.slug}/facilitate/", FACILITATOR_QUERIES, as_user=facilitator)


def test_progress_grid(busy_cohort, page_within):
    cohort, facilitator, _ = busy_cohort
    html = page_within(f"/cohorts/{cohort.slug}/facilitate/progress/", GRID_QUERIES, as_user=facilitator)
    assert "1 of 2" in html
