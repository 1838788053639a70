"""The aggregation gate plays against the attacker of issue 13: someone who compares two views of a report to work
out one person's answer. Each attack below is one they would try; each must learn nothing about that person."""

import datetime

import pytest

from cohorts.models import Perspective, Role
from courses.models import CourseCapability
from learning.models import ConfidenceCheck
from reports.gate import HELD_BACK, Tally, average, count, tallies, tally
from reports.selectors.base import Choice
from reports.selectors.confidence import confidence_change, first_check_ins
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.reports import rate

DAY = datetime.date(2027, 3, 1)


def days(n: int) -> datetime.date:
    return DAY + datetime.timedelta(days=n)


@pytest.fixture
def capability(course):
    return course.course.capabilities.get()


def group_average(capability, *, start=None, end=None):
    """The figure a report shows: the average rating on a statement, through the gate."""
    checks = ConfidenceCheck.objects.filter(capability=capability)
    found = tally(checks, cells=("capability_id",), at="checked_at", value="rating", start=start, end=end)
    return found, average(found)


# The threshold


@pytest.mark.django_db
def test_below_five_people_nothing_is_shown_and_the_cell_says_so(capability):
    for rating in (2, 3, 4, 5):
        rate(UserFactory(), capability, rating, on=DAY)
    found, figure = group_average(capability)
    assert found.count == 0
    assert figure.value is None and figure.display == HELD_BACK == "fewer than 5"
    assert count(found).display == "fewer than 5"


@pytest.mark.django_db
def test_five_people_make_a_figure(capability):
    for rating in (3, 4, 4, 4, 5):
        rate(UserFactory(), capability, rating, on=DAY)
    found, figure = group_average(capability)
    assert (found.count, figure.value, figure.display) == (5, 4.0, "4.0")


def test_one_busy_person_is_not_five_people():
    # five lessons done by one person are five rows, but only one person stands behind them
    assert count(Tally(count=5, people=1)).value is None
    assert count(Tally(count=5, people=5)).value == 5


# Attack 1, from the issue: 4.0 with five answers, 3.5 with six, so the sixth was 1


@pytest.mark.django_db
def test_adding_one_answer_does_not_move_the_figure(capability):
    for rating in (4, 4, 4, 4, 4):
        rate(UserFactory(), capability, rating, on=days(0))
    before, shown_before = group_average(capability)
    rate(UserFactory(), capability, 1, on=days(1))  # the sixth person, whose answer the attacker wants
    after, shown_after = group_average(capability)

    assert (before.count, shown_before.value) == (5, 4.0)
    assert (after.count, shown_after.value) == (5, 4.0)  # unchanged: the attacker's 6 × 3.5 − 5 × 4.0 never happens
    inferred = after.count * shown_after.value - before.count * shown_before.value
    assert inferred == 0  # nothing to read: no one's answer is 0


@pytest.mark.django_db
def test_the_figure_moves_only_when_five_new_people_stand_behind_the_change(capability):
    for _ in range(5):
        rate(UserFactory(), capability, 4, on=days(0))
    secret = 1
    rate(UserFactory(), capability, secret, on=days(1))
    seen = set()
    for rating in (5, 3, 2, 5):  # four more people join, one by one
        _, shown = group_average(capability)
        seen.add(shown.value)
        rate(UserFactory(), capability, rating, on=days(2))
    after, shown_after = group_average(capability)
    assert seen == {4.0} and after.count == 10
    # the change now stands on five answers together (1+5+3+2+5): their sum, never the one
    difference = after.count * shown_after.value - 5 * 4.0
    assert difference == pytest.approx(secret + 5 + 3 + 2 + 5)
    assert difference != secret


# Attack 2: narrow the date range by a day


@pytest.mark.django_db
def test_narrowing_the_dates_by_a_day_drops_whole_blocks_or_nothing(capability):
    ratings = [4, 4, 4, 4, 4, 5, 5, 5, 5]
    for number, rating in enumerate(ratings):
        rate(UserFactory(), capability, rating, on=days(number))
    secret_day = days(len(ratings))
    rate(UserFactory(), capability, 1, on=secret_day)  # the only answer on the last day

    views = {}
    for first in range(len(ratings) + 1):
        for last in range(first, len(ratings) + 1):
            found, figure = group_average(capability, start=days(first), end=days(last))
            views[(first, last)] = (found.count, found.total, figure.value)
    counts = {view[0] for view in views.values()}
    assert counts <= {0, 5, 10}  # every view stands on whole blocks of five
    for view_a in views.values():
        for view_b in views.values():
            assert abs(view_a[0] - view_b[0]) in (0, 5, 10)  # no two views differ by one person
    with_secret_day = views[(0, len(ratings))]
    without_it = views[(0, len(ratings) - 1)]
    # the day's answer went with its whole block: the difference is five people's answers, not the one
    assert with_secret_day[0] - without_it[0] == 5
    assert with_secret_day[1] - without_it[1] == 5 + 5 + 5 + 5 + 1


@pytest.mark.django_db
def test_a_range_ending_inside_a_block_leaves_that_block_out(capability):
    for number in range(5):
        rate(UserFactory(), capability, 3, on=days(number))
    assert group_average(capability, end=days(3))[0].count == 0
    assert group_average(capability, end=days(4))[0].count == 5
    assert group_average(capability, start=days(1))[0].count == 0


# Attack 3: filter by group and by perspective, and subtract


def _cohort_with(course, people: list[tuple[str, int]]):
    cohort = CohortFactory(course=course.course)
    for perspective, rating in people:
        person = UserFactory()
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER, perspective=perspective)
        rate(person, course.course.capabilities.get(), rating, on=DAY)
    return cohort


@pytest.mark.django_db
def test_group_and_perspective_filters_never_isolate_one_person(course, capability):
    staff, lived, carer = Perspective.WORKS_IN_SERVICES, Perspective.USES_SERVICES, Perspective.CARER
    # the attacker knows the one carer in group A and wants their change
    group_a = _cohort_with(course, [(staff, 3)] * 5 + [(lived, 2)] * 5 + [(carer, 4)])
    group_b = _cohort_with(course, [(staff, 2)] * 5)
    carer_person = group_a.memberships.get(perspective=carer).user
    rate(carer_person, capability, 1, on=days(3))  # the carer's confidence went down by three steps

    def view(**chosen):
        firsts, places = first_check_ins(Choice(**chosen))
        return tally(firsts, cells=("capability_id",), places=places, at="checked_at", value="change")

    views = {
        "everyone": view(),
        "group A": view(cohort=group_a),
        "group B": view(cohort=group_b),
        "carers": view(perspective=carer),
        "group A carers": view(cohort=group_a, perspective=carer),
        "group A staff": view(cohort=group_a, perspective=staff),
        "group A people who use services": view(cohort=group_a, perspective=lived),
        "staff": view(perspective=staff),
    }
    assert views["group A carers"].count == 0 and views["carers"].count == 0
    assert views["group A"].count == 10 and views["everyone"].count == 15
    # every difference and sum the attacker can form stands on whole blocks, and the carer is in none of them
    for a in views.values():
        for b in views.values():
            assert (a.count - b.count) % 5 == 0
            assert (a.total - b.total) != -3
    group_a_minus_its_parts = (
        views["group A"].total - views["group A staff"].total - views["group A people who use services"].total
    )
    assert group_a_minus_its_parts == 0  # the carer's −3 is not in any figure


@pytest.mark.django_db
def test_the_confidence_report_shows_no_trace_of_a_single_carer(course, capability):
    staff, carer = Perspective.WORKS_IN_SERVICES, Perspective.CARER
    group = _cohort_with(course, [(staff, 2)] * 5 + [(carer, 5)])
    for membership in group.memberships.filter(role=Role.MEMBER, perspective=staff):
        rate(membership.user, capability, 3, on=days(2))
    lonely = group.memberships.get(perspective=carer).user
    before = confidence_change(Choice(cohort=group)).rows[0]
    rate(lonely, capability, 1, on=days(3))
    after = confidence_change(Choice(cohort=group)).rows[0]
    assert before == after
    assert (after.people.value, after.up_one.value, after.average_change.value) == (5, 5, 1.0)
    assert after.down_more.display == "fewer than 5"
    carers = confidence_change(Choice(cohort=group, perspective=carer)).rows[0]
    assert carers.people.display == "fewer than 5" and carers.average_change.display == "fewer than 5"


# The blocks are the same whoever looks and whatever they choose


@pytest.mark.django_db
def test_blocks_are_cut_per_cell_over_the_whole_history(capability, course):
    other = CourseCapability.objects.create(course=course.course, text="Listen without fixing", sort_order=1)
    for number in range(7):
        rate(UserFactory(), capability, 2, on=days(number))
        rate(UserFactory(), other, 4, on=days(number))
    found = tallies(
        ConfidenceCheck.objects.all(), cells=("capability_id",), by=("capability_id",), at="checked_at", value="rating"
    )
    assert found[(capability.pk,)] == Tally(count=5, total=10, people=5)
    assert found[(other.pk,)] == Tally(count=5, total=20, people=5)
    # limiting the rows to one statement changes nothing for it: its blocks do not depend on the other's
    only_one = tally(ConfidenceCheck.objects.filter(capability=other), cells=("capability_id",), at="checked_at")
    assert only_one.count == 5
