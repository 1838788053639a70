"""The learning app's part of the privacy registry: readers that export a person's own rows, and erasers.

learning/privacy.py registers them; learning.services.person_data builds the download and runs the erasure."""

from dataclasses import dataclass, replace

from django.db import transaction

from colearn.models import User
from colearn.privacy_exports import iso
from learning.models import (
    Certificate,
    CheckInRequest,
    ConfidenceCheck,
    CourseFollow,
    JournalDraft,
    JournalEntry,
    LessonCompletion,
    Response,
)
from learning.services.data_rights import ExportedEntry, _entry_json, journal_export_entries

ANONYMOUS_RESPONDER = "Someone in your group"

# --- The learning app's readers (registered in learning/privacy.py) ----------------------------------------------


@dataclass(frozen=True)
class _Nobody:
    public_name: str = ANONYMOUS_RESPONDER


@dataclass(frozen=True)
class _UnnamedResponse:
    """A response to the person's entry as the full export shows it: what was said and when, never by whom."""

    text: str
    created_at: object
    hidden_at: object
    author: _Nobody = _Nobody()


def own_journal(*, user: User) -> list[ExportedEntry]:
    """The person's own entries with the responses to them, the responders not named."""
    items = journal_export_entries(user=user)
    return [
        replace(
            item,
            responses=[
                _UnnamedResponse(text=r.text, created_at=r.created_at, hidden_at=r.hidden_at) for r in item.responses
            ],
        )
        for item in items
    ]


def export_journal_entries(user: User, *, items: list[ExportedEntry] | None = None) -> list[dict]:
    rows = []
    for item in own_journal(user=user) if items is None else items:
        row = _entry_json(item)
        for response in row["responses"]:
            response.pop("by", None)
        rows.append(row)
    return rows


def export_drafts(user: User) -> list[dict]:
    rows = JournalDraft.objects.filter(author=user).order_by("updated_at", "pk")
    return [{"form": row.key, "title": row.title, "text": row.text, "saved": iso(row.updated_at)} for row in rows]


def export_responses(user: User) -> list[dict]:
    """What the person wrote in reply to others. The entry they replied to is someone else's, so only its id."""
    rows = Response.objects.filter(author=user).select_related("entry__cohort").order_by("created_at", "pk")
    return [
        {
            "written": iso(row.created_at),
            "changed": iso(row.updated_at),
            "text": row.text,
            "group": row.entry.cohort.name if row.entry.cohort else "",
            "reply_to_entry": row.entry_id,
            "hidden_by_a_facilitator": row.hidden_at is not None,
            "why_it_was_hidden": row.hidden_reason,
        }
        for row in rows
    ]


def export_check_ins(user: User) -> list[dict]:
    rows = CheckInRequest.objects.filter(user=user).select_related("cohort", "lesson").order_by("created_at")
    return [
        {
            "group": row.cohort.name,
            "lesson": row.lesson.title if row.lesson else "",
            "asked": iso(row.created_at),
            "resolved": iso(row.resolved_at),
        }
        for row in rows
    ]


def export_confidence(user: User) -> list[dict]:
    from learning.services.confidence import CONFIDENCE_WORDS

    rows = ConfidenceCheck.objects.filter(user=user).select_related("capability").order_by("checked_at", "pk")
    return [
        {
            "statement": row.capability.text,
            "where_you_were": row.rating,
            "in_words": CONFIDENCE_WORDS.get(row.rating, ""),
            "when": iso(row.checked_at),
        }
        for row in rows
    ]


def export_completions(user: User) -> list[dict]:
    rows = LessonCompletion.objects.filter(user=user).select_related("lesson", "course").order_by("completed_at")
    return [
        {"course": row.course.title, "lesson": row.lesson.title, "marked_done": iso(row.completed_at)} for row in rows
    ]


def export_follows(user: User) -> list[dict]:
    rows = CourseFollow.objects.filter(user=user).select_related("course").order_by("started_at")
    return [
        {"course": row.course.title, "started": iso(row.started_at), "last_active": iso(row.last_active_at)}
        for row in rows
    ]


def export_certificates(user: User) -> list[dict]:
    rows = Certificate.objects.filter(user=user).order_by("issued_at")
    return [
        {"course": row.course_title, "name_on_it": row.recipient_name, "issued": iso(row.issued_at), "code": row.code}
        for row in rows
    ]


# --- The learning app's erasers (registered in learning/privacy.py) ----------------------------------------------


@transaction.atomic
def journal_entry_erase_all(*, user: User) -> None:
    """Every entry the person wrote, with the responses to it (which were written for that entry)."""
    JournalEntry.objects.filter(author=user).delete()


@transaction.atomic
def journal_draft_erase_all(*, user: User) -> None:
    JournalDraft.objects.filter(author=user).delete()


@transaction.atomic
def response_erase_all(*, user: User) -> None:
    """The responses they wrote, and the reasons they gave as a facilitator for hiding other people's (the response
    stays hidden; only the erased person's words go)."""
    Response.objects.filter(author=user).delete()
    Response.objects.filter(hidden_by=user).update(hidden_reason="", hidden_by=None)


@transaction.atomic
def check_in_erase_all(*, user: User) -> None:
    CheckInRequest.objects.filter(user=user).delete()


@transaction.atomic
def course_follow_erase_all(*, user: User) -> None:
    CourseFollow.objects.filter(user=user).delete()


@transaction.atomic
def certificate_erase_all(*, user: User) -> None:
    Certificate.objects.filter(user=user).delete()
