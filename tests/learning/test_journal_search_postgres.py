"""Full-text journal search on PostgreSQL: stemmed English, so a word finds its other forms."""

import pytest
from django.db import connection

from learning.services.journal import entry_create

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Full-text search is PostgreSQL's: run make test-postgres")


def test_search_finds_other_forms_of_a_word_and_only_my_entries(client, user):
    from tests.factories import UserFactory

    entry_create(author=user, title="Tuesday", text="We went walking by the canal and talked about the allotment.")
    entry_create(author=user, text="Nothing to do with it.")
    entry_create(author=UserFactory(), text="Someone else walks too.")
    client.force_login(user)
    html = client.post("/journal/", {"q": "walks allotments"}, follow=True).content.decode()
    assert "1 entry" in html and "canal" in html and "Someone else" not in html


def test_search_syntax_characters_never_break_the_page(client, user):
    entry_create(author=user, text="Quotes and dashes")
    client.force_login(user)
    for query in ['"unclosed', "a & | ! b", "-", "or", "'", "(("]:
        assert client.post("/journal/", {"q": query}, follow=True).status_code == 200
