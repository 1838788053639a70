"""Loads the directory's entries from community/content/places.py, through the community services.

Idempotent: an entry whose slug is already in the directory is left exactly as it is, so a second run changes
nothing and never overwrites what editors have since changed in the CMS. The made-up examples are added only to a
directory that has none of its area's own entries yet and from which nobody has deleted an entry: once a service
has started its own list, or cleared the examples away, running the command again does not bring them back.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from community.content import places as content
from community.models import CommunityPlace
from community.services import place_create, place_theme_ensure

PLACE_FIELDS = (
    "name",
    "slug",
    "summary",
    "description",
    "is_example",
    "when",
    "address",
    "cost",
    "cost_note",
    "phone",
    "email",
    "website",
    "accessibility",
    "who_it_suits",
)


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    examples_skipped: bool = False


def _months_ago(months: int) -> datetime.date:
    today = timezone.localdate()
    if not months:
        return today
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return today.replace(year=year, month=month + 1, day=min(today.day, 28))


def _examples_welcome() -> bool:
    has_own = CommunityPlace.objects.filter(is_example=False).exists()
    place_type = ContentType.objects.get_for_model(CommunityPlace)
    deleted_some = ModelLogEntry.objects.filter(content_type=place_type, action="wagtail.delete").exists()
    return not has_own and not deleted_some


@transaction.atomic
def community_places_load() -> LoadReport:
    report = LoadReport()
    themes = {}
    for data in content.THEMES:
        theme, created = place_theme_ensure(name=data["name"], slug=data["slug"])
        themes[theme.slug] = theme
        if created:
            report.created.append(f"theme “{theme.name}”")
    examples_welcome = _examples_welcome()
    existing = set(CommunityPlace.objects.values_list("slug", flat=True))
    for data in content.PLACES:
        if data["slug"] in existing:
            continue
        if data.get("is_example", False) and not examples_welcome:
            report.examples_skipped = True
            continue
        fields = {name: data[name] for name in PLACE_FIELDS if name in data}
        place = place_create(
            **fields,
            themes=[themes[slug] for slug in data.get("themes", [])],
            days=data.get("days", []),
            checked_on=_months_ago(data.get("checked_months_ago", 0)),
        )
        report.created.append(f"entry “{place.name}”")
    return report
