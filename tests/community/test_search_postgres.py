"""The directory's search on PostgreSQL's full-text engine: stemmed English, filters applied inside the search."""

import pytest
from django.db import connection

from tests.factories import CommunityPlaceFactory, PlaceThemeFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Full-text search is PostgreSQL's: run make test-postgres")


def test_a_word_finds_its_other_forms_and_the_filters_still_apply(client):
    walking = PlaceThemeFactory(name="Walking", slug="walking")
    CommunityPlaceFactory(name="Riverside walkers", summary="We walk by the river.", themes=[walking], days=["wed"])
    CommunityPlaceFactory(name="Hill walks", summary="Longer walks on the hills.", themes=[walking], days=["sat"])
    CommunityPlaceFactory(name="Choir", summary="Singing together.", days=["wed"])
    html = client.get("/community/", {"q": "walking", "day": "wed"}).content.decode()
    assert "1 place found" in html and "Riverside walkers" in html and "Hill walks" not in html
    html = client.get("/community/", {"q": "walked", "theme": "walking"}).content.decode()
    assert "2 places found" in html


def test_the_best_match_comes_first(client):
    CommunityPlaceFactory(name="Tea and a chat", summary="Sometimes we garden a little.")
    CommunityPlaceFactory(name="Community garden", summary="Gardening, and a garden to relax in.")
    html = client.get("/community/", {"q": "garden"}).content.decode()
    assert html.index("Community garden") < html.index("Tea and a chat")


@pytest.mark.parametrize("query", ['"', "'", "garden & | !", "(garden", "a:*", "\\", "<->"])
def test_search_syntax_characters_never_break_the_page(client, query):
    CommunityPlaceFactory(name="Community garden")
    assert client.get("/community/", {"q": query}).status_code == 200
