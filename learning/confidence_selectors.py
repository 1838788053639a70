"""Readers of "Where am I now?" confidence check-ins. Each works in a fixed number of queries."""

import datetime
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Max
from django.utils import timezone

from colearn.models import User
from courses.models import CourseCapability, CoursePage
from learning.models import ConfidenceCheck
from learning.selectors import courses_taken

# Below this many answers a group average could give away one person's own rating, so none is shown.


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
    """The courses the person takes (learning.selectors.courses_taken), with when they last checked in. Three
    queries."""
    courses = courses_taken(user)
    last = dict(
        ConfidenceCheck.objects.filter(user=user, capability__course__in=[course.pk for course in courses])
        .values("capability__course_id")
        .annotate(last=Max("checked_at"))
        .values_list("capability__course_id", "last")
    )
    return [FollowedCourse(course, last.get(course.pk)) for course in courses]
