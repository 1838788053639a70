"""learning/migrations/0005: a request resolved before check-ins had states (`resolved_at`, now `done_at`) is done,
at the same moment; every request so far counts as asked when it was made."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.db import connection

from learning.models import CheckInRequest, CheckInState
from learning.services.journal import check_in_request
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("learning.migrations.0005_check_in_loop")


def _store_raw(pk: int, **columns) -> None:
    """Write as a row from before this migration: straight to the table."""
    assignments = ", ".join(f"{column} = %s" for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE learning_checkinrequest SET {assignments} WHERE id = %s", [*columns.values(), pk])  # noqa: S608


def test_resolved_requests_become_done_and_open_ones_stay_asked(course):
    cohort = CohortFactory(course=course.course, pair=False)
    person = UserFactory()
    MembershipFactory(cohort=cohort, user=person)
    resolved, still_open = (check_in_request(user=person, cohort=cohort, notify=False) for _ in range(2))
    made = datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC)
    resolved_then = made + datetime.timedelta(days=2)
    for row in (resolved, still_open):
        _store_raw(row.pk, created_at=made, asked_at=made + datetime.timedelta(days=9), state="asked")
    _store_raw(resolved.pk, done_at=resolved_then)

    migration.states_from_timestamps(apps, None)

    resolved, still_open = CheckInRequest.objects.get(pk=resolved.pk), CheckInRequest.objects.get(pk=still_open.pk)
    assert (resolved.state, resolved.done_at, resolved.asked_at) == (CheckInState.DONE, resolved_then, made)
    assert (still_open.state, still_open.done_at, still_open.asked_at) == (CheckInState.ASKED, None, made)
