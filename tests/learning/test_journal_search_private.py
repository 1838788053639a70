"""What someone searches their journal for stays out of addresses: not in the browser's history on a shared computer,
not in the server's access log. The form POSTs the words; the address carries only a short id."""

import re

import pytest

from learning.services.journal import entry_create
from learning.views.journal import ENTRIES_PER_PAGE

pytestmark = pytest.mark.django_db

WORDS = "unsafe at home"


def addresses_in(html: str) -> list[str]:
    return re.findall(r'(?:href|action)="([^"]*)"', html)


def search(client, words: str, **filters):
    response = client.post("/journal/", {"q": words, **filters})
    assert response.status_code == 303
    return response


def test_the_search_form_posts_and_the_words_are_in_no_address(client, user):
    entry_create(author=user, text="Some nights I feel unsafe at home.")
    entry_create(author=user, text="A walk by the canal.")
    client.force_login(user)
    form = client.get("/journal/").content.decode()
    assert re.search(r'<form method="post" action="/journal/"[^>]*role="search"', form)

    response = search(client, WORDS)
    assert "unsafe" not in response["Location"] and "home" not in response["Location"]
    assert re.fullmatch(r"/journal/\?search=[\w-]{6,12}", response["Location"])

    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "1 entry" in html and "Some nights I feel unsafe at home." in html and "canal" not in html
    assert f'value="{WORDS}"' in html  # shown in the box to change it, never in an address
    assert not [address for address in addresses_in(html) if "unsafe" in address or "home" in address]


def test_filters_stay_in_the_address_and_the_search_with_them(client, user):
    entry_create(author=user, kind="small_win", text="Felt unsafe at home, then called a friend.")
    entry_create(author=user, kind="reflection", text="Unsafe at home again tonight.")
    client.force_login(user)
    location = search(client, WORDS, kind="small_win", course="", visibility="")["Location"]
    assert "kind=small_win" in location and "search=" in location and "unsafe" not in location
    html = client.get(location).content.decode()
    assert "1 entry" in html and "called a friend" in html and "again tonight" not in html


def test_pagination_keeps_the_search_and_not_the_words(client, user):
    for number in range(ENTRIES_PER_PAGE + 5):
        entry_create(author=user, text=f"Note {number}: unsafe at home.")
    entry_create(author=user, text="Something else altogether.")
    client.force_login(user)
    first = client.get(search(client, WORDS)["Location"]).content.decode()
    assert f"{ENTRIES_PER_PAGE + 5} entries" in first
    next_link = re.search(r'href="(\?[^"]*page=2)"', first).group(1).replace("&amp;", "&")
    assert "search=" in next_link and "unsafe" not in next_link

    second = client.get(f"/journal/{next_link}").content.decode()
    assert "Page 2 of 2" in second and "Something else" not in second
    assert second.count('class="entry-card"') == 5


def test_an_unknown_or_expired_search_shows_the_whole_journal_gently(client, user):
    entry_create(author=user, text="Unsafe at home.")
    entry_create(author=user, text="A walk by the canal.")
    client.force_login(user)
    page = client.get("/journal/?search=not-a-search")
    html = page.content.decode()
    assert page.status_code == 200
    assert "That search has ended, so here are all your entries." in html
    assert "2 entries" in html


def test_a_search_id_is_only_good_in_the_session_that_made_it(client, user):
    from tests.factories import UserFactory

    entry_create(author=user, text="Unsafe at home.")
    client.force_login(user)
    location = search(client, WORDS)["Location"]
    client.logout()
    someone = UserFactory()
    entry_create(author=someone, text="Nothing about that.")
    client.force_login(someone)
    assert "That search has ended" in client.get(location).content.decode()


def test_an_empty_search_just_shows_the_journal(client, user):
    client.force_login(user)
    response = client.post("/journal/", {"q": "   ", "kind": ""})
    assert response.status_code == 303 and response["Location"] == "/journal/"


def test_words_in_the_address_are_ignored_so_nothing_puts_them_back_there(client, user):
    entry_create(author=user, text="About the allotment.")
    entry_create(author=user, text="About the weather.")
    client.force_login(user)
    html = client.get("/journal/?q=allotment").content.decode()
    assert "2 entries" in html, "the whole journal, unfiltered"
    assert not [address for address in addresses_in(html) if "allotment" in address]


def test_signed_out_the_search_asks_to_sign_in_and_shows_nothing(client):
    response = client.post("/journal/", {"q": WORDS})
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert "unsafe" not in response.url
