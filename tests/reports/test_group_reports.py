"""A group's reports in its facilitators' space: the same gated figures as the admin reports, for that group only,
with a CSV; members and other groups' facilitators get the 404 a missing group gets."""

import csv
import datetime
import io

import pytest

from cohorts.models import Perspective, Role
from learning.models import EntryKind, JournalEntry
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.reports import rate
from tests.reports.test_report_privacy import CANARY

pytestmark = pytest.mark.django_db

# The session and the person; the facilitator's place in the group; about two gated figures and their rows per
# report (seven reports); the site and its support settings for the base template. An N+1 — a figure per member,
# per session or per statement — would grow with the larger group and fail it.
GROUP_PAGE_QUERIES = 22


@pytest.fixture
def group(course):
    cohort = CohortFactory(course=course.course, name="Thursday group", slug="thursday-group")
    facilitator = cohort.memberships.get(role=Role.FACILITATOR).user
    return cohort, facilitator


def add_members(cohort, number: int, *, rating: int = 3) -> list:
    capability = cohort.course.capabilities.get()
    people = []
    for _ in range(number):
        person = UserFactory()
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER, perspective=Perspective.USES_SERVICES)
        rate(person, capability, rating, on=datetime.date(2027, 1, 4))
        JournalEntry.objects.create(author=person, kind=EntryKind.SMALL_WIN, text=CANARY, body=CANARY, cohort=cohort)
        people.append(person)
    return people


def url(cohort) -> str:
    return f"/cohorts/{cohort.slug}/facilitate/reports/"


def test_facilitators_see_their_groups_figures_in_fives(client, group):
    cohort, facilitator = group
    add_members(cohort, 6)
    other = CohortFactory(course=cohort.course, name="Another group")
    add_members(other, 5)
    client.force_login(facilitator)
    response = client.get(url(cohort))
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert html.count("<h1>") == 1 and "Reports for Thursday group" in html
    assert '<th scope="row">Use or have used services</th><td>5</td>' in html  # six members: one whole five
    assert '<th scope="row">Small wins logged</th><td>5</td>' in html
    assert "Another group" not in html
    assert CANARY not in html


def test_the_csv_has_every_figure_one_per_line(client, group):
    cohort, facilitator = group
    add_members(cohort, 5)
    client.force_login(facilitator)
    response = client.get(url(cohort) + "figures.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Report", "Row", "Figure", "Value"]
    assert ["Small steps", "Small wins logged", "How many", "5"] in rows
    assert ["How members come to the course", "Thursday group", "Use or have used services", "5"] in rows
    assert CANARY not in response.content.decode()


def test_members_and_other_facilitators_get_a_404(client, group):
    cohort, _ = group
    (member,) = add_members(cohort, 1)
    elsewhere = CohortFactory(course=cohort.course).memberships.get(role=Role.FACILITATOR).user
    for person in (member, elsewhere):
        client.force_login(person)
        assert client.get(url(cohort)).status_code == 404
        assert client.get(url(cohort) + "figures.csv").status_code == 404
    client.logout()
    assert client.get(url(cohort)).status_code == 302


@pytest.mark.parametrize("members", [1, 30])
def test_the_page_costs_the_same_queries_for_a_small_or_a_full_group(group, page_within, members):
    cohort, facilitator = group
    add_members(cohort, members)
    page_within(url(cohort), GROUP_PAGE_QUERIES, as_user=facilitator)
