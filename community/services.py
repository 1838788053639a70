"""The only writers of the community directory outside the CMS's own editing screens: marking an entry as checked
and loading entries from community/content/. Editors' edits in Wagtail go through Wagtail's snippet views."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from colearn.models import User
from community.models import CommunityPlace, PlaceTheme, days_text

CHECKED_ACTION = "community.checked"


def can_mark_checked(user: User) -> bool:
    """Marking as checked changes the published entry at once, so it takes the rights to change and to publish."""
    return user.has_perms(["community.change_communityplace", "community.publish_communityplace"])


@transaction.atomic
def place_mark_checked(*, place: CommunityPlace, by: User, on: datetime.date | None = None) -> CommunityPlace:
    """Record that `by` checked the entry's details on `on` (today by default). The public page shows the new date at
    once. A draft waiting to be published keeps waiting, and carries the new date too, so publishing it later does
    not bring the old date back."""
    if not can_mark_checked(by):
        raise PermissionDenied("Only people who can publish directory entries can mark them as checked.")
    today = timezone.localdate()
    on = on or today
    if on > today:
        raise ValidationError({"last_checked_on": "A check can’t be dated in the future."})
    place = CommunityPlace.objects.select_for_update().get(pk=place.pk)
    if place.has_unpublished_changes and place.latest_revision_id:
        draft = place.latest_revision.as_object()
        draft.last_checked_on, draft.last_checked_by = on, by
        draft.save_revision(user=by)
        place.last_checked_on, place.last_checked_by = on, by
        place.full_clean()
        place.save(update_fields=["last_checked_on", "last_checked_by"])
    else:
        place.last_checked_on, place.last_checked_by = on, by
        revision = place.save_revision(user=by)
        if place.live:
            revision.publish(user=by, log_action=False)
    log(instance=place, action=CHECKED_ACTION, user=by, data={"on": on.isoformat()})
    return place


@transaction.atomic
def place_theme_ensure(*, name: str, slug: str) -> tuple[PlaceTheme, bool]:
    """The theme with this slug, made if missing. An existing theme keeps the name editors gave it."""
    theme = PlaceTheme.objects.filter(slug=slug).first()
    if theme is not None:
        return theme, False
    theme = PlaceTheme(name=name, slug=slug)
    theme.full_clean()
    theme.save()
    return theme, True


@transaction.atomic
def place_create(
    *,
    themes: list[PlaceTheme],
    days: list[str],
    checked_on: datetime.date | None = None,
    by: User | None = None,
    **fields: str | bool,
) -> CommunityPlace:
    """A new, published directory entry with its first revision, as if an editor had created and published it.
    `fields` are the entry's own text fields (name, slug, summary, when, cost, phone …)."""
    place = CommunityPlace(**fields, days=days_text(days), last_checked_on=checked_on or timezone.localdate())
    place.themes = themes
    place.full_clean()
    place.save()
    place.save_revision(user=by).publish(user=by, log_action=False)
    return place
