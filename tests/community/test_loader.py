"""manage.py load_community: the made-up examples, once, and never back after a service has its own."""

import pytest
from django.core.management import call_command
from wagtail.log_actions import log

from community.content import places as content
from community.models import CommunityPlace, PlaceTheme
from tests.factories import CommunityPlaceFactory

pytestmark = pytest.mark.django_db


def rows():
    return sorted(CommunityPlace.objects.values_list("slug", "name", "last_checked_on", "live")), sorted(
        PlaceTheme.objects.values_list("slug", "name")
    )


def test_the_examples_are_loaded_once_and_a_second_run_changes_nothing(capsys):
    call_command("load_community")
    first = rows()
    assert len(first[0]) == len(content.PLACES) >= 6
    assert all(name.startswith("Example: ") for _, name, _, _ in first[0])
    assert CommunityPlace.objects.filter(is_example=True, live=True).count() == len(content.PLACES)
    call_command("load_community")
    assert rows() == first
    assert "nothing to change" in capsys.readouterr().out


def test_the_examples_are_clearly_made_up_and_use_no_real_contact_details():
    for place in content.PLACES:
        assert place["is_example"] and place["name"].startswith("Example: ")
        assert not place.get("email") or place["email"].endswith("@example.org")
        assert not place.get("website") or place["website"].startswith("https://example.org/")
        # Ofcom's numbers for drama: nobody's real line.
        assert not place.get("phone") or place["phone"].startswith("01632 960")


def test_an_editors_change_survives_a_second_run():
    call_command("load_community")
    garden = CommunityPlace.objects.get(slug="example-brookfield-community-garden")
    garden.summary = "Changed by an editor."
    garden.save()
    call_command("load_community")
    garden.refresh_from_db()
    assert garden.summary == "Changed by an editor."


def test_the_examples_stay_away_once_the_area_has_its_own_entries():
    CommunityPlaceFactory(slug="our-own-garden", is_example=False)
    call_command("load_community")
    assert not CommunityPlace.objects.filter(is_example=True).exists()


def test_deleted_examples_are_not_brought_back():
    call_command("load_community")
    for place in CommunityPlace.objects.all():
        log(instance=place, action="wagtail.delete")  # as Wagtail's delete view records it
        place.delete()
    call_command("load_community")
    assert not CommunityPlace.objects.exists()


def test_an_example_checked_long_ago_shows_editors_what_a_stale_entry_looks_like(client):
    call_command("load_community")
    stale = [place.slug for place in CommunityPlace.objects.all() if place.is_stale]
    assert stale == ["example-riverside-walking-group"]
    assert "details may have changed" in client.get(f"/community/{stale[0]}/").content.decode()


def test_module_3_leads_from_mapping_and_trying_places_to_the_directory_and_my_connections(client):
    call_command("load_course")
    module = "/courses/from-day-centre-to-community/community-bridge-building/"
    for lesson in ("mapping-what-is-already-there", "unhooking-from-groups"):
        html = client.get(f"{module}{lesson}/").content.decode()
        assert 'href="/community/"' in html and 'href="/journal/connections/"' in html, lesson
    easy_read = client.get(f"{module}mapping-what-is-already-there/?version=easy-read").content.decode()
    assert 'href="/community/"' in easy_read
