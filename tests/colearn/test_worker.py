"""The background worker: email is queued in the database by the request and sent by `manage.py db_worker`, so a
slow or broken mail server never slows or breaks a page, and nothing is lost while the worker is stopped."""

import base64
import datetime
import io
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from colearn.notifications import send_email, wants_email
from colearn.services import email_deliveries_purge
from colearn.tasks import DELIVERY_TASK
from learning.services.data_rights import person_erase
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course, build_site

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
ICS = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")


def queue_announcement_email(person, *, subject="Spring group: room change") -> bool:
    return send_email(
        user=person,
        kind="announcements",
        subject=subject,
        template="cohorts/email/announcement.txt",
        context={"announcement": None, "text": "We meet in Room 2."},
        link="/dashboard/",
        attachments=[("session.ics", ICS, "text/calendar")],
    )


class BrokenMailServer:
    """A mail backend that fails every time, counting its tries: a request must never reach it."""

    tries = 0

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        BrokenMailServer.tries += 1
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture
def broken_mail_server(settings):
    BrokenMailServer.tries = 0
    settings.EMAIL_BACKEND = "tests.colearn.test_worker.BrokenMailServer"
    return BrokenMailServer


# The worker closes and reopens database connections between tasks, as a long-running process must, so these run
# with real commits (transaction=True) rather than inside the test's own transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE_QUEUE)
def test_an_email_waits_in_the_database_until_the_worker_sends_it():
    person = UserFactory(email="sam@example.org")

    assert queue_announcement_email(person) is True
    assert mail.outbox == []
    [queued] = DBTaskResult.objects.filter(task_path=DELIVERY_TASK)
    assert queued.status == TaskResultStatus.READY

    run_worker()

    [email] = mail.outbox
    assert email.to == ["sam@example.org"]
    assert email.subject == "Colearn: Spring group: room change"
    assert "We meet in Room 2." in email.body
    assert email.attachments == [("session.ics", ICS.decode(), "text/calendar")]
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    run_worker()
    assert len(mail.outbox) == 1, "a delivered email is never sent again"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE_QUEUE)
def test_a_broken_mail_server_never_slows_or_fails_the_page(client, broken_mail_server, caplog):
    course = build_course(build_site()[1])
    cohort = CohortFactory(course=course.course, pair__staff="Priya", pair__peer="Sam")
    facilitator = cohort.memberships.get(user__display_name="Priya").user
    MembershipFactory(cohort=cohort, user=UserFactory(display_name="Jo", email="jo@example.org"))
    client.force_login(facilitator)

    response = client.post(
        f"/cohorts/{cohort.slug}/facilitate/announcements/new/",
        {"title": "Room change", "body": "Secret-ish detail: we meet in Room 2."},
    )

    assert response.status_code == 302
    assert broken_mail_server.tries == 0, "the page did not talk to the mail server"
    assert DBTaskResult.objects.filter(task_path=DELIVERY_TASK).count() == 2  # Jo and the peer facilitator

    with caplog.at_level(logging.WARNING, logger="colearn.tasks"):
        run_worker()

    assert broken_mail_server.tries == 2 and mail.outbox == []
    failures = [record.getMessage() for record in caplog.records if record.name == "colearn.tasks"]
    assert len(failures) == 2 and all("will try again" in line for line in failures)
    logged = "\n".join(failures)
    assert "Room" not in logged and "jo@example.org" not in logged, "the log never holds what the email said"
    # Each is waiting for its next try, a minute on: nothing is lost.
    retries = DBTaskResult.objects.filter(task_path=DELIVERY_TASK, status=TaskResultStatus.READY)
    assert retries.count() == 2
    assert all(row.args_kwargs["kwargs"]["attempt"] == 2 for row in retries)
    assert all(row.run_after > timezone.now() for row in retries)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE_QUEUE)
def test_a_retry_goes_once_the_mail_server_is_back(settings, broken_mail_server):
    queue_announcement_email(UserFactory(email="sam@example.org"))
    run_worker()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())  # a minute later

    run_worker()

    [email] = mail.outbox
    assert email.to == ["sam@example.org"] and email.attachments[0][1] == ICS.decode()


def test_with_tasks_run_at_once_a_broken_mail_server_still_never_fails_the_caller(db, broken_mail_server, caplog):
    with caplog.at_level(logging.WARNING, logger="colearn.tasks"):
        assert queue_announcement_email(UserFactory()) is True
    assert broken_mail_server.tries == 1
    assert "giving up" in caplog.text, "tasks run at once cannot wait to try again, and the log says so"


def test_the_queued_email_is_json_the_worker_can_rebuild(db):
    with override_settings(TASKS=DATABASE_QUEUE):
        queue_announcement_email(UserFactory())
    [queued] = DBTaskResult.objects.filter(task_path=DELIVERY_TASK)
    email = queued.args_kwargs["kwargs"]["email"]
    assert base64.b64decode(email["attachments"][0]["content"]) == ICS


def test_nothing_is_queued_for_a_kind_someone_switched_off(db):
    person = UserFactory()
    person.email_opt_outs = ["announcements"]
    person.save()
    with override_settings(TASKS=DATABASE_QUEUE):
        assert queue_announcement_email(person) is False
    assert not DBTaskResult.objects.exists()


def test_reminders_are_off_until_asked_for_and_other_emails_on_until_switched_off(db):
    person = UserFactory()
    assert wants_email(person, "announcements") is True
    assert wants_email(person, "session_reminders") is False
    assert wants_email(person, "weekly_digest") is False
    person.email_opt_ins = ["weekly_digest"]
    assert wants_email(person, "weekly_digest") is True and wants_email(person, "session_reminders") is False


def test_erasing_someone_removes_their_queued_emails_and_nobody_else_s(db):
    sam, jo = UserFactory(), UserFactory()
    with override_settings(TASKS=DATABASE_QUEUE):
        queue_announcement_email(sam, subject="For Sam")
        queue_announcement_email(jo, subject="For Jo")

    person_erase(user=sam)

    [left] = DBTaskResult.objects.filter(task_path=DELIVERY_TASK)
    assert left.args_kwargs["kwargs"]["email"]["subject"] == "Colearn: For Jo"


def test_sent_emails_leave_the_queue_after_a_week(db):
    with override_settings(TASKS=DATABASE_QUEUE):
        queue_announcement_email(UserFactory(), subject="Old")
        queue_announcement_email(UserFactory(), subject="Waiting")
    old = DBTaskResult.objects.get(args_kwargs__kwargs__email__subject="Colearn: Old")
    old.status, old.finished_at = TaskResultStatus.SUCCESSFUL, timezone.now() - datetime.timedelta(days=8)
    old.save()

    call_command("purge_expired", stdout=io.StringIO())

    assert list(DBTaskResult.objects.values_list("args_kwargs__kwargs__email__subject", flat=True)) == [
        "Colearn: Waiting"
    ]
    assert email_deliveries_purge(finished_before=timezone.now()) == 0
