"""Signing up, verifying an email, signing in and out, and resetting a password, through django-allauth."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from colearn.models import User
from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def link_in(message) -> str:
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def test_sign_up_then_verify_then_sign_in(client, site_pages):
    response = client.post(
        "/accounts/signup/",
        {
            "display_name": "  Sam   Okafor ",
            "email": "Sam@Example.org",
            "password1": "a long and private phrase",
            "password2": "a long and private phrase",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email__iexact="sam@example.org")
    assert user.display_name == "Sam Okafor"
    assert not EmailAddress.objects.get(user=user).verified

    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["sam@example.org"]
    confirm_url = link_in(mail.outbox[0])
    client.post(confirm_url)
    assert EmailAddress.objects.get(user=user).verified

    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": "sam@example.org", "password": "a long and private phrase"})
    assert response.status_code == 302
    assert client.get("/").context["user"] == user


def test_an_unverified_person_is_asked_to_verify_before_signing_in(client, site_pages):
    UserFactory(email="new@example.org", email_verified=False)
    response = client.post("/accounts/login/", {"login": "new@example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and response.url == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1


def test_sign_up_with_bad_input_explains_each_problem_and_creates_nothing(client, site_pages):
    response = client.post(
        "/accounts/signup/",
        {"display_name": "   ", "email": "not-an-email", "password1": "short", "password2": "other"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert 'href="#id_email"' in html and 'href="#id_display_name"' in html
    assert 'aria-invalid="true"' in html
    assert User.objects.count() == 0


def test_a_wrong_password_gets_a_clear_message(client, site_pages):
    UserFactory(email="sam@example.org")
    response = client.post("/accounts/login/", {"login": "sam@example.org", "password": "wrong"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_reset_a_forgotten_password(client, site_pages):
    user = UserFactory(email="sam@example.org")
    client.post("/accounts/password/reset/", {"email": "sam@example.org"})
    assert len(mail.outbox) == 1
    reset_url = link_in(mail.outbox[0])
    form_url = client.get(reset_url).url  # allauth moves the key into the session and redirects
    response = client.post(form_url, {"password1": "a brand new phrase", "password2": "a brand new phrase"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a brand new phrase")


def test_a_reset_for_an_unknown_email_reveals_nothing(client, site_pages):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    # The page looks the same either way; only the owner of the address learns there is no account.
    assert mail.outbox[0].to == ["nobody@example.org"]
    assert "There is no Colearn account with this email address" in mail.outbox[0].body


@pytest.mark.parametrize(
    "url", ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/", "/accounts/confirm-email/"]
)
def test_account_pages_use_the_site_layout(client, site_pages, url):
    html = client.get(url).content.decode()
    assert 'lang="en-GB"' in html and "Skip to main content" in html and '<main id="main"' in html
    assert html.count("<h1") == 1


def test_the_cms_sends_people_to_the_site_sign_in(client, site_pages):
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_an_admin_signs_in_once_and_reaches_the_cms(client, site_pages):
    UserFactory(email="admin@example.org", is_superuser=True)
    client.post("/accounts/login/", {"login": "admin@example.org", "password": DEFAULT_PASSWORD})
    assert client.get("/admin/").status_code == 200


def test_a_learner_cannot_enter_the_cms(client, site_pages):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302 and not response.url.startswith("/admin/")
