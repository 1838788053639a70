"""Each report costs the same number of queries for one small group as for many full ones: every figure is one
gated aggregate in the database. An N+1 — a figure fetched per group, per session or per statement, or a group or
course looked up per row — would grow with the larger case and fail it."""

import datetime

import pytest
from django.utils import timezone

from cohorts.models import Application, Attendance, AttendanceStatus, Role
from courses.models import CourseCapability
from learning.models import CheckInRequest, EntryKind, JournalEntry, LessonCompletion
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory
from tests.factories.reports import rate
from tests.reports.test_admin_reports import URLS

# The session, the admin and their Wagtail profile; the gated figures (one query each, up to four a report:
# completion counts lessons, modules and courses finished, with the modules' sizes from the page tree); the groups
# or courses or statements the rows are for;
# the filter form's course and group choices; Wagtail's locale and the page tree for the admin menu. CSV downloads
# need the figures and the rows without the page around them.
REPORT_QUERIES = 14
CSV_QUERIES = 8


def build(course, *, groups: int, people: int) -> None:
    lessons = [lesson for module in course.lessons for lesson in module]
    capability = course.course.capabilities.get()
    CourseCapability.objects.create(course=course.course, text="Listen without fixing", sort_order=1)
    for _ in range(groups):
        cohort = CohortFactory(course=course.course, capacity=people)
        session = LiveSessionFactory(cohort=cohort, starts_at=timezone.now() - datetime.timedelta(days=1))
        for _ in range(people):
            person = UserFactory()
            MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER)
            Application.objects.create(cohort=cohort, user=person, perspective="carer", statement="s")
            Attendance.objects.create(session=session, user=person, status=AttendanceStatus.PRESENT)
            LessonCompletion.objects.create(user=person, lesson=lessons[0], course=course.course)
            CheckInRequest.objects.create(user=person, cohort=cohort, asked_at=timezone.now())
            JournalEntry.objects.create(author=person, kind=EntryKind.SMALL_WIN, text="-", body="-", cohort=cohort)
            rate(person, capability, 3, on=datetime.date(2027, 1, 4))


@pytest.mark.django_db
@pytest.mark.parametrize("groups, people", [(1, 5), (6, 12)])
@pytest.mark.parametrize("name", URLS)
def test_a_report_costs_the_same_queries_for_one_group_or_many(
    client, course, django_assert_max_num_queries, name, groups, people
):
    build(course, groups=groups, people=people)
    client.force_login(UserFactory(is_superuser=True))
    client.get(URLS[name])  # warms Wagtail's caches
    with django_assert_max_num_queries(REPORT_QUERIES):
        page = client.get(URLS[name])
    assert page.status_code == 200
    with django_assert_max_num_queries(CSV_QUERIES):
        b"".join(client.get(URLS[name] + "?export=csv").streaming_content)
