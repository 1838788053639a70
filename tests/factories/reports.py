"""Builders for the reports' tests: answers and records placed on a given day, made through the site's services."""

import datetime

from django.utils import timezone

from learning.models import ConfidenceCheck
from learning.services.confidence import confidence_record


def noon(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def rate(user, capability, rating: int, *, on: datetime.date) -> ConfidenceCheck:
    """One confidence check-in on one statement, made through the service, then dated `on` (at noon)."""
    (check,) = confidence_record(user=user, course=capability.course, ratings={capability.pk: rating})
    ConfidenceCheck.objects.filter(pk=check.pk).update(checked_at=noon(on))
    check.refresh_from_db()
    return check
