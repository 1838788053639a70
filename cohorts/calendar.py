"""RFC 5545 calendar files for live sessions, built with the icalendar library."""

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vText

from cohorts.models import LiveSession

PRODID = "-//Colearn//Live sessions//EN"


def _event(session: LiveSession) -> Event:
    event = Event()
    event.add("uid", f"{session.uid}@colearn")
    event.add("sequence", session.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", f"{session.title} ({session.cohort.name})")
    description = [session.agenda] if session.agenda else []
    # A cancelled session offers no way to join (a finished one cannot be joined either, but a calendar shows it
    # as past already).
    if session.video_url and not session.cancelled_at:
        description.append(f"Join online: {session.video_url}")
        event.add("url", session.video_url)
    group = f"{settings.WAGTAILADMIN_BASE_URL}/cohorts/{session.cohort.slug}/"
    description.append(f"This session on Colearn: {group}sessions/{session.pk}/")
    event.add("description", "\n\n".join(description))
    if session.location:
        event["location"] = vText(session.location)
    event.add("status", "CANCELLED" if session.cancelled_at else "CONFIRMED")
    return event


def calendar_file(sessions: list[LiveSession], *, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    for session in sessions:
        calendar.add_component(_event(session))
    return calendar.to_ical()
