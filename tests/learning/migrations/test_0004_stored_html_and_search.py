"""learning/migrations/0004: rows stored before every write was sanitised are cleaned once and given previews;
on PostgreSQL the stored search vector is filled and indexed."""

import importlib

import pytest
from django.apps import apps
from django.contrib.postgres.search import SearchQuery
from django.db import connection

from learning.models import JournalEntry, Response, Visibility
from learning.services.journal import entry_create
from learning.services.responses import response_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.learning.test_journal import live_markup

pytestmark = pytest.mark.django_db

migration = importlib.import_module("learning.migrations.0004_stored_html_and_search")
OLD_MARKUP = '<p>Before the rules changed</p><img src=x onerror="alert(1)"><script>alert(1)</script>'


def _store_raw(table: str, pk: int, **columns) -> None:
    """Write as a row written before this migration could be: straight to the table, past the field's cleaning."""
    assignments = ", ".join(f"{column} = %s" for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {assignments} WHERE id = %s", [*columns.values(), pk])  # noqa: S608


def test_old_bodies_are_cleaned_and_get_previews(course):
    cohort = CohortFactory(course=course.course)
    writer, reader = UserFactory(), UserFactory()
    MembershipFactory(cohort=cohort, user=writer)
    MembershipFactory(cohort=cohort, user=reader)
    entry = entry_create(author=writer, text="Shared", visibility=Visibility.COHORT, cohort=cohort)
    response = response_create(entry=entry, author=reader, text="Thanks", notify=False)
    _store_raw("learning_journalentry", entry.pk, body=OLD_MARKUP, preview="")
    _store_raw("learning_response", response.pk, body=OLD_MARKUP)

    migration.clean_stored_bodies(apps, None)

    entry, response = JournalEntry.objects.get(pk=entry.pk), Response.objects.get(pk=response.pk)
    for body in (entry.body, response.body):
        assert "<p>Before the rules changed</p>" in body and live_markup(body) == []
    assert entry.preview == "Before the rules changed alert(1)"


@pytest.mark.postgres
def test_on_postgresql_the_search_vector_is_filled_and_indexed(user):
    if connection.vendor != "postgresql":
        pytest.skip("The stored search vector is PostgreSQL's: run make test-postgres")
    entry = entry_create(author=user, title="Tuesday", text="We went walking by the canal.")
    _store_raw("learning_journalentry", entry.pk, search_vector=None)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the test's transaction, unlike a migration's, has writes
    with connection.schema_editor() as editor:
        migration.drop_search_index(apps, editor)
        migration.index_search(apps, editor)
    assert JournalEntry.objects.filter(pk=entry.pk, search_vector=SearchQuery("walks", config="english")).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [migration.SEARCH_INDEX])
        assert "gin (search_vector)" in cursor.fetchone()[0]
