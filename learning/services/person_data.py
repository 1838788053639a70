"""All of a person's data, to take or to delete: built only from the privacy registry (colearn.privacy).

The public names are in learning.services.data_rights (person_export_files, person_export_zip, person_erase); this
module holds the work. The learning app's own readers and erasers are in learning.services.learning_holdings.

Export: "mine only". Every holding's export returns the person's own rows; the journal reuses the journal export
(data_rights.journal_export_entries) with the responders' names left out, since other people's names are theirs.
Erasure: every holding's eraser, last app first, so the account becomes an anonymous tombstone at the very end.
"""

import json
import zipfile
from collections.abc import Iterator

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from colearn.models import User
from colearn.privacy import Holding, holdings
from colearn.privacy_exports import iso
from colearn.security import log_event
from colearn.spreadsheet import csv_bytes
from learning.services.data_rights import ExportedEntry, day, journal_markdown
from learning.services.learning_holdings import export_journal_entries, own_journal

ZIP_FOLDER = "colearn-data"


# --- Export ------------------------------------------------------------------------------------------------------


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    return str(value)


def rows_to_csv(rows: list[dict]) -> bytes:
    """A header row of every key, then one line per row, through colearn.spreadsheet (UTF-8, no cell a spreadsheet
    would run)."""
    columns: list[str] = []
    for row in rows:
        columns += [key for key in row if key not in columns]
    return csv_bytes([columns, *([_cell(row.get(column)) for column in columns] for row in rows)])


def _files_of(holding: Holding) -> list[str]:
    return [f"{holding.kind}.json"] + ([f"{holding.kind}.csv"] if holding.tabular else [])


def readme(*, user: User) -> str:
    exported = [holding for holding in holdings() if holding.export is not None]
    lines = [
        "YOUR DATA FROM COLEARN",
        "",
        f"Downloaded on {day(timezone.now())}. This is everything Colearn keeps about you, in files you can open",
        "and keep. It holds only what is yours: nothing anyone else wrote, except the responses to entries you",
        "shared, which are included without the names of the people who wrote them.",
        "",
        "Each kind of data is a .json file (for computers and other services) and, where it is a simple table, a",
        ".csv file too (opens in a spreadsheet). A file with no rows means we hold none of that kind about you.",
        "",
        "journal.md and journal.html",
        "    Your journal, easy to read: journal.md is plain text (Markdown), journal.html opens in any web browser",
        "    and prints well. journal_entries.json has the same entries as data.",
        "",
    ]
    for holding in exported:
        lines += [
            f"{' and '.join(_files_of(holding))}",
            f"    {holding.title}. {holding.what}",
            f"    Why we keep it: {holding.why}",
            f"    Who can see it: {holding.who_can_see}",
            f"    How long we keep it: {holding.kept_for}",
            "",
        ]
    lines += [
        "If something here is wrong, you can change most of it on the site. If you have a question about your",
        "data, ask the people who run Colearn.",
    ]
    return "\n".join(lines) + "\n"


def full_journal_markdown(*, items: list[ExportedEntry]) -> str:
    scope = (
        "Everything you wrote in your journal, with the responses to it (without the names of the people who wrote "
        "them)."
    )
    return journal_markdown(items=items, heading="Your journal", scope=scope)


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    return "".join(f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks)


HTML_STYLE = (
    "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40em;margin:0 auto;padding:1em;color:#1b1b1b}"
    "article{border-top:1px solid #767676;padding-top:1em;margin-top:1.5em}"
    "dl{display:grid;grid-template-columns:auto 1fr;gap:0 1em}dt{font-weight:bold}dd{margin:0}"
    "blockquote{border-left:4px solid #767676;margin:0 0 1em;padding-left:1em}"
)


def journal_html(*, items: list[ExportedEntry]) -> str:
    """A readable page that needs nothing else: every word escaped, no scripts, no links out, prints well."""
    parts = [
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        "<title>Your journal from Colearn</title>\n",
        f"<style>{HTML_STYLE}</style>\n</head>\n<body>\n<main>\n<h1>Your journal</h1>\n",
        f"<p>Downloaded from Colearn on {escape(day(timezone.now()))}. {len(items)} "
        f"entr{'y' if len(items) == 1 else 'ies'}.</p>\n",
    ]
    if not items:
        parts.append("<p>There are no entries here yet.</p>\n")
    for item in items:
        entry = item.entry
        facts = [("Kind", entry.get_kind_display()), ("Written", day(entry.created_at))]
        if entry.course:
            facts.append(("Course", entry.course.title))
        if entry.lesson:
            facts.append(("Lesson", entry.lesson.title))
        if entry.prompt_text:
            facts.append(("Answering", entry.prompt_text))
        facts.append(("Who can read it", item.audience))
        parts.append(f"<article>\n<h2>{escape(item.heading)}</h2>\n<dl>")
        parts += [f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in facts]
        parts.append(f"</dl>\n{_paragraphs(entry.text)}\n")
        if item.outcome:
            parts.append(f"<h3>How it went</h3>\n{_paragraphs(item.outcome)}\n")
        if item.responses:
            parts.append("<h3>Responses</h3>\n")
            for response in item.responses:
                hidden = " (hidden by a facilitator)" if response.hidden_at else ""
                parts.append(
                    f"<p>{escape(response.author.public_name)}, {escape(day(response.created_at))}{hidden}:</p>\n"
                    f"<blockquote>{_paragraphs(response.text)}</blockquote>\n"
                )
        parts.append("</article>\n")
    parts.append("</main>\n</body>\n</html>\n")
    return "".join(parts)


def export_files(*, user: User) -> Iterator[tuple[str, bytes]]:
    """README.txt, then <kind>.json (and .csv when tabular) for every holding, then journal.md and journal.html."""
    exported_at = iso(timezone.now())
    items = own_journal(user=user)  # read once: for journal_entries.json/.csv, journal.md and journal.html
    yield "README.txt", readme(user=user).encode("utf-8")
    for holding in holdings():
        if holding.export is None:
            continue
        if holding.export is export_journal_entries:
            rows = export_journal_entries(user, items=items)
        else:
            rows = holding.export(user)
        document = {"title": holding.title, "exported_at": exported_at, "items": rows}
        yield f"{holding.kind}.json", json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        if holding.tabular:
            yield f"{holding.kind}.csv", rows_to_csv(rows)
    yield "journal.md", full_journal_markdown(items=items).encode("utf-8")
    yield "journal.html", journal_html(items=items).encode("utf-8")


class _Drain:
    """A write-only stream: zipfile writes into it, and what it holds is handed on and forgotten after each file."""

    def __init__(self):
        self._chunks: list[bytes] = []

    def write(self, data) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data, self._chunks = b"".join(self._chunks), []
        return data


def export_zip(*, user: User) -> Iterator[bytes]:
    """The zip of export_files, streamed: only one file is ever held in memory, never the whole archive."""
    drain = _Drain()
    stamp = timezone.localtime().timetuple()[:6]
    with zipfile.ZipFile(drain, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in export_files(user=user):
            info = zipfile.ZipInfo(f"{ZIP_FOLDER}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, mode="w") as member:
                for start in range(0, len(data), 1 << 20):
                    member.write(data[start : start + (1 << 20)])
                    if chunk := drain.take():
                        yield chunk
            if chunk := drain.take():
                yield chunk
    if chunk := drain.take():
        yield chunk


# --- Erasure -----------------------------------------------------------------------------------------------------


@transaction.atomic
def erase(*, user: User, by: User | None = None) -> None:
    """Everything personal goes, through every holding's eraser, last app first; the account is made a tombstone
    last. Logged with ids only."""
    subject = user.pk
    erased = 0
    for holding in reversed(holdings()):
        if holding.erase is not None:
            holding.erase(user)
            erased += 1
    log_event(
        "person_erased",
        user=by,
        subject=subject,
        # No one named: an operator ran manage.py erase_person for someone who asked by letter or phone.
        by="operator" if by is None else "self" if by.pk == subject else by.pk,
        holdings=erased,
    )
