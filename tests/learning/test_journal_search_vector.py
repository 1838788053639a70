"""On PostgreSQL, journal search matches a stored, indexed search vector: it must follow every edit."""

import pytest
from django.db import connection

from learning.services.journal import entry_create, entry_update

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("The stored search vector is PostgreSQL's: run make test-postgres")


def _found(client, words: str) -> str:
    return client.post("/journal/", {"q": words}, follow=True).content.decode()


def test_search_finds_the_words_of_an_edit_and_not_the_words_it_replaced(client, user):
    entry = entry_create(author=user, title="Monday", text="We baked bread together.")
    entry_update(entry=entry, by=user, version=entry.version, title="Tuesday", text="We planted beans instead.")
    client.force_login(user)
    assert "1 entry" in _found(client, "planting") and "beans" in _found(client, "tuesday")
    assert "0 entries" in _found(client, "bread")
