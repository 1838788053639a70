"""The only writers of "My connections": a person's own list of community places and people, its dated history,
and sharing one with a group's facilitators — through the journal, so the journal's one privacy rule applies."""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from cohorts.models import Cohort
from colearn.fields import too_long_message, typed_text
from colearn.models import User
from colearn.privacy_exports import iso
from learning.models import Connection, ConnectionStatus, ConnectionUpdate, EntryKind, JournalEntry, Visibility
from learning.services.journal import entry_create, entry_delete, entry_update
from learning.services.submission import earlier_submission, save_once

MAX_NAME = 160
MAX_WENT_WITH = 200
MAX_FELT = 2_000
MAX_STEP = 300

SHARE_EVERYTHING = "everything"
SHARE_STEP = "step"


def _clean_text(*, name: str, went_with: str, how_it_felt: str, next_step: str) -> dict:
    """Typed text as the person meant it, each within its limit (the form says so first; this guards every other
    caller, such as the demo seeder)."""
    values = {
        "name": typed_text(name, single_line=True),
        "went_with": typed_text(went_with, single_line=True),
        "how_it_felt": typed_text(how_it_felt),
        "next_step": typed_text(next_step, single_line=True),
    }
    limits = {"name": MAX_NAME, "went_with": MAX_WENT_WITH, "how_it_felt": MAX_FELT, "next_step": MAX_STEP}
    errors = {
        field: too_long_message(limit=limits[field], length=len(value))
        for field, value in values.items()
        if len(value) > limits[field]
    }
    if errors:
        raise ValidationError(errors)
    return values


def _record(connection: Connection) -> None:
    ConnectionUpdate.objects.create(connection=connection, status=connection.status, next_step=connection.next_step)


@transaction.atomic
def connection_create(
    *,
    author: User,
    name: str = "",
    place=None,
    status: str = ConnectionStatus.THINKING,
    went_with: str = "",
    how_it_felt: str = "",
    next_step: str = "",
    submission: uuid.UUID | None = None,
) -> Connection:
    """Add a place or person to someone's connections: from the directory (`place`, whose name is kept with it) or
    named freely. The same form sent twice saves it once."""
    values = _clean_text(name=name, went_with=went_with, how_it_felt=how_it_felt, next_step=next_step)
    if place is not None and not values["name"]:
        values["name"] = place.name[:MAX_NAME]
    if not values["name"]:
        raise ValidationError({"name": "Give the place or person a name, so you know which one this is."})

    def same_form(earlier: Connection) -> bool:
        return (earlier.name, earlier.status, earlier.next_step) == (values["name"], status, values["next_step"])

    earlier, submission = earlier_submission(Connection, author=author, submission=submission, same=same_form)
    if earlier is not None:
        return earlier
    connection = Connection(
        author=author, place=place, status=status, last_activity_at=timezone.now(), submission=submission, **values
    )
    connection, saved_now = save_once(connection, submission=submission)
    if saved_now:
        _record(connection)
    return connection


@transaction.atomic
def connection_update(
    *,
    connection: Connection,
    by: User,
    status: str | None = None,
    next_step: str | None = None,
    name: str | None = None,
    went_with: str | None = None,
    how_it_felt: str | None = None,
) -> Connection:
    """Change what is given (None leaves a field as it is). A new status or next step is kept as a dated update,
    so the person can look back on how the connection grew."""
    connection = Connection.objects.select_for_update().get(pk=connection.pk)
    if connection.author_id != by.pk:
        raise PermissionDenied
    given = {"name": name, "went_with": went_with, "how_it_felt": how_it_felt, "next_step": next_step}
    current = {field: getattr(connection, field) for field in given}
    values = _clean_text(**{field: current[field] if value is None else value for field, value in given.items()})
    if not values["name"]:
        raise ValidationError({"name": "Give the place or person a name, so you know which one this is."})
    step_moved = (status or connection.status) != connection.status or values["next_step"] != connection.next_step
    for field, value in values.items():
        setattr(connection, field, value)
    connection.status = status or connection.status
    connection.last_activity_at = timezone.now()
    connection.full_clean(exclude=["submission"])
    connection.save()
    if step_moved:
        _record(connection)
    return connection


@transaction.atomic
def connection_delete(*, connection: Connection, by: User) -> None:
    """Gone for good, with its history and the journal entry it made if it was ever shared (and that entry's
    responses): deleting a connection should not leave a copy of it with anyone."""
    if connection.author_id != by.pk:
        raise PermissionDenied
    entry = JournalEntry.objects.filter(connection=connection, author=by).first()
    if entry is not None:
        entry_delete(entry=entry, by=by)
    connection.delete()


def _shared_text(connection: Connection, what: str) -> str:
    if what == SHARE_STEP:
        if not connection.next_step:
            raise ValidationError({"what": "There is no next small step to share yet. Add one first, or share it all."})
        return f"My next small step with {connection.name}: {connection.next_step}"
    parts = [
        ("Where I am with it", connection.get_status_display()),
        ("Who went with me", connection.went_with),
        ("How it felt", connection.how_it_felt),
        ("My next small step", connection.next_step),
    ]
    return "\n\n".join(f"**{label}:** {value}" for label, value in parts if value)


@transaction.atomic
def connection_share(*, connection: Connection, by: User, cohort: Cohort | None, what: str) -> JournalEntry:
    """Share the connection (`what` = everything) or just its next small step with one group's facilitators, as a
    journal entry of its own kind. Sharing again updates that one entry with the connection as it is now."""
    if connection.author_id != by.pk:
        raise PermissionDenied
    if what not in (SHARE_EVERYTHING, SHARE_STEP):
        raise ValidationError({"what": "Choose whether to share all of it or just your next small step."})
    connection = Connection.objects.select_for_update().get(pk=connection.pk)  # what is shared is what is saved now
    text = _shared_text(connection, what)
    shared = {"text": text, "title": connection.name, "visibility": Visibility.FACILITATORS, "cohort": cohort}
    entry = JournalEntry.objects.filter(connection=connection, author=by).first()
    if entry is None:
        entry = entry_create(author=by, kind=EntryKind.CONNECTION, **shared)
        JournalEntry.objects.filter(pk=entry.pk).update(connection=connection)
        entry.connection = connection
        return entry
    return entry_update(entry=entry, by=by, version=entry.version, **shared)


@transaction.atomic
def connection_unshare(*, connection: Connection, by: User) -> JournalEntry | None:
    """Stop sharing: the entry becomes private, readable by its writer alone. It stays in their journal with any
    responses a facilitator wrote, which are theirs to keep; sharing again shares that same entry."""
    if connection.author_id != by.pk:
        raise PermissionDenied
    entry = JournalEntry.objects.filter(connection=connection, author=by).first()
    if entry is None or entry.visibility == Visibility.PRIVATE:
        return entry
    return entry_update(
        entry=entry, by=by, version=entry.version, text=entry.text, title=entry.title, visibility=Visibility.PRIVATE
    )


# --- Data rights (registered in learning/privacy.py) -------------------------------------------------------------


def export_connections(user: User) -> list[dict]:
    """Each of the person's connections as they keep it, with its dated history and who it is shared with."""
    rows = (
        Connection.objects.filter(author=user)
        .select_related("place", "journal_entry__cohort")
        .prefetch_related("updates")
        .order_by("created_at", "pk")
    )
    exported = []
    for row in rows:
        entry = getattr(row, "journal_entry", None)
        exported.append(
            {
                "name": row.name,
                "from_the_directory": row.place.name if row.place else "",
                "where_you_are_with_it": row.get_status_display(),
                "who_went_with_you": row.went_with,
                "how_it_felt": row.how_it_felt,
                "next_small_step": row.next_step,
                "added": iso(row.created_at),
                "last_updated": iso(row.last_activity_at),
                "shared_with": f"{entry.get_visibility_display()}: {entry.cohort.name}"
                if entry and entry.cohort
                else "",
                "history": [
                    {
                        "when": iso(update.created_at),
                        "status": update.get_status_display(),
                        "next_step": update.next_step,
                    }
                    for update in sorted(row.updates.all(), key=lambda update: (update.created_at, update.pk))
                ],
            }
        )
    return exported


@transaction.atomic
def connection_erase_all(*, user: User) -> None:
    """Every connection the person kept, with its history. The journal entries made by sharing them are the
    journal's to erase (they are the person's own entries)."""
    Connection.objects.filter(author=user).delete()
