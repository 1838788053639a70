"""Readers of "Where am I now?" confidence check-ins. Each works in a fixed number of queries."""

import datetime
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Max
from django.utils import timezone

from cohorts.models import Cohort, Membership
from colearn.models import User
from courses.models import CourseCapability, CoursePage
from learning.models import ConfidenceCheck, CourseFollow

# Below this many answers a group average could give away one person's own rating, so none is shown.
ENOUGH_ANSWERS = 5


class ConfidencePoint(NamedTuple):
    checked_at: datetime.datetime
    rating: int

    @property
    def date(self) -> datetime.date:
        return timezone.localdate(self.checked_at)


@dataclass
class CapabilityHistory:
    capability: CourseCapability
    points: list[ConfidencePoint] = field(default_factory=list)  # oldest first

    @property
    def first(self) -> ConfidencePoint | None:
        return self.points[0] if self.points else None

    @property
    def latest(self) -> ConfidencePoint | None:
        return self.points[-1] if self.points else None


def course_capabilities(course: CoursePage) -> list[CourseCapability]:
    return list(CourseCapability.objects.filter(course=course).order_by("sort_order", "pk"))


def confidence_history(*, user: User, course: CoursePage) -> list[CapabilityHistory]:
    """The person's own ratings, per capability of the course (in course order), oldest first. Two queries."""
    history = {capability.pk: CapabilityHistory(capability) for capability in course_capabilities(course)}
    checks = (
        ConfidenceCheck.objects.filter(user=user, capability_id__in=list(history))
        .order_by("checked_at", "pk")
        .values_list("capability_id", "checked_at", "rating")
    )
    for capability_id, checked_at, rating in checks:
        history[capability_id].points.append(ConfidencePoint(checked_at, rating))
    return list(history.values())


@dataclass
class FollowedCourse:
    course: CoursePage
    last_checked_at: datetime.datetime | None


def confidence_courses(user: User) -> list[FollowedCourse]:
    """Courses the person follows (live ones, most recently active first), with when they last checked in. Two
    queries."""
    follows = list(CourseFollow.objects.filter(user=user, course__live=True).select_related("course"))
    last = dict(
        ConfidenceCheck.objects.filter(user=user, capability__course__in=[follow.course_id for follow in follows])
        .values("capability__course_id")
        .annotate(last=Max("checked_at"))
        .values_list("capability__course_id", "last")
    )
    return [FollowedCourse(follow.course, last.get(follow.course_id)) for follow in follows]


@dataclass(frozen=True)
class CapabilityConfidence:
    """A group's confidence in one capability. `average` is None unless enough members answered: never compute or
    pass on anything from which one person's rating could be read."""

    capability: CourseCapability
    answered: int
    average: float | None

    @property
    def enough(self) -> bool:
        return self.answered >= ENOUGH_ANSWERS


def cohort_confidence(cohort: Cohort) -> list[CapabilityConfidence]:
    """Per capability of the cohort's course: how many current members answered and, when at least five did, the
    average of each one's latest answer. Facilitators and people who left are not counted. Two queries."""
    capabilities = course_capabilities(cohort.course)
    members = Membership.objects.members().filter(cohort=cohort).values("user_id")
    latest: dict[tuple[int, int], int] = {}
    checks = (
        ConfidenceCheck.objects.filter(capability__in=capabilities, user_id__in=members)
        .order_by("checked_at", "pk")
        .values_list("user_id", "capability_id", "rating")
    )
    for user_id, capability_id, rating in checks:
        latest[(user_id, capability_id)] = rating  # later rows overwrite earlier ones
    by_capability: dict[int, list[int]] = {capability.pk: [] for capability in capabilities}
    for (_, capability_id), rating in latest.items():
        by_capability[capability_id].append(rating)
    return [_aggregate(capability, by_capability[capability.pk]) for capability in capabilities]


def _aggregate(capability: CourseCapability, ratings: list[int]) -> CapabilityConfidence:
    if len(ratings) < ENOUGH_ANSWERS:
        return CapabilityConfidence(capability=capability, answered=len(ratings), average=None)
    return CapabilityConfidence(
        capability=capability, answered=len(ratings), average=round(sum(ratings) / len(ratings), 1)
    )
