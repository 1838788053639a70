"""What every report is asked for (a date range, a course, a group) and what it hands back (a sentence, rows and a
chart), plus the one way a person's own record is placed in a group, so the gate can cut blocks per group."""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

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


def _places(*, user: str, course: str) -> QuerySet:
    """The person's places as a member in groups of the course, most recent first."""
    return Membership.objects.filter(
        user_id=OuterRef(user), cohort__course_id=OuterRef(course), role=Role.MEMBER
    ).order_by("-joined_at", "-pk")


def persons_group(*, user: str, course: str) -> Subquery:
    """The group in which a person takes a course (their most recent place as a member), or None when they follow
    it at their own pace. The gate cuts blocks per group, so a record about a person (a lesson done, a check-in)
    must belong to one group for "this group" and "every group" to differ by whole blocks only."""
    return Subquery(_places(user=user, course=course).values("cohort_id")[:1])


def persons_perspective(*, user: str, course: str) -> Subquery:
    """How the person said they come to the course, in that same place (None when they follow it on their own)."""
    return Subquery(_places(user=user, course=course).values("perspective")[:1])


def in_persons_group(queryset: QuerySet, choice: Choice, *, user: str, course: str) -> QuerySet:
    """A person's own records (lessons done, check-ins) with the group they belong to as `report_group` and their
    perspective there as `report_perspective`, limited to the course, group and perspective chosen."""
    queryset = queryset.annotate(
        report_group=persons_group(user=user, course=course),
        report_perspective=Coalesce(persons_perspective(user=user, course=course), Value("")),
    )
    if choice.perspective is not None:
        queryset = queryset.filter(report_perspective=choice.perspective)
    if choice.course is not None:
        queryset = queryset.filter(**{course: choice.course.pk})
    if choice.cohort is not None:
        # The group's members first: an indexed narrowing that changes nothing (only a member's records can be in
        # the group), so one group's figures never compute every person's group (26 s → under 1 s at 100k people).
        members = Membership.objects.filter(cohort=choice.cohort, role=Role.MEMBER).values("user_id")
        queryset = queryset.filter(**{f"{user}__in": members}, report_group=choice.cohort.pk)
    return queryset


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
