import pytest

from tests.factories import CommunityPlaceFactory, PlaceThemeFactory


@pytest.fixture
def garden_theme(db):
    return PlaceThemeFactory(name="Gardening and nature", slug="gardening-and-nature")


@pytest.fixture
def places(db, garden_theme):
    """Three published entries, each different in theme, day, cost and accessibility notes."""
    arts = PlaceThemeFactory(name="Arts and making", slug="arts-and-making")
    return {
        "garden": CommunityPlaceFactory(
            name="Brookfield Community Garden",
            slug="garden",
            summary="Neighbours grow vegetables together.",
            themes=[garden_theme],
            days=["tue", "sat"],
            cost="free",
            accessibility="Raised beds you can garden from a chair.",
        ),
        "choir": CommunityPlaceFactory(
            name="Sing for Fun choir",
            slug="choir",
            summary="A choir with no auditions.",
            themes=[arts],
            days=["mon"],
            cost="low",
            accessibility="",
        ),
        "swim": CommunityPlaceFactory(
            name="Gentle swim",
            slug="swim",
            summary="A quiet swimming session in the small pool.",
            themes=[],
            days=["sun"],
            cost="paid",
            accessibility="Pool hoist.",
        ),
    }
