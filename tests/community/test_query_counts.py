"""The directory's pages cost the same number of queries for 2 entries as for 30."""

import pytest

from tests.factories import CommunityPlaceFactory, PlaceThemeFactory, UserFactory

pytestmark = pytest.mark.django_db

# The theme filter's choices, the count, the page of entries and all their themes in one prefetch. Without the
# prefetch each card would ask for its own themes: the N+1 the 30-entry run would catch.
LISTING_QUERIES = 4
SIGNED_IN_LISTING_QUERIES = 6  # plus the session and the person


def _entries(count: int) -> None:
    themes = [PlaceThemeFactory(), PlaceThemeFactory()]
    for number in range(count):
        CommunityPlaceFactory(themes=themes, days=["tue", "thu"], accessibility="Step-free" if number % 2 else "")


@pytest.mark.parametrize("count", [2, 30])
def test_the_listing(page_within, count):
    _entries(count)
    html = page_within("/community/", LISTING_QUERIES)
    assert "Test place" in html


@pytest.mark.parametrize("count", [2, 30])
def test_the_listing_filtered_and_searched(page_within, count):
    _entries(count)
    html = page_within("/community/?q=together&day=tue&access=on", LISTING_QUERIES)
    assert "found" in html


@pytest.mark.parametrize("count", [2, 30])
def test_the_listing_signed_in(page_within, count):
    _entries(count)
    page_within("/community/", SIGNED_IN_LISTING_QUERIES, as_user=UserFactory())


@pytest.mark.parametrize("themes", [1, 30])
def test_an_entry(page_within, themes):
    place = CommunityPlaceFactory(themes=[PlaceThemeFactory() for _ in range(themes)])
    # The entry and its themes, however many: one query per theme would be the N+1.
    html = page_within(f"/community/{place.slug}/", 2)
    assert place.name in html
