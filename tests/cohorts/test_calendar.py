"""Calendar files parse back as RFC 5545, with stable UIDs so updates replace rather than duplicate."""

import datetime

import pytest
from icalendar import Calendar

from cohorts.models import Membership
from cohorts.services import calendar_feed_get_or_create, calendar_feed_regenerate, membership_leave, session_update
from tests.factories import LiveSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


def events(content: bytes):
    return [c for c in Calendar.from_ical(content).walk() if c.name == "VEVENT"]


def test_a_session_download_is_a_valid_calendar_file(client, cohort, member):
    session = LiveSessionFactory(cohort=cohort, location="Community hall, 2 High Street")
    client.force_login(member)
    response = client.get(f"/cohorts/{cohort.slug}/sessions/{session.pk}.ics")
    assert response["Content-Type"].startswith("text/calendar")
    [event] = events(response.content)
    assert str(event["uid"]) == f"{session.uid}@colearn"
    assert event["dtstart"].dt == session.starts_at.replace(microsecond=0)
    assert str(event["location"]) == "Community hall, 2 High Street"


def test_an_update_keeps_the_uid_and_raises_the_sequence(client, cohort, facilitator, member):
    session = LiveSessionFactory(cohort=cohort)
    session_update(
        session=session,
        by=facilitator,
        starts_at=session.starts_at + datetime.timedelta(hours=1),
        ends_at=session.ends_at + datetime.timedelta(hours=1),
    )
    client.force_login(member)
    [event] = events(client.get(f"/cohorts/{cohort.slug}/sessions/{session.pk}.ics").content)
    assert str(event["uid"]) == f"{session.uid}@colearn" and event["sequence"] == 1


def test_the_private_feed_lists_my_groups_sessions_and_stops_when_replaced(client, cohort, member):
    LiveSessionFactory(cohort=cohort, title="First")
    LiveSessionFactory(
        title="Another group's",
        cohort=type(cohort).objects.create(
            course=cohort.course,
            name="Other",
            slug="other",
            applications_open_at=cohort.applications_open_at,
            apply_by=cohort.apply_by,
            starts_on=cohort.starts_on,
            ends_on=cohort.ends_on,
            capacity=5,
        ),
    )
    feed = calendar_feed_get_or_create(user=member)
    response = client.get(f"/cohorts/calendar/{feed.token}.ics")
    assert [str(e["summary"]) for e in events(response.content)] == [f"First ({cohort.name})"]

    old = feed.token
    calendar_feed_regenerate(user=member)
    assert client.get(f"/cohorts/calendar/{old}.ics").status_code == 404


def test_the_feed_forgets_a_group_once_you_leave(client, cohort, member):
    LiveSessionFactory(cohort=cohort)
    feed = calendar_feed_get_or_create(user=member)
    membership_leave(membership=Membership.objects.get(user=member))
    assert events(client.get(f"/cohorts/calendar/{feed.token}.ics").content) == []


def test_a_guessed_feed_token_is_a_404(client, db):
    UserFactory()
    assert client.get("/cohorts/calendar/not-a-token.ics").status_code == 404
