"""Readers of the community directory. Each returns what its template shows, themes included, in a fixed number of
queries however many entries there are."""

import re
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from community.models import CommunityPlace, PlaceTheme


@dataclass(frozen=True)
class DirectoryFilters:
    query: str = ""
    theme: str = ""  # a theme's slug
    day: str = ""  # a Day code
    cost: str = ""  # a Cost value
    with_access_notes: bool = False

    @property
    def any(self) -> bool:
        return bool(self.query or self.theme or self.day or self.cost or self.with_access_notes)


def _with_themes(places: QuerySet[CommunityPlace]) -> QuerySet[CommunityPlace]:
    return places.prefetch_related(Prefetch("themes", queryset=PlaceTheme.objects.order_by("name")))


def themes_in_use() -> list[PlaceTheme]:
    """Themes at least one published entry has: the choices of the directory's theme filter."""
    return list(PlaceTheme.objects.filter(places__live=True).distinct().order_by("name"))


def directory(*, filters: DirectoryFilters):
    """Published entries matching every filter and every word searched for: best match first when searching,
    otherwise by name.

    Only the words are searched: quotes and symbols mean syntax to the database's full-text engines, and a stray one
    would be an error rather than a search."""
    places = CommunityPlace.objects.live()
    if filters.theme:
        places = places.filter(themes__slug=filters.theme)
    if filters.day:
        places = places.filter(days__contains=filters.day)  # codes are distinct three-letter words ("tue,thu")
    if filters.cost:
        places = places.filter(cost=filters.cost)
    if filters.with_access_notes:
        places = places.exclude(accessibility="")
    places = _with_themes(places)
    words = " ".join(re.findall(r"\w+", filters.query))
    if words:
        return places.search(words, operator="and")
    if filters.query:  # nothing but symbols: nothing can match
        return places.none()
    return places.order_by("name")


def place_for_page(*, slug: str) -> QuerySet[CommunityPlace]:
    """The published entry with this slug (or none): for get_object_or_404."""
    return _with_themes(CommunityPlace.objects.live().filter(slug=slug))
