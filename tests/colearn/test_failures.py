"""When things fail: the health check says so plainly, and the 500 page helps (a reference to quote, the person's
own words back to copy) without needing the database it may have failed on."""

import importlib
import inspect
import json
from unittest import mock

import pytest
from django import forms
from django.db import InterfaceError, OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, RequestFactory
from django.urls import reverse

from colearn import views
from colearn.fields import TYPED_FIELDS, TypedTextField
from colearn.security import REQUEST_ID_HEADER

pytestmark = pytest.mark.django_db


# --- /healthz/ -----------------------------------------------------------------------------------------------------


def test_health_answers_ok_when_the_database_does(client):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.parametrize("error", [OperationalError("could not connect to server"), InterfaceError("closed")])
def test_health_answers_503_without_a_traceback_when_the_database_does_not(client, error):
    with mock.patch("colearn.views.connection") as connection:
        connection.cursor.side_effect = error
        response = client.get("/healthz/")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "unavailable"}
    assert b"Traceback" not in response.content and b"could not connect" not in response.content


# --- the 500 page --------------------------------------------------------------------------------------------------


@pytest.fixture
def failing_profile_save():
    """The profile form's save blows up, as an unexpected bug or a lost database would make it."""
    with mock.patch("colearn.views.one_page_profile_update", side_effect=RuntimeError("boom")) as patched:
        yield patched


@pytest.fixture
def browser_client(user):
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def test_a_failed_form_post_gets_a_500_page_with_the_reference_and_the_persons_own_words(
    browser_client, failing_profile_save, settings
):
    assert settings.DEBUG is False
    matters = 'I run the Tuesday group.\n</textarea><script>alert("x")</script> & more'

    response = browser_client.post(
        reverse("one_page_profile"),
        {
            "display_name": "Sam",
            "pronouns": "they/them",
            "what_matters": matters,
            "csrfmiddlewaretoken": "secret-token-value",
            "visibility": "cohort",
            "cohort": "4242",
        },
    )

    assert failing_profile_save.called
    assert response.status_code == 500
    page = response.content.decode()
    request_id = response[REQUEST_ID_HEADER]
    assert request_id
    assert f'quote this reference: <strong class="request-id">{request_id}</strong>' in page
    # The words come back escaped, inside a read-only textarea, so they can be copied and cannot run.
    assert (
        "I run the Tuesday group.\n&lt;/textarea&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more"
        in page
    )
    assert "<script>" not in page
    assert '<textarea id="typed-what_matters" rows="8" readonly' in page
    # Only typed text: never the token, the audience, the group, or fields that are not long writing.
    for left_out in ("secret-token-value", "4242", "cohort", "they/them"):
        assert left_out not in page
    assert "no-store" in response["Cache-Control"]


def test_a_failed_get_gets_the_500_page_with_the_reference_and_no_text_boxes(browser_client):
    with mock.patch("colearn.views.render", side_effect=RuntimeError("boom")):
        response = browser_client.get(reverse("profile"))

    assert response.status_code == 500
    page = response.content.decode()
    assert "Sorry, something went wrong on our side" in page
    assert response[REQUEST_ID_HEADER] in page
    assert "<textarea" not in page
    assert "your browser may still have your text" in page


def test_a_script_that_asked_for_json_gets_json_with_the_reference(browser_client, failing_profile_save):
    response = browser_client.post(
        reverse("one_page_profile"), {"what_matters": "Hello"}, HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 500
    body = response.json()
    assert body["request_id"] == response[REQUEST_ID_HEADER]
    assert "Hello" not in json.dumps(body)


def test_the_500_page_needs_no_database(user, monkeypatch, django_assert_num_queries):
    """The failure may be the database itself: the page must render without opening a cursor at all."""
    request = RequestFactory().post("/journal/new/", {"title": "Monday", "text": "What I noticed", "lesson": "7"})
    request.request_id = "abc123def4567890"
    request.user = user

    def no_database(*args, **kwargs):
        raise OperationalError("the database is down")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", no_database)
    with django_assert_num_queries(0):
        response = views.server_error(request)

    assert response.status_code == 500
    page = response.content.decode()
    assert "abc123def4567890" in page
    assert ">What I noticed</textarea>" in page and ">Monday</textarea>" in page
    assert 'name="lesson"' not in page and ">7<" not in page


def test_an_unreadable_post_still_gets_the_500_page():
    request = RequestFactory().post("/journal/new/", data=b"x", content_type="multipart/form-data; boundary=")
    request.request_id = "feedfacefeedface"

    response = views.server_error(request)

    assert response.status_code == 500
    assert "feedfacefeedface" in response.content.decode()


def _all_forms():
    for module_name in ("colearn.forms", "cohorts.forms", "learning.forms"):
        module = importlib.import_module(module_name)
        for _, form_class in inspect.getmembers(module, inspect.isclass):
            if issubclass(form_class, forms.BaseForm) and form_class.__module__ == module_name:
                yield form_class


def test_every_box_for_writing_in_every_form_comes_back_on_the_500_page():
    """By mechanism: a new form with a new text box fails here until the 500 page knows to give its words back."""
    writing_boxes = {
        (form_class.__name__, name)
        for form_class in _all_forms()
        for name, field in form_class.base_fields.items()
        if isinstance(field, TypedTextField) and isinstance(field.widget, forms.Textarea)
    }
    assert writing_boxes, "no form was found: the walk is broken"
    missing = {box for box in writing_boxes if box[1] not in TYPED_FIELDS}
    assert not missing, f"add these to colearn.fields.TYPED_FIELDS: {sorted(missing)}"


def test_nothing_hidden_or_chosen_is_ever_given_back():
    """The other way round: no name on the 500 page's list is a hidden, choice or yes/no field in any form."""
    clashes = {
        (form_class.__name__, name)
        for form_class in _all_forms()
        for name, field in form_class.base_fields.items()
        if name in TYPED_FIELDS
        and (not isinstance(field, forms.CharField) or isinstance(field.widget, forms.HiddenInput))
    }
    assert not clashes, sorted(clashes)
