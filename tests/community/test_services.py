"""Marking an entry as checked, and making entries, through the community services."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail.models import ModelLogEntry

from community.models import CommunityPlace
from community.services import CHECKED_ACTION, place_create, place_mark_checked
from tests.factories import CommunityPlaceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    person = UserFactory()
    person.groups.add(Group.objects.get(name="Editors"))
    return person


LONG_AGO = datetime.date(2024, 3, 5)


def test_marking_as_checked_dates_it_today_names_the_editor_and_keeps_the_history(editor):
    place = CommunityPlaceFactory(checked_on=LONG_AGO)
    place_mark_checked(place=place, by=editor)
    place.refresh_from_db()
    assert place.last_checked_on == timezone.localdate() and place.last_checked_by == editor
    assert not place.is_stale and place.live and not place.has_unpublished_changes
    entry = ModelLogEntry.objects.get(object_id=str(place.pk), action=CHECKED_ACTION)
    assert entry.user == editor


def test_marking_as_checked_leaves_a_waiting_draft_waiting_and_publishing_it_keeps_the_new_date(editor):
    place = CommunityPlaceFactory(name="Garden", checked_on=LONG_AGO)
    draft = CommunityPlace.objects.get(pk=place.pk)
    draft.name = "Garden (new times)"
    draft.save_revision()
    place_mark_checked(place=place, by=editor)

    live = CommunityPlace.objects.get(pk=place.pk)
    assert live.name == "Garden" and live.last_checked_on == timezone.localdate()
    assert live.has_unpublished_changes
    live.latest_revision.publish()
    published = CommunityPlace.objects.get(pk=place.pk)
    assert published.name == "Garden (new times)"
    assert published.last_checked_on == timezone.localdate()


def test_a_check_cannot_be_dated_in_the_future(editor):
    place = CommunityPlaceFactory(checked_on=LONG_AGO)
    with pytest.raises(ValidationError):
        place_mark_checked(place=place, by=editor, on=timezone.localdate() + datetime.timedelta(days=1))
    place.refresh_from_db()
    assert place.last_checked_on == LONG_AGO


def test_only_someone_who_may_publish_entries_can_mark_them_as_checked():
    place = CommunityPlaceFactory(checked_on=LONG_AGO)
    with pytest.raises(PermissionDenied):
        place_mark_checked(place=place, by=UserFactory())
    place.refresh_from_db()
    assert place.last_checked_on == LONG_AGO and place.last_checked_by is None


@pytest.mark.parametrize(
    ("field", "value"),
    [("phone", "call me maybe"), ("email", "not-an-email"), ("website", "javascript:alert(1)"), ("cost", "lots")],
)
def test_an_entry_with_a_bad_detail_is_refused_and_nothing_is_saved(field, value):
    with pytest.raises(ValidationError) as refused:
        place_create(name="Garden", slug="garden", summary="Growing things.", themes=[], days=[], **{field: value})
    assert field in refused.value.message_dict
    assert not CommunityPlace.objects.exists()


def test_days_are_kept_in_week_order_and_unknown_ones_refused():
    place = place_create(name="Garden", slug="garden", summary="Growing things.", themes=[], days=["sat", "tue"])
    assert place.days == "tue,sat" and place.day_names == ["Tuesday", "Saturday"]
    place.days = "tue,someday"
    with pytest.raises(ValidationError):
        place.full_clean()
