"""The learning app's part of the privacy registry: readers that export a person's own rows, and erasers.

learning/privacy.py registers them; learning.services.person_data builds the download and runs the erasure."""

from dataclasses import dataclass, replace

from django.db import transaction
from django.db.models import Prefetch

from colearn.models import User
from colearn.privacy_exports import iso
from learning.models import (
    Certificate,
    CheckInNote,
    CheckInRequest,
    ConfidenceCheck,
    CourseFollow,
    JournalDraft,
    JournalEntry,
    LearningPartnership,
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
    """Each check-in the person asked for, where it got to, and its whole thread (their notes and their
    facilitators' replies to them)."""
    notes = Prefetch("notes", queryset=CheckInNote.objects.select_related("author").order_by("created_at", "pk"))
    rows = (
        CheckInRequest.objects.filter(user=user)
        .select_related("cohort", "lesson", "seen_by", "done_by")
        .prefetch_related(notes)
        .order_by("created_at", "pk")
    )
    return [
        {
            "group": row.cohort.name,
            "lesson": row.lesson.title if row.lesson else "",
            "first_asked": iso(row.created_at),
            "last_asked": iso(row.asked_at),
            "where_it_is": row.get_state_display(),
            "seen": iso(row.seen_at),
            "seen_by": row.seen_by.public_name if row.seen_by else "",
            "done": iso(row.done_at),
            "done_by": row.done_by.public_name if row.done_by else "",
            "notes": [
                {
                    "written": iso(note.created_at),
                    "by": "You" if note.author_id == user.pk else note.author.public_name,
                    "text": note.text,
                }
                for note in row.notes.all()
            ],
        }
        for row in rows
    ]


def export_check_in_notes(user: User) -> list[dict]:
    """Notes the person wrote as a facilitator in other people's check-ins (their own check-ins' notes are with
    their check-ins). The check-in is the other person's, so only its group and id."""
    rows = (
        CheckInNote.objects.filter(author=user)
        .exclude(check_in__user=user)
        .select_related("check_in__cohort")
        .order_by("created_at", "pk")
    )
    return [
        {
            "written": iso(row.created_at),
            "text": row.text,
            "group": row.check_in.cohort.name,
            "in_check_in": row.check_in_id,
        }
        for row in rows
    ]


def export_partnerships(user: User) -> list[dict]:
    """The person's own invitations and partnerships: who with (the other person's name alone), and when."""
    rows = (
        LearningPartnership.objects.involving(user)
        .select_related("cohort", "inviter", "invitee")
        .order_by("invited_at", "pk")
    )
    return [
        {
            "group": row.cohort.name,
            "with": row.other(user).public_name,
            "invited_by": "you" if row.inviter_id == user.pk else "them",
            "invited": iso(row.invited_at),
            "accepted": iso(row.accepted_at),
            "declined": iso(row.declined_at),
            "ended_or_withdrawn": iso(row.ended_at),
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
def partnership_erase_all(*, user: User) -> None:
    """Every invitation and partnership the person was part of, on either side. Entries the other person shared in
    one are then read by nobody but their writer (visible_to needs the partnership)."""
    LearningPartnership.objects.involving(user).delete()


@transaction.atomic
def check_in_erase_all(*, user: User) -> None:
    """Every check-in the person asked for, with its whole thread (the replies were written for them)."""
    CheckInRequest.objects.filter(user=user).delete()


@transaction.atomic
def check_in_note_erase_all(*, user: User) -> None:
    """The notes they wrote anywhere, and their name as the facilitator who saw or finished someone's check-in
    (the check-in keeps its state and times)."""
    CheckInNote.objects.filter(author=user).delete()
    CheckInRequest.objects.filter(seen_by=user).update(seen_by=None)
    CheckInRequest.objects.filter(done_by=user).update(done_by=None)


@transaction.atomic
def course_follow_erase_all(*, user: User) -> None:
    CourseFollow.objects.filter(user=user).delete()


@transaction.atomic
def certificate_erase_all(*, user: User) -> None:
    Certificate.objects.filter(user=user).delete()
