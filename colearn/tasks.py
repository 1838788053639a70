"""Background work, run by the worker (`manage.py db_worker`, README "The background worker").

Email is delivered here, not in the request, so a slow or failing mail server never slows or breaks a page: the
request renders the email (its templates need model objects) and queues what the mail server needs, as JSON.
"""

import base64
import logging
from datetime import timedelta

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

DELIVERY_TASK = "colearn.tasks.deliver_email"
# A mail server that is down for a while gets a few more tries, further apart, before the email is given up on.
RETRY_AFTER_MINUTES = (1, 10, 60, 6 * 60)


def enqueue_after(task_to_run, run_after, **kwargs):
    """Queue a task to run once `run_after` has passed. A backend that cannot wait (the immediate one the tests and
    a site without TASKS use) runs it now if it is due and otherwise not at all: the scheduled work in this project
    (reminders, digests) re-checks when it runs, so running early would be wrong and skipping it is safe."""
    if task_to_run.get_backend().supports_defer:
        return task_to_run.using(run_after=run_after).enqueue(**kwargs)
    if run_after <= timezone.now():
        return task_to_run.enqueue(**kwargs)
    return None


def _base64(content: str | bytes) -> str:
    # EmailMessage.attach keeps a text/* attachment (the .ics) as str, anything else as bytes.
    return base64.b64encode(content.encode() if isinstance(content, str) else content).decode("ascii")


def email_payload(message: EmailMessage) -> dict:
    return {
        "subject": message.subject,
        "body": message.body,
        "to": list(message.to),
        "from_email": message.from_email,
        "alternatives": [[content, mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": [
            {"filename": name, "content": _base64(content), "mimetype": mimetype}
            for name, content, mimetype in message.attachments
        ],
    }


def _message(payload: dict) -> EmailMessage:
    message = EmailMultiAlternatives(
        subject=payload["subject"], body=payload["body"], to=payload["to"], from_email=payload["from_email"]
    )
    for content, mimetype in payload["alternatives"]:
        message.attach_alternative(content, mimetype)
    for item in payload["attachments"]:
        message.attach(item["filename"], base64.b64decode(item["content"]), item["mimetype"])
    return message


def queue_email(message: EmailMessage, *, kind: str, user_id: int | None):
    """Hand a rendered email to the worker. `kind` and `user_id` (the person it is for, when it is for an account)
    are only for the log and for erasure; queued inside a transaction, it commits or rolls back with it."""
    return deliver_email.enqueue(kind=kind, user_id=user_id, email=email_payload(message))


@task()
def deliver_email(*, kind: str, user_id: int | None, email: dict, attempt: int = 1) -> str:
    """Send one queued email. `user_id` names the person it is for, so erasing them removes what is still queued.

    A failure is logged by kind, person id and error type only: never the subject, body or address, which may
    quote what someone wrote. It is tried again later while tries remain (on a queue that can wait).
    """
    try:
        _message(email).send()
    except Exception as error:
        retry = None
        if attempt <= len(RETRY_AFTER_MINUTES):
            later = timezone.now() + timedelta(minutes=RETRY_AFTER_MINUTES[attempt - 1])
            retry = enqueue_after(deliver_email, later, kind=kind, user_id=user_id, email=email, attempt=attempt + 1)
        logger.warning(
            "Could not send a %s email to user %s (try %s, %s): %s",
            kind,
            user_id,
            attempt,
            "will try again" if retry else "giving up",
            type(error).__name__,
        )
        return "failed"
    return "sent"


def email_deliveries_to(user):
    """The queue's emails to this person, waiting or sent (by the id deliver_email is given)."""
    return DBTaskResult.objects.filter(task_path=DELIVERY_TASK, args_kwargs__kwargs__user_id=user.pk)


def email_deliveries_of(user) -> list:
    return list(email_deliveries_to(user).order_by("enqueued_at"))
