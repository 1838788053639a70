"""One person's long journal, for the benchmarks: bulk rows, as the site never writes them (it writes entries one at
a time through learning.services.journal), with what those services would have filled in."""

from django.db import connection

from colearn.sanitize import preview_of
from learning.models import JournalEntry, Response, Visibility, search_document

WORDS = "Today I noticed that a short walk before the session made it easier to speak up. " * 6


def bulk_journal(person, responder, group, count: int, *, share_every: int, words_for=lambda n: "") -> None:
    """`count` entries by `person`; every `share_every`-th is shared with `group` and has a response by
    `responder`. `words_for(n)` adds words to entry n's text (to give a search something rare to find)."""
    JournalEntry.objects.bulk_create(
        [
            JournalEntry(
                author=person,
                title=f"Entry {n}",
                text=f"{n}. {WORDS}{words_for(n)}",
                body=f"<p>{n}. {WORDS}</p>",
                preview=preview_of(f"<p>{n}. {WORDS}</p>"),
                visibility=Visibility.COHORT if n % share_every == 0 else Visibility.PRIVATE,
                cohort=group if n % share_every == 0 else None,
            )
            for n in range(count)
        ],
        batch_size=500,
    )
    shared = JournalEntry.objects.filter(author=person, visibility=Visibility.COHORT)
    Response.objects.bulk_create(
        [Response(entry=entry, author=responder, text="Thank you.", body="<p>Thank you.</p>") for entry in shared],
        batch_size=500,
    )
    if connection.vendor == "postgresql":
        # What the services keep up to date one entry at a time; then the statistics autovacuum would gather
        # after a bulk load, without which the planner takes 5,000 fresh rows for one.
        JournalEntry.objects.filter(author=person).update(search_vector=search_document("title", "text"))
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE learning_journalentry, learning_response")
