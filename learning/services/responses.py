"""The only writers of responses to shared entries."""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from colearn.fields import too_long_message, typed_text
from colearn.models import User
from colearn.notifications import send_email
from colearn.sanitize import rich_text_to_plain, text_to_rich_text
from learning.models import JournalEntry, Response
from learning.permissions import can_edit_response, can_moderate, can_respond
from learning.services.submission import earlier_submission, save_once

MAX_RESPONSE = 5_000
MAX_REASON = 300


def _clean(text: str) -> str:
    if len(text) > MAX_RESPONSE:
        raise ValidationError({"text": too_long_message(limit=MAX_RESPONSE, length=len(text))})
    cleaned = text_to_rich_text(text)
    if not rich_text_to_plain(cleaned):
        raise ValidationError({"text": "Write your response before sending it."})
    return cleaned


@transaction.atomic
def response_create(
    *, entry: JournalEntry, author: User, text: str, notify: bool = True, submission: uuid.UUID | None = None
) -> Response:
    """Post a response. The same form sent again (same `submission` token, same words) returns the response it made:
    no double. Other words under a used token are posted as a new response, never dropped."""
    if not can_respond(author, entry):
        raise PermissionDenied
    text = typed_text(text)
    earlier, submission = earlier_submission(
        Response, author=author, submission=submission, same=lambda r: (r.entry_id, r.text) == (entry.pk, text)
    )
    if earlier is not None:
        return earlier
    response = Response(entry=entry, author=author, text=text, body=_clean(text), submission=submission)
    response, saved_now = save_once(response, submission=submission)
    if not saved_now:
        return response
    if notify and entry.author_id != author.pk:
        writer = entry.author
        transaction.on_commit(
            lambda: send_email(
                user=writer,
                kind="responses",
                subject=f"{author.public_name} responded to your reflection",
                template="learning/email/response.txt",
                context={"entry": entry, "responder": author},
                link=reverse("journal_entry", kwargs={"entry_id": entry.pk}),
            )
        )
    return response


@transaction.atomic
def response_update(*, response: Response, by: User, text: str) -> Response:
    if not can_edit_response(by, response):
        raise PermissionDenied
    text = typed_text(text)
    response.text, response.body = text, _clean(text)
    response.save(update_fields=["text", "body", "updated_at"])
    return response


@transaction.atomic
def response_delete(*, response: Response, by: User) -> None:
    if not can_edit_response(by, response):
        raise PermissionDenied
    response.delete()


@transaction.atomic
def response_hide(*, response: Response, by: User, reason: str) -> Response:
    """A facilitator hides a response. Its author still sees it, marked hidden, with the reason."""
    if not can_moderate(by, response):
        raise PermissionDenied
    reason = typed_text(reason, single_line=True)
    if not reason or len(reason) > MAX_REASON:
        raise ValidationError({"reason": "Give a short reason (up to 300 characters). Its author will see it."})
    response.hidden_at, response.hidden_by, response.hidden_reason = timezone.now(), by, reason
    response.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    return response


@transaction.atomic
def response_show_again(*, response: Response, by: User) -> Response:
    """A facilitator undoes a hide (a mistake, or the matter is settled): everyone who can read the entry sees the
    response again."""
    if not can_moderate(by, response):
        raise PermissionDenied
    response.hidden_at, response.hidden_by, response.hidden_reason = None, None, ""
    response.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    return response
