"""The only writers of responses to shared entries."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from colearn.models import User
from colearn.notifications import send_email
from colearn.sanitize import rich_text_to_plain, text_to_rich_text
from learning.models import JournalEntry, Response
from learning.permissions import can_edit_response, can_moderate, can_respond

MAX_RESPONSE = 5_000


def _clean(text: str) -> str:
    if len(text or "") > MAX_RESPONSE:
        raise ValidationError({"text": f"Please keep a response under {MAX_RESPONSE:,} characters."})
    cleaned = text_to_rich_text(text)
    if not rich_text_to_plain(cleaned):
        raise ValidationError({"text": "Write your response before sending it."})
    return cleaned


@transaction.atomic
def response_create(*, entry: JournalEntry, author: User, text: str, notify: bool = True) -> Response:
    if not can_respond(author, entry):
        raise PermissionDenied
    response = Response(entry=entry, author=author, text=text.replace("\r\n", "\n").strip(), body=_clean(text))
    response.full_clean()
    response.save()
    if notify and entry.author_id != author.pk:
        writer = entry.author
        transaction.on_commit(
            lambda: send_email(
                user=writer,
                kind="responses",
                subject=f"{author.public_name} responded to your reflection",
                template="learning/email/response.txt",
                context={"entry": entry, "responder": author},
            )
        )
    return response


@transaction.atomic
def response_update(*, response: Response, by: User, text: str) -> Response:
    if not can_edit_response(by, response):
        raise PermissionDenied
    response.text, response.body = text.replace("\r\n", "\n").strip(), _clean(text)
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
    reason = " ".join(reason.split())
    if not reason or len(reason) > 300:
        raise ValidationError({"reason": "Give a short reason (up to 300 characters). Its author will see it."})
    response.hidden_at, response.hidden_by, response.hidden_reason = timezone.now(), by, reason
    response.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    return response
