"""The reminder the day before a live session: only for people who asked, once each, with the session's calendar
file, and never for a session that was cancelled, moved or is over."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from icalendar import Calendar

from cohorts.models import Role, SessionReminder
from cohorts.services import session_cancel, session_reminders_send, session_schedule, session_update
from colearn.models import Notice
from tests.factories import (
    CohortFactory,
    LiveSessionFactory,
    MembershipFactory,
    PersonWithoutEmailFactory,
    UserFactory,
    build_course,
    build_site,
)
from tests.factories.users import asking_for

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
REMINDER_TASK = "cohorts.tasks.send_session_reminders"


def send(session) -> int:
    return session_reminders_send(session_id=session.pk, starts_at=session.starts_at)


def reminders_to():
    return sorted(email.to[0] for email in mail.outbox if "reminder" in email.subject)


@pytest.fixture
def people(cohort, facilitator, member):
    asking = asking_for(UserFactory(display_name="Asha", email="asha@example.org"), "session_reminders")
    MembershipFactory(cohort=cohort, user=asking)
    left = asking_for(UserFactory(email="left@example.org"), "session_reminders")
    MembershipFactory(cohort=cohort, user=left, ended_at=timezone.now())
    digest_only = asking_for(UserFactory(email="digest@example.org"), "weekly_digest")
    MembershipFactory(cohort=cohort, user=digest_only)
    asking_for(facilitator, "session_reminders")
    return {"asking": asking, "left": left, "digest_only": digest_only, "not_asking": member}


def test_the_reminder_goes_once_to_the_active_members_who_asked_with_a_calendar_file(cohort, facilitator, people):
    starts = (timezone.now() + datetime.timedelta(days=1)).replace(microsecond=0)
    session = LiveSessionFactory(cohort=cohort, title="Hope in practice", location="Room 2", starts_at=starts)

    assert send(session) == 2

    assert reminders_to() == sorted(["asha@example.org", facilitator.email])
    email = next(email for email in mail.outbox if email.to == ["asha@example.org"])
    assert email.subject.startswith("Colearn: reminder: Hope in practice, ")
    assert "A reminder, as you asked" in email.body and "Room 2" in email.body
    assert "switch reminders off" in email.body
    assert f"/cohorts/{cohort.slug}/sessions/{session.pk}/" in email.body, "it names the session's own page"
    [(filename, content, mimetype)] = email.attachments
    assert (filename, mimetype) == ("session.ics", "text/calendar")
    [event] = Calendar.from_ical(content).walk("VEVENT")
    assert str(event["uid"]) == f"{session.uid}@colearn"
    assert event.decoded("dtstart") == session.starts_at
    assert set(SessionReminder.objects.values_list("user__email", flat=True)) == set(reminders_to())

    mail.outbox.clear()
    assert send(session) == 0, "a re-run, or a second worker, sends nobody a second reminder"
    assert mail.outbox == []


def test_someone_without_an_email_address_who_asked_gets_a_notice(cohort, people):
    person = asking_for(PersonWithoutEmailFactory(), "session_reminders")
    MembershipFactory(cohort=cohort, user=person)
    session = LiveSessionFactory(cohort=cohort, title="Hope in practice")

    send(session)

    [notice] = Notice.objects.filter(user=person)
    assert notice.kind == "session_reminders" and "Hope in practice" in notice.subject
    assert notice.link == f"/cohorts/{cohort.slug}/sessions/{session.pk}/"


def test_no_reminder_for_a_cancelled_moved_or_past_session(cohort, facilitator, people):
    cancelled = LiveSessionFactory(cohort=cohort)
    session_cancel(session=cancelled, by=facilitator)
    assert send(cancelled) == 0

    moved = LiveSessionFactory(cohort=cohort)
    queued_for = moved.starts_at
    later = queued_for + datetime.timedelta(days=2)
    session_update(session=moved, by=facilitator, starts_at=later, ends_at=later + datetime.timedelta(hours=2))
    assert session_reminders_send(session_id=moved.pk, starts_at=queued_for) == 0

    past = LiveSessionFactory(cohort=cohort, starts_at=timezone.now() - datetime.timedelta(hours=1))
    assert send(past) == 0

    gone = LiveSessionFactory(cohort=cohort)
    gone_id, gone_start = gone.pk, gone.starts_at
    gone.delete()
    assert session_reminders_send(session_id=gone_id, starts_at=gone_start) == 0

    assert reminders_to() == [] and not SessionReminder.objects.exists()


@override_settings(TASKS=DATABASE_QUEUE)
def test_scheduling_a_session_queues_its_reminder_for_the_day_before(cohort, facilitator):
    starts = (timezone.now() + datetime.timedelta(days=5)).replace(microsecond=0)
    session = session_schedule(
        cohort=cohort,
        by=facilitator,
        title="Hope in practice",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=1),
        location="Hall",
    )

    [queued] = DBTaskResult.objects.filter(task_path=REMINDER_TASK)
    assert queued.run_after == starts - datetime.timedelta(hours=24)
    assert queued.args_kwargs["kwargs"] == {"session_id": session.pk, "starts_at": starts.isoformat()}


@override_settings(TASKS=DATABASE_QUEUE)
def test_moving_a_session_queues_a_reminder_for_the_new_time_and_other_changes_do_not(cohort, facilitator):
    session = LiveSessionFactory(cohort=cohort)
    new_start = session.starts_at + datetime.timedelta(days=1)

    session_update(session=session, by=facilitator, title="A new title")
    assert not DBTaskResult.objects.filter(task_path=REMINDER_TASK).exists()
    session_update(
        session=session, by=facilitator, starts_at=new_start, ends_at=new_start + datetime.timedelta(hours=2)
    )

    [queued] = DBTaskResult.objects.filter(task_path=REMINDER_TASK)
    assert queued.run_after == new_start - datetime.timedelta(hours=24)


@override_settings(TASKS=DATABASE_QUEUE)
def test_a_session_arranged_for_later_today_is_reminded_of_straight_away(cohort, facilitator):
    starts = timezone.now() + datetime.timedelta(hours=3)
    session_schedule(
        cohort=cohort,
        by=facilitator,
        title="x",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=1),
        location="Hall",
    )
    [queued] = DBTaskResult.objects.filter(task_path=REMINDER_TASK)
    assert queued.run_after <= timezone.now()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE_QUEUE)
def test_the_worker_sends_the_reminder_when_its_day_comes():
    cohort = CohortFactory(course=build_course(build_site()[1]).course, pair__staff="Priya", pair__peer="Sam")
    facilitator = cohort.memberships.get(role=Role.FACILITATOR).user
    asking = asking_for(UserFactory(email="asha@example.org"), "session_reminders")
    MembershipFactory(cohort=cohort, user=asking)
    starts = timezone.now() + datetime.timedelta(days=3)
    session_schedule(
        cohort=cohort,
        by=facilitator,
        title="Hope",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=1),
        location="Hall",
        notify=False,
    )
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")
    assert mail.outbox == [], "not before its day"

    DBTaskResult.objects.filter(task_path=REMINDER_TASK).update(run_after=timezone.now())  # two days later
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    [email] = mail.outbox
    assert email.to == ["asha@example.org"] and "reminder: Hope" in email.subject
    assert DBTaskResult.objects.get(task_path=REMINDER_TASK).status == TaskResultStatus.SUCCESSFUL
