"""A person's right to their own data: their journal as a file to keep, or a page to print.

"All of mine, nothing of anyone else's": only entries the person wrote (never ones others shared with them), read
through the one privacy rule, with the responses they can see, named by display name and never by email.
The journal functions only read; each costs the same two queries for 5 entries or 5,000. The person_* functions at
the end are everything Colearn keeps about someone, from the privacy registry: to download, or to erase.
"""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import dateformat, timezone

from colearn.models import User
from colearn.privacy_exports import iso
from courses.models import CoursePage
from learning.models import EntryKind, JournalEntry, Response, Visibility


@dataclass
class ExportedEntry:
    """One of the person's entries with what an export shows alongside it."""

    entry: JournalEntry
    responses: list[Response] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return self.entry.title or f"{self.entry.get_kind_display()}, {day(self.entry.created_at)}"

    @property
    def audience(self) -> str:
        return who_can_read(self.entry)

    @property
    def outcome(self) -> str:
        """How it went: the answer chosen and the note, as the person gave them."""
        if self.entry.kind != EntryKind.ACTION:
            return ""
        chosen = self.entry.get_outcome_choice_display() if self.entry.outcome_choice else ""
        return "\n\n".join(part for part in (chosen, self.entry.outcome) if part)


def day(moment: datetime) -> str:
    """ "14 March 2027", in the site's time zone."""
    return dateformat.format(timezone.localtime(moment), "j F Y")


def who_can_read(entry: JournalEntry) -> str:
    """Who the entry was shared with, in words. Needs no query beyond the entry's group, already loaded."""
    if entry.visibility == Visibility.FACILITATORS and entry.cohort:
        return f"You and the facilitators of {entry.cohort.name}"
    if entry.visibility == Visibility.COHORT and entry.cohort:
        return f"Everyone in {entry.cohort.name}"
    if entry.visibility == Visibility.PARTNER and entry.cohort:
        return f"You and your learning partner in {entry.cohort.name}, while you were partners"
    return "Only you"


def own_entries(*, user: User):
    """The person's own entries, through the privacy rule. Never an entry someone else shared with them."""
    return JournalEntry.objects.visible_to(user, own_only=True)


def journal_export_entries(
    *,
    user: User,
    course: CoursePage | None = None,
    entry: JournalEntry | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[ExportedEntry]:
    """The person's entries, oldest first, each with the responses they may see. Two queries, whatever the count.
    `date_from` / `date_to` (both optional, both included) keep the entries written on those days, site time."""
    entries = own_entries(user=user)
    if course is not None:
        entries = entries.filter(course=course)
    if date_from is not None:
        entries = entries.filter(created_at__date__gte=date_from)
    if date_to is not None:
        entries = entries.filter(created_at__date__lte=date_to)
    if entry is not None:
        entries = entries.filter(pk=entry.pk)
    exported = [
        ExportedEntry(entry=e)
        for e in entries.select_related("course", "lesson", "cohort").order_by("created_at", "pk")
    ]
    # One query for every response, by subquery rather than a list of ids, so a long journal stays one query.
    by_entry: dict[int, list[Response]] = defaultdict(list)
    responses = (
        Response.objects.visible_to(user)
        .filter(entry__in=entries.values("pk"))
        .select_related("author")
        .order_by("created_at", "pk")
    )
    for response in responses if exported else []:
        by_entry[response.entry_id].append(response)
    for item in exported:
        item.responses = by_entry[item.entry.pk]
    return exported


def scope_sentence(
    *,
    course: CoursePage | None = None,
    entry: JournalEntry | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> str:
    if entry is not None:
        return "One entry from your journal, with the responses to it."
    when = ""
    if date_from and date_to:
        when = f" from {day_of(date_from)} to {day_of(date_to)}"
    elif date_from:
        when = f" since {day_of(date_from)}"
    elif date_to:
        when = f" up to {day_of(date_to)}"
    if course is not None:
        return f"What you wrote about {course.title}{when}, with the responses to it."
    if when:
        return f"What you wrote in your journal{when}, with the responses to it."
    return "Everything you wrote in your journal, with the responses to it."


def day_of(when: date) -> str:
    """ "14 March 2027" for a calendar day."""
    return dateformat.format(when, "j F Y")


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.replace("\r\n", "\n").split("\n"))


def _entry_markdown(item: ExportedEntry) -> list[str]:
    entry = item.entry
    facts = [
        f"- Kind: {entry.get_kind_display()}",
        f"- Written: {day(entry.created_at)}",
        f"- Last changed: {day(entry.updated_at)}",
    ]
    if entry.course:
        facts.append(f"- Course: {entry.course.title}")
    if entry.lesson:
        facts.append(f"- Lesson: {entry.lesson.title}")
    if entry.prompt_text:
        facts.append(f"- Answering: “{entry.prompt_text}”")
    facts.append(f"- Who can read it: {item.audience}")
    lines = [f"## {item.heading}", "", *facts, "", entry.text.replace("\r\n", "\n"), ""]
    if item.outcome:
        lines += ["### How it went", "", item.outcome.replace("\r\n", "\n"), ""]
    if item.responses:
        lines += ["### Responses", ""]
        for response in item.responses:
            hidden = " (hidden by a facilitator)" if response.hidden_at else ""
            lines += [
                f"**{response.author.public_name}**, {day(response.created_at)}{hidden}:",
                "",
                _quoted(response.text),
                "",
            ]
    return lines


def journal_export_markdown(
    *,
    user: User,
    course: CoursePage | None = None,
    entry: JournalEntry | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> str:
    """The journal as Markdown: the light formatting people type (**bold**, *italic*, lists, quotes) is Markdown."""
    dates = {"date_from": date_from, "date_to": date_to}
    items = journal_export_entries(user=user, course=course, entry=entry, **dates)
    return journal_markdown(
        items=items, heading=f"Journal of {user.public_name}", scope=scope_sentence(course=course, entry=entry, **dates)
    )


def journal_markdown(*, items: list[ExportedEntry], heading: str, scope: str) -> str:
    """Entries as one Markdown document: the journal download's, and the full-data download's journal.md."""
    lines = [
        f"# {heading}",
        "",
        f"Downloaded from Colearn on {day(timezone.now())}. {scope}",
        "",
        f"{len(items)} entr{'y' if len(items) == 1 else 'ies'}.",
        "",
        "---",
        "",
    ]
    if not items:
        lines += ["There are no entries here yet.", ""]
    for number, item in enumerate(items):
        if number:
            lines += ["---", ""]
        lines += _entry_markdown(item)
    return "\n".join(lines).rstrip("\n") + "\n"


def _entry_json(item: ExportedEntry) -> dict:
    entry = item.entry
    return {
        "id": entry.pk,
        "kind": entry.kind,
        "kind_label": entry.get_kind_display(),
        "title": entry.title,
        "created_at": iso(entry.created_at),
        "updated_at": iso(entry.updated_at),
        "course": entry.course.title if entry.course else None,
        "lesson": entry.lesson.title if entry.lesson else None,
        "prompt": entry.prompt_text or None,
        "visibility": entry.visibility,
        "who_can_read": item.audience,
        "text": entry.text,
        "outcome": item.outcome or None,
        "outcome_recorded_at": iso(entry.outcome_recorded_at) if item.outcome else None,
        "outcome_choice": entry.outcome_choice or None,
        "chose_to_leave_it_at": iso(entry.let_go_at) if entry.let_go_at else None,
        "kept_as_small_win_from": entry.small_win_from_id,
        "responses": [
            {
                "by": response.author.public_name,
                "created_at": iso(response.created_at),
                "hidden": response.hidden_at is not None,
                "text": response.text,
            }
            for response in item.responses
        ],
    }


def journal_export_json(
    *,
    user: User,
    course: CoursePage | None = None,
    entry: JournalEntry | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> dict:
    """The journal as data with stable keys: the text as typed, never HTML, and no one's email address."""
    items = journal_export_entries(user=user, course=course, entry=entry, date_from=date_from, date_to=date_to)
    return {
        "exported_at": iso(timezone.now()),
        "person": {"display_name": user.public_name},
        "entries": [_entry_json(item) for item in items],
    }


# --- All of a person's data (the privacy registry's export and erasure; the work is in person_data) --------------


def person_export_files(*, user: User) -> Iterator[tuple[str, bytes]]:
    """README.txt, <kind>.json (and .csv), journal.md and journal.html: everything Colearn keeps about the person,
    theirs only (responses to their shared entries without the responders' names)."""
    from learning.services.person_data import export_files

    return export_files(user=user)


def person_export_zip(*, user: User) -> Iterator[bytes]:
    """The same files as one zip, streamed a file at a time: never the whole archive in memory."""
    from learning.services.person_data import export_zip

    return export_zip(user=user)


def person_erase(*, user: User, by: User | None = None) -> None:
    """Erase everything personal (atomic); the account stays only as an anonymous tombstone that cannot sign in.
    Logs `person_erased` with ids. A web caller should sign the person out (`logout(request)`) straight after."""
    from learning.services.person_data import erase

    erase(user=user, by=by)
