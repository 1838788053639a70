"""Shared computers (day centres, libraries, a friend's phone): the session ends with the browser unless the person
asks to stay signed in, an idle session ends by itself (with a warning and a way to stay), signing out clears the
site's storage in the browser, and the copy of unsaved writing on the device is tied to the person."""

import re
import time

import pytest
from django.test import Client

from colearn.middleware import LAST_SEEN_KEY, device_key
from learning.models import JournalDraft, JournalEntry
from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

KEEPALIVE = "/account/session/"
IDLE = 30 * 60


def sign_in(client, person, *, remember: bool = False):
    data = {"login": person.email, "password": DEFAULT_PASSWORD}
    if remember:
        data["remember"] = "on"
    response = client.post("/accounts/login/", data)
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def idle_for(client, seconds: int) -> None:
    """As if the last request was `seconds` ago."""
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - seconds
    session.save()


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


# --- The session ends with the browser unless "Keep me signed in" is ticked -----------------------------------


def test_without_keep_me_signed_in_the_session_cookie_ends_with_the_browser(client, settings):
    response = sign_in(client, UserFactory())
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie.value
    assert cookie["max-age"] == "" and cookie["expires"] == ""


def test_with_keep_me_signed_in_the_session_cookie_outlives_the_browser(client, settings):
    response = sign_in(client, UserFactory(), remember=True)
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert int(cookie["max-age"]) == settings.SESSION_COOKIE_AGE
    assert cookie["expires"]


# --- Idle sessions --------------------------------------------------------------------------------------------


def test_a_session_idle_past_the_limit_is_signed_out_and_says_why(client, settings):
    settings.SESSION_IDLE_SECONDS = IDLE
    sign_in(client, UserFactory())
    assert client.get("/dashboard/").status_code == 200
    idle_for(client, IDLE + 5)

    response = client.get("/dashboard/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not signed_in(client)
    page = client.get(response.url).content.decode()
    assert "You were signed out because nothing happened for a while" in page


def test_activity_keeps_the_session_going(client, settings):
    settings.SESSION_IDLE_SECONDS = IDLE
    sign_in(client, UserFactory())
    idle_for(client, IDLE - 60)
    assert client.get("/journal/").status_code == 200
    assert int(time.time()) - client.session[LAST_SEEN_KEY] <= 2  # the visit counted as activity
    idle_for(client, IDLE - 60)
    assert client.get("/dashboard/").status_code == 200 and signed_in(client)


def test_a_kept_session_has_no_idle_limit(client, settings):
    settings.SESSION_IDLE_SECONDS = IDLE
    sign_in(client, UserFactory(), remember=True)
    idle_for(client, IDLE * 10)
    assert client.get("/dashboard/").status_code == 200 and signed_in(client)
    assert "data-session-seconds" not in client.get("/dashboard/").content.decode()


def test_text_sent_after_an_idle_sign_out_comes_back_and_nothing_is_saved(client, settings):
    settings.SESSION_IDLE_SECONDS = IDLE
    person = UserFactory()
    sign_in(client, person)
    idle_for(client, IDLE + 5)
    words = "I have been feeling unsafe at home and wanted to write it down."

    response = client.post("/journal/new/", {"title": "Tonight", "text": words, "visibility": "private"})
    assert response.status_code == 401
    assert words in response.content.decode()
    assert not JournalEntry.objects.filter(author=person).exists()

    autosave = client.post(
        "/journal/drafts/", {"key": "new", "text": words, "version": "0"}, HTTP_ACCEPT="application/json"
    )
    assert autosave.status_code == 401 and autosave["Content-Type"] == "application/json"
    assert not JournalDraft.objects.filter(author=person).exists()


def test_the_page_tells_the_script_how_long_is_left(client, settings):
    settings.SESSION_IDLE_SECONDS = IDLE
    settings.SESSION_IDLE_WARNING_SECONDS = 120
    sign_in(client, UserFactory())
    html = client.get("/dashboard/").content.decode()
    seconds = int(re.search(r'data-session-seconds="(\d+)"', html).group(1))
    assert IDLE - 5 <= seconds <= IDLE
    assert 'data-session-warning="120"' in html and f'data-session-url="{KEEPALIVE}"' in html
    assert "js/session.js" in html


# --- "Stay signed in" -----------------------------------------------------------------------------------------


def test_stay_signed_in_refreshes_the_session_and_says_how_long_is_left(client, settings):
    settings.SESSION_IDLE_SECONDS = IDLE
    sign_in(client, UserFactory())
    idle_for(client, IDLE - 90)

    response = client.post(KEEPALIVE, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json() == {"signed_in": True, "seconds_left": IDLE}
    assert int(time.time()) - client.session[LAST_SEEN_KEY] <= 2


def test_asking_how_long_is_left_is_not_activity(client, settings):
    settings.SESSION_IDLE_SECONDS = IDLE
    sign_in(client, UserFactory())
    idle_for(client, IDLE - 90)
    response = client.get(KEEPALIVE, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["signed_in"] is True
    assert 85 <= response.json()["seconds_left"] <= 90

    idle_for(client, IDLE + 1)
    late = client.get(KEEPALIVE, HTTP_ACCEPT="application/json")
    assert late.status_code == 401 and late.json()["signed_in"] is False
    assert not signed_in(client)


def test_stay_signed_in_needs_the_security_token(settings):
    settings.SESSION_IDLE_SECONDS = IDLE
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(UserFactory())
    response = strict.post(KEEPALIVE, HTTP_ACCEPT="application/json")
    assert response.status_code == 403 and response["Content-Type"] == "application/json"
    assert "could not be saved" in response.json()["message"]


def test_stay_signed_in_when_already_signed_out_is_a_readable_401(client):
    response = client.post(KEEPALIVE, HTTP_ACCEPT="application/json")
    assert response.status_code == 401
    assert response.json()["signed_in"] is False


# --- Signing out leaves nothing behind ------------------------------------------------------------------------


def test_signing_out_asks_the_browser_to_clear_cache_and_storage(client):
    sign_in(client, UserFactory())
    confirm = client.get("/accounts/logout/")  # the "are you sure" page signs nobody out
    assert not confirm.has_header("Clear-Site-Data") and signed_in(client)

    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert not signed_in(client)


def test_signing_out_of_the_cms_clears_the_device_too(client):
    sign_in(client, UserFactory(is_superuser=True))
    response = client.post("/admin/logout/")
    assert response.status_code == 302 and not signed_in(client)
    assert response["Clear-Site-Data"] == '"cache", "storage"'


def test_a_signed_out_page_runs_the_script_that_forgets_every_device_copy(client):
    html = client.get("/courses/").content.decode()
    assert "js/session.js" in html and "data-person" not in html


def test_an_idle_sign_out_does_not_clear_the_device_copy(client, settings):
    """Ending an idle session must not throw away the device copy of what the person was typing."""
    settings.SESSION_IDLE_SECONDS = IDLE
    sign_in(client, UserFactory())
    idle_for(client, IDLE + 5)
    assert not client.get("/dashboard/").has_header("Clear-Site-Data")


def test_the_device_key_names_the_person_opaquely(client):
    first, second = UserFactory(), UserFactory()
    sign_in(client, first)
    html = client.get("/journal/new/").content.decode()
    key = re.search(r'data-person="([0-9a-f]+)"', html).group(1)
    assert key == device_key(first) and key != device_key(second)
    assert first.email not in key and str(first.pk) != key and len(key) >= 20
    client.post("/accounts/logout/")
    assert "data-person" not in client.get("/courses/").content.decode()
