"""The directory in the CMS, as an editor uses it: writing an entry, and marking entries as checked in one click."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import ModelLogEntry

from community.models import CommunityPlace
from community.services import CHECKED_ACTION
from tests.factories import CommunityPlaceFactory, PlaceThemeFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/community/communityplace/"
LONG_AGO = datetime.date(2024, 3, 5)


@pytest.fixture
def admin(client):
    person = UserFactory(is_superuser=True)
    client.force_login(person)
    return person


@pytest.fixture
def editor(client):
    person = UserFactory()
    person.groups.add(Group.objects.get(name="Editors"))
    client.force_login(person)
    return person


def test_editors_can_search_the_listing(client, admin):
    CommunityPlaceFactory(name="Old garden")
    CommunityPlaceFactory(name="New choir")
    html = client.get(LIST, {"q": "garden"}).content.decode()
    assert "Old garden" in html and "New choir" not in html


def test_the_listing_shows_when_each_entry_was_checked_and_which_are_over_a_year_old(client, admin):
    CommunityPlaceFactory(name="Old garden", checked_on=LONG_AGO)
    CommunityPlaceFactory(name="New choir")
    html = client.get(LIST).content.decode()
    assert "Old garden" in html and "5 March 2024" in html and "(over a year ago)" in html
    assert html.count("Mark as checked today") == 1  # the choir was checked today already


@pytest.mark.parametrize("who", ["admin", "editor"])
def test_mark_as_checked_today_from_the_listing_in_one_click(client, request, who):
    person = request.getfixturevalue(who)
    place = CommunityPlaceFactory(name="Old garden", checked_on=LONG_AGO)
    response = client.post(f"{LIST}mark-checked/{place.pk}/", {"next": f"{LIST}?q=garden"}, follow=True)
    assert response.redirect_chain[-1][0] == f"{LIST}?q=garden"
    assert "“Old garden” is marked as checked today." in response.content.decode()
    place.refresh_from_db()
    assert place.last_checked_on == timezone.localdate() and place.last_checked_by == person
    assert ModelLogEntry.objects.filter(object_id=str(place.pk), action=CHECKED_ACTION, user=person).exists()
    history = client.get(f"{LIST}history/{place.pk}/").content.decode()
    assert "Marked as checked" in history


def test_marking_as_checked_goes_back_to_the_listing_rather_than_another_site(client, admin):
    place = CommunityPlaceFactory(checked_on=LONG_AGO)
    response = client.post(f"{LIST}mark-checked/{place.pk}/", {"next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == LIST


def test_someone_without_the_right_cannot_mark_as_checked(client):
    place = CommunityPlaceFactory(checked_on=LONG_AGO)
    peer = UserFactory()
    peer.groups.add(Group.objects.get(name="Peer reviewers"))
    client.force_login(peer)
    response = client.post(f"{LIST}mark-checked/{place.pk}/")
    assert response.status_code in (302, 403)
    place.refresh_from_db()
    assert place.last_checked_on == LONG_AGO


def test_marking_as_checked_is_a_post_only(client, admin):
    place = CommunityPlaceFactory(checked_on=LONG_AGO)
    assert client.get(f"{LIST}mark-checked/{place.pk}/").status_code == 405
    place.refresh_from_db()
    assert place.last_checked_on == LONG_AGO


def _form_data(**changes) -> dict:
    data = {
        "name": "Brookfield Community Garden",
        "slug": "garden",
        "summary": "Neighbours grow vegetables together.",
        "who_it_suits": "",
        "when": "Tuesdays 10am to 12pm",
        "days": ["tue", "sat"],
        "address": "Mill Lane",
        "map_url": "",
        "cost": "free",
        "cost_note": "",
        "phone": "01632 960101",
        "email": "",
        "website": "",
        "accessibility": "",
        "last_checked_on": timezone.localdate().isoformat(),
        "action-publish": "action-publish",
    }
    data.update(changes)
    return data


def test_an_editor_writes_and_publishes_an_entry_with_its_days_and_themes(client, editor):
    theme = PlaceThemeFactory(name="Gardening", slug="gardening")
    response = client.post(f"{LIST}add/", _form_data(themes=[theme.pk]))
    assert response.status_code == 302, response.content.decode()[:2000]
    place = CommunityPlace.objects.get(slug="garden")
    assert place.live and place.days == "tue,sat" and list(place.themes.all()) == [theme]
    assert place.last_checked_by == editor
    assert "Neighbours grow vegetables together." in client.get("/community/garden/").content.decode()
    edit = client.get(f"{LIST}edit/{place.pk}/").content.decode()
    assert re.search(r'value="tue"[^>]*checked', edit) and not re.search(r'value="mon"[^>]*checked', edit)


def test_a_bad_phone_number_is_a_message_beside_the_field_and_nothing_is_saved(client, editor):
    response = client.post(f"{LIST}add/", _form_data(phone="call me"))
    assert response.status_code == 200
    assert "Enter a phone number using only digits" in response.content.decode()
    assert not CommunityPlace.objects.exists()


def test_a_check_dated_in_the_future_is_refused(client, editor):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client.post(f"{LIST}add/", _form_data(last_checked_on=tomorrow.isoformat()))
    assert "A check can’t be dated in the future." in response.content.decode()
    assert not CommunityPlace.objects.exists()


def test_changing_the_checked_date_in_the_form_names_the_editor_who_did(client, editor):
    place = CommunityPlaceFactory(slug="garden", checked_on=LONG_AGO)
    assert place.last_checked_by is None
    response = client.post(f"{LIST}edit/{place.pk}/", _form_data(slug="garden"))
    assert response.status_code == 302
    place.refresh_from_db()
    assert place.last_checked_on == timezone.localdate() and place.last_checked_by == editor


def test_a_preview_shows_the_entry_as_it_will_look(client, editor):
    place = CommunityPlaceFactory(slug="garden")
    url = f"{LIST}preview/{place.pk}/"
    client.post(url, _form_data(slug="garden", summary="A preview of the new words."))
    html = client.get(url).content.decode()
    assert "A preview of the new words." in html
