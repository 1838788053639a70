"""What every report is asked for (a date range, a course, a group) and what it hands back (a sentence, rows and a
chart), plus the one way a person's own record is placed in a group, so the gate can cut blocks per group."""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Exists, F, OuterRef, Q, QuerySet

from cohorts.models import Cohort, Membership, Role
from colearn.charts import BarChart
from courses.models import CoursePage
from reports.gate import Tally


@dataclass(frozen=True)
class Choice:
    """The filters chosen: days from `start` to `end` (both included, either open), one course, one group."""

    start: datetime.date | None = None
    end: datetime.date | None = None
    course: CoursePage | None = None
    cohort: Cohort | None = None
    perspective: str | None = None  # a Perspective value; only reports that count by perspective offer it

    @property
    def days(self) -> dict[str, datetime.date | None]:
        return {"start": self.start, "end": self.end}


@dataclass
class Report:
    sentence: str  # one plain sentence saying what the report counts
    rows: list[Any]
    charts: list[BarChart] = field(default_factory=list)


def in_groups(queryset: QuerySet, choice: Choice, *, cohort: str = "cohort") -> QuerySet:
    """Rows that belong to a group, limited to the group and course chosen."""
    if choice.cohort is not None:
        queryset = queryset.filter(**{cohort: choice.cohort})
    if choice.course is not None:
        queryset = queryset.filter(**{f"{cohort}__course": choice.course})
    return queryset


@dataclass(frozen=True)
class Places:
    """Where a person's own records (lessons done, check-ins, small steps) belong: the group in which the person
    takes the course (their most recent place as a member there, none when they follow it at their own pace) and
    how they said they come to it. The gate cuts blocks per group and perspective, so each record must belong to
    exactly one, for "this group" and "every group" to differ by whole blocks only.

    Worked out once per query, for everyone, and joined to the records by person and course in the gate: looking
    it up for each record instead cost two subqueries a row (16 s for a million lessons done at 100k people)."""

    person: str  # the record's field naming its person
    course: str  # the record's field (or annotation) naming its course
    group: int | None = None  # only records of this group's members
    perspective: str | None = None  # only records of people who come to the course this way

    @staticmethod
    def rows() -> QuerySet:
        """One row per person and course: place_person, place_course, place_group, place_perspective. Each place
        with no later one for the same person and course: an anti-join the database plans from its own statistics
        (a window function's "first row" would be guessed at a hundred rows, and joined as if it were)."""
        same_person_and_course = Membership.objects.filter(
            role=Role.MEMBER, user_id=OuterRef("user_id"), cohort__course_id=OuterRef("cohort__course_id")
        )
        later = same_person_and_course.filter(
            Q(joined_at__gt=OuterRef("joined_at")) | Q(joined_at=OuterRef("joined_at"), pk__gt=OuterRef("pk"))
        )
        return (
            Membership.objects.filter(role=Role.MEMBER)
            .filter(~Exists(later))
            .order_by()
            .values(
                place_person=F("user_id"),
                place_course=F("cohort__course_id"),
                place_group=F("cohort_id"),
                place_perspective=F("perspective"),
            )
        )


def in_persons_group(queryset: QuerySet, choice: Choice, *, user: str, course: str) -> tuple[QuerySet, Places]:
    """A person's own records limited to the course chosen, and how the gate places them in groups and
    perspectives, limited to the group and perspective chosen."""
    if choice.course is not None:
        queryset = queryset.filter(**{course: choice.course.pk})
    if choice.cohort is not None:
        # The group's members first: an indexed narrowing that changes nothing (only a member's records can be in
        # the group), so one group's figures never rank every person's records.
        members = Membership.objects.filter(cohort=choice.cohort, role=Role.MEMBER).values("user_id")
        queryset = queryset.filter(**{f"{user}__in": members})
    group = choice.cohort.pk if choice.cohort is not None else None
    return queryset, Places(person=user, course=course, group=group, perspective=choice.perspective)


def combined(*parts: Tally) -> Tally:
    """Tallies of separate cells added up: whole blocks plus whole blocks are still whole blocks."""
    return Tally(
        count=sum(part.count for part in parts),
        total=sum(part.total for part in parts),
        people=sum(part.people for part in parts),
    )


def groups_chosen(choice: Choice) -> QuerySet:
    cohorts = Cohort.objects.select_related("course").order_by("-starts_on", "name")
    if choice.cohort is not None:
        cohorts = cohorts.filter(pk=choice.cohort.pk)
    if choice.course is not None:
        cohorts = cohorts.filter(course=choice.course)
    return cohorts
