"""A person's profile and display preferences."""

import pytest

from colearn.models import User
from tests.factories.users import sign_in_confirmed

pytestmark = pytest.mark.django_db


def test_profile_and_preferences_need_an_account(client, site_pages):
    for url in ["/account/profile/", "/account/preferences/"]:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_update_the_profile(client, user, site_pages):
    client.force_login(user)
    response = client.post("/account/profile/", {"display_name": " Priya  S ", "pronouns": "she/her"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.pronouns) == ("Priya S", "she/her")
    assert "Your profile is saved." in client.get("/account/profile/").content.decode()


def test_bad_profile_input_is_explained_and_changes_nothing(client, user, site_pages):
    client.force_login(user)
    before = user.display_name
    response = client.post("/account/profile/", {"display_name": "   ", "pronouns": "x" * 41})
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html
    assert 'href="#id_display_name"' in html and 'href="#id_pronouns"' in html
    assert User.objects.get(pk=user.pk).display_name == before


def test_what_people_type_in_their_profile_is_shown_as_text(client, user, site_pages):
    client.force_login(user)
    client.post("/account/profile/", {"display_name": "<script>alert(1)</script>", "pronouns": ""})
    html = client.get("/dashboard/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_display_preferences_apply_on_every_page(client, user, course):
    client.force_login(user)
    client.post("/account/preferences/", {"text_size": "larger", "readable_font": "on", "reduce_motion": "on"})
    for url in ["/", course.lessons[0][0].url, "/dashboard/", "/accounts/email/"]:
        html = client.get(url).content.decode()
        assert '<html lang="en-GB" class="text-larger font-readable reduce-motion">' in html, url


def test_an_unknown_text_size_is_refused(client, user, site_pages):
    client.force_login(user)
    response = client.post("/account/preferences/", {"text_size": "enormous"})
    assert "There is a problem" in response.content.decode()
    assert User.objects.get(pk=user.pk).text_size == "standard"


@pytest.mark.parametrize(
    "url",
    ["/account/profile/", "/account/preferences/", "/accounts/email/", "/accounts/password/change/", "/accounts/2fa/"],
)
def test_account_pages_share_the_account_menu(client, user, site_pages, url):
    sign_in_confirmed(client, user)  # a new password asks to confirm it is you first
    html = client.get(url).content.decode()
    assert 'aria-label="Your account"' in html and "Two-factor sign-in" in html


def test_a_refused_preferences_form_does_not_change_how_the_page_looks(client, user, site_pages):
    client.force_login(user)
    html = client.post("/account/preferences/", {"text_size": "enormous", "readable_font": "on"}).content.decode()
    assert '<html lang="en-GB" class="text-standard">' in html
