"""/community/ and /community/<slug>/ as anyone sees them: search, filters, pagination, bad input, entries' pages."""

import datetime

import pytest
from django.utils import timezone

from community.models import CommunityPlace
from tests.factories import CommunityPlaceFactory, UserFactory

pytestmark = pytest.mark.django_db

GARBAGE = "<script>alert(1)</script>\"'; DROP TABLE x;-- ${{7*7}} %s %n ../../"


def names_on(html: str, places: dict) -> set[str]:
    return {key for key, place in places.items() if place.name in html}


def get(client, params: dict | None = None) -> str:
    response = client.get("/community/", params or {})
    assert response.status_code == 200
    return response.content.decode()


def test_everyone_sees_every_published_entry_in_order_of_name(client, places):
    html = get(client)
    assert names_on(html, places) == {"garden", "choir", "swim"}
    assert html.index("Brookfield Community Garden") < html.index("Gentle swim") < html.index("Sing for Fun")
    assert "3 places and groups" in html


def test_an_unpublished_entry_is_neither_listed_nor_shown(client, places):
    places["choir"].unpublish()
    assert "Sing for Fun" not in get(client)
    assert client.get("/community/choir/").status_code == 404


def test_search_finds_words_in_what_happens_there(client, places):
    html = get(client, {"q": "vegetables"})
    assert names_on(html, places) == {"garden"}
    assert "1 place found" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "gardening-and-nature"}, {"garden"}),
        ({"day": "sat"}, {"garden"}),
        ({"day": "mon"}, {"choir"}),
        ({"day": "wed"}, set()),
        ({"cost": "paid"}, {"swim"}),
        ({"access": "on"}, {"garden", "swim"}),
        ({"day": "tue", "cost": "free", "access": "on"}, {"garden"}),
        ({"q": "swimming", "access": "on"}, {"swim"}),
        ({"q": "choir", "theme": "gardening-and-nature"}, set()),
    ],
)
def test_filters_and_search_combine(client, places, params, expected):
    assert names_on(get(client, params), places) == expected


def test_no_match_says_so_kindly_and_offers_everything(client, places):
    html = get(client, {"q": "trampolining"})
    assert "0 places found" in html and "Nothing matched" in html
    assert 'href="/community/"' in html


def test_an_empty_directory_explains_itself(client, db):
    html = get(client)
    assert "There is nothing in the directory yet" in html


def test_the_theme_filter_offers_only_themes_with_published_entries(client, places):
    html = get(client)
    assert 'value="gardening-and-nature"' in html and 'value="arts-and-making"' in html
    places["choir"].unpublish()
    assert 'value="arts-and-making"' not in get(client)


@pytest.mark.parametrize("name", ["q", "theme", "day", "cost", "access", "page"])
@pytest.mark.parametrize("value", [GARBAGE, "x" * 100_000, "9" * 40, "", "two"])
def test_garbage_in_any_parameter_is_a_page_with_a_message_never_an_error(client, places, name, value):
    response = client.get("/community/", {name: value})
    assert response.status_code == 200
    html = response.content.decode()
    if name in ("theme", "day", "cost") and value:
        assert "There is a problem" in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("name", ["q", "theme", "page"])
def test_a_nul_character_gets_the_sites_bad_request_page(client, places, name):
    # colearn.middleware refuses a NUL anywhere in the address before any view runs (PostgreSQL cannot hold one).
    assert client.get("/community/", {name: "a\x00b"}).status_code == 400


def test_repeated_parameters_are_read_once(client, places):
    response = client.get("/community/?day=tue&day=mon&cost=free&cost=paid")
    assert response.status_code == 200


def test_a_bad_filter_is_named_beside_its_field_and_the_good_ones_still_apply(client, places):
    html = get(client, {"day": "someday", "cost": "free"})
    assert "Choose a day of the week from the list." in html
    assert 'href="#id_day"' in html  # the error summary links to the field
    assert names_on(html, places) == {"garden"}


def test_an_over_long_search_says_the_limit(client, places):
    html = get(client, {"q": "garden " * 40})
    assert "Keep this to 200 characters or fewer" in html


def test_symbols_only_search_finds_nothing_rather_than_failing(client, places):
    html = get(client, {"q": '"*()'})
    assert "0 places found" in html


def test_the_list_is_paginated_and_the_pages_keep_the_filters(client, db):
    for number in range(14):
        CommunityPlaceFactory(name=f"Place {number:02d}", slug=f"place-{number}", cost="free")
    first = get(client, {"cost": "free"})
    assert "Page 1 of 2" in first and "Place 11" in first and "Place 12" not in first
    assert 'href="?cost=free&amp;page=2"' in first
    second = get(client, {"cost": "free", "page": "2"})
    assert "Place 12" in second and "Place 13" in second and "Place 00" not in second


def test_posting_to_the_directory_is_refused_and_changes_nothing(client, places):
    assert client.post("/community/", {"q": "garden"}).status_code == 405
    assert client.post("/community/garden/").status_code == 405
    assert CommunityPlace.objects.count() == 3


# --- An entry's page ---------------------------------------------------------------------------------------------


def test_an_entry_shows_everything_people_need_to_decide_and_get_in_touch(client, garden_theme):
    CommunityPlaceFactory(
        name="Brookfield Community Garden",
        slug="garden",
        summary="Neighbours grow vegetables together.",
        description="<p>Gloves and <b>tools</b> provided.</p>",
        when="Tuesdays 10am to 12pm",
        days=["tue"],
        address="Mill Lane\nBrookfield",
        map_url="https://maps.example.org/garden",
        cost="low",
        cost_note="£1 for tea",
        phone="01632 960101",
        email="garden@example.org",
        website="https://example.org/garden",
        accessibility="Raised beds.",
        who_it_suits="Anyone who likes being outdoors.",
        themes=[garden_theme],
    )
    response = client.get("/community/garden/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    for text in [
        "Neighbours grow vegetables together.",
        "Gloves and <b>tools</b> provided.",
        "Tuesdays 10am to 12pm",
        "Mill Lane<br>Brookfield",
        'href="https://maps.example.org/garden"',
        "Low cost: £1 for tea",
        'href="tel:01632960101"',
        'href="mailto:garden@example.org"',
        "Raised beds.",
        "Anyone who likes being outdoors.",
        "Gardening and nature",
    ]:
        assert text in html, text


def test_a_missing_entry_is_the_friendly_not_found_page(client, db):
    response = client.get("/community/no-such-place/")
    assert response.status_code == 404


def test_an_example_says_it_is_made_up(client, db):
    CommunityPlaceFactory(slug="example", is_example=True)
    assert "This is a made-up example" in client.get("/community/example/").content.decode()


def _months_ago(months: int) -> datetime.date:
    today = timezone.localdate()
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return today.replace(year=year, month=month + 1, day=1)


def test_an_entry_not_checked_for_over_a_year_says_so_kindly(client, db):
    checked = _months_ago(14)
    CommunityPlaceFactory(slug="old", checked_on=checked)
    html = client.get("/community/old/").content.decode()
    assert f"Last checked in {checked:%B %Y} — details may have changed, so it is worth getting in touch first." in html


def test_an_entry_checked_this_year_just_says_when(client, db):
    checked = _months_ago(11)
    CommunityPlaceFactory(slug="recent", checked_on=checked)
    html = client.get("/community/recent/").content.decode()
    assert f"Last checked in {checked:%B %Y}." in html
    assert "details may have changed" not in html


def test_twelve_months_to_the_day_is_not_yet_stale(db):
    today = timezone.localdate()
    place = CommunityPlaceFactory(checked_on=today.replace(year=today.year - 1) if today.month != 2 else today)
    assert not place.is_stale
    place.last_checked_on = place.last_checked_on - datetime.timedelta(days=1 if today.month != 2 else 400)
    assert place.is_stale


def test_a_signed_in_person_can_add_the_entry_to_their_connections(client, places):
    garden = places["garden"]
    client.force_login(UserFactory())
    html = client.get("/community/garden/").content.decode()
    assert f'href="/journal/connections/new/?place={garden.pk}"' in html
    assert "Add to my connections" in html


def test_a_signed_out_visitor_is_offered_sign_in_instead(client, places):
    html = client.get("/community/garden/").content.decode()
    assert "Add to my connections" not in html
    assert 'href="/accounts/login/?next=/community/garden/"' in html


def test_signed_in_pages_are_never_kept_by_the_browser(client, places):
    client.force_login(UserFactory())
    for url in ("/community/", "/community/garden/"):
        assert "no-store" in client.get(url)["Cache-Control"]


def test_the_main_navigation_leads_to_the_directory(client, site_pages):
    assert 'href="/community/">Community</a>' in client.get("/").content.decode()
