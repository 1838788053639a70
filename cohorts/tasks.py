"""The cohorts app's work for the background worker: the reminder the day before a live session.

cohorts.services.session_reminder_schedule queues it when a session is scheduled or moved;
cohorts.services.session_reminders_send decides at run time whether it is still due, and to whom.
"""

from django.utils.dateparse import parse_datetime
from django_tasks import task

from cohorts import services


@task()
def send_session_reminders(*, session_id: int, starts_at: str) -> int:
    return services.session_reminders_send(session_id=session_id, starts_at=parse_datetime(starts_at))
