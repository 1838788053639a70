"""Autosave answers JSON on every error, so the script can keep the text and say plainly what happened: a failed
security check (403), too many saves (429), a server error (500) and a busy or unreachable database (503).
Nothing is saved, nothing is lost: the text stays on the page and on the device (tests/browser/test_shared_device.py
checks the script)."""

import pytest
from django.db import OperationalError
from django.test import Client

from learning.models import JournalDraft

pytestmark = pytest.mark.django_db

URL = "/journal/drafts/"
JSON = {"HTTP_ACCEPT": "application/json"}
TEXT = {"key": "new", "title": "Tonight", "text": "Words I do not want to lose.", "version": "0"}


def test_a_failed_security_check_answers_json(user):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    response = strict.post(URL, TEXT, **JSON)
    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"
    assert "Your text is kept on this page" in response.json()["message"]
    assert not JournalDraft.objects.filter(author=user).exists()


def test_a_failed_security_check_on_a_page_form_is_still_a_page(user):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(user)
    response = strict.post("/journal/new/", {"text": "Words", "visibility": "private"})
    assert response.status_code == 403 and response["Content-Type"].startswith("text/html")


def test_a_server_error_inside_autosave_answers_json_with_the_request_id(client, user, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("something broke")

    monkeypatch.setattr("learning.views.drafts.draft_save", broken)
    client.force_login(user)
    response = client.post(URL, TEXT, **JSON)
    assert response.status_code == 500 and response["Content-Type"] == "application/json"
    body = response.json()
    assert "Something went wrong on our side" in body["message"] and "kept" in body["message"]
    assert body["request_id"] == response["X-Request-ID"]
    assert "Words I do not want to lose" not in response.content.decode()


def test_a_busy_database_answers_json_503_with_when_to_try_again(client, user, monkeypatch):
    def locked(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr("learning.views.drafts.draft_save", locked)
    client.force_login(user)
    response = client.post(URL, TEXT, **JSON)
    assert response.status_code == 503 and response["Content-Type"] == "application/json"
    assert int(response["Retry-After"]) > 0
    assert "busy" in response.json()["message"]


def test_autosave_errors_are_never_cached(client, user, monkeypatch):
    monkeypatch.setattr("learning.views.drafts.draft_save", lambda **kwargs: 1 / 0)
    client.force_login(user)
    assert "no-store" in client.post(URL, TEXT, **JSON)["Cache-Control"]


def test_after_an_error_the_next_save_works(client, user, monkeypatch):
    client.force_login(user)
    with monkeypatch.context() as patched:
        patched.setattr("learning.views.drafts.draft_save", lambda **kwargs: 1 / 0)
        assert client.post(URL, TEXT, **JSON).status_code == 500
    response = client.post(URL, TEXT, **JSON)
    assert response.status_code == 200 and response.json()["version"] == 1
    assert JournalDraft.objects.get(author=user, key="new").text == TEXT["text"]


def test_too_many_saves_answer_json_429_and_the_saved_text_stays(client, user, settings):
    settings.COLEARN_RATE_LIMITS = {"autosave": "1/1m/user"}
    client.force_login(user)
    assert client.post(URL, TEXT, **JSON).status_code == 200
    response = client.post(URL, {**TEXT, "text": "A later version.", "version": "1"}, **JSON)
    assert response.status_code == 429 and response["Content-Type"] == "application/json"
    assert response.json()["message"]
    assert JournalDraft.objects.get(author=user, key="new").text == TEXT["text"]
