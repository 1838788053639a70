"""A person's one-page profile: written once, in their own words, every part optional, and private until shared."""

import pytest

from colearn.models import OnePageProfile
from tests.factories import CohortFactory, MembershipFactory, OnePageProfileFactory

pytestmark = pytest.mark.django_db

URL = "/account/one-page-profile/"
PARTS = {
    "liked_and_admired": "People say I am calm in a crisis.",
    "what_matters": "My son.\r\nSinging in the choir on Thursdays.",
    "how_to_support": "Please speak slowly and give me time to answer.",
}


def test_the_page_needs_an_account(client, site_pages):
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_write_a_profile_in_your_own_words(client, user, site_pages):
    client.force_login(user)
    response = client.post(URL, PARTS)
    assert response.status_code == 302 and response.url == URL
    profile = OnePageProfile.objects.get(user=user)
    assert profile.what_matters == "My son.\nSinging in the choir on Thursdays."  # the browser's line breaks, kept
    assert (profile.liked_and_admired, profile.how_to_support) == (PARTS["liked_and_admired"], PARTS["how_to_support"])
    html = client.get(URL).content.decode()
    assert "Your one-page profile is saved. Nobody sees it unless you share it with a group." in html
    assert "Singing in the choir on Thursdays." in html


def test_every_part_is_optional_and_the_hints_give_gentle_examples(client, user, site_pages):
    client.force_login(user)
    html = client.get(URL).content.decode()
    for label in ("What people like and admire about me", "What matters to me", "How best to support me"):
        assert f'{label} <span class="optional">(optional)</span>' in html
    assert "For example: “People say I am a good listener" in html and "Large print, please." in html
    assert client.post(URL, dict.fromkeys(PARTS, "")).status_code == 302


def test_too_much_text_is_explained_and_nothing_is_saved(client, user, site_pages):
    OnePageProfileFactory(user=user, what_matters="What I wrote before.")
    client.force_login(user)
    html = client.post(URL, {**PARTS, "how_to_support": "x" * 1001}).content.decode()
    assert "There is a problem" in html and 'href="#id_how_to_support"' in html
    assert "Keep this to 1,000 characters or fewer (you have 1,001)." in html
    assert OnePageProfile.objects.get(user=user).what_matters == "What I wrote before."


def test_the_page_offers_one_sharing_choice_per_group_starting_with_only_me(client, user, course):
    first, second = CohortFactory(course=course.course, name="Tuesday group"), CohortFactory(course=course.course)
    MembershipFactory(cohort=first, user=user)
    MembershipFactory(cohort=second, user=user, profile_sharing="facilitators")
    client.force_login(user)
    html = client.get(URL).content.decode()
    assert "Who in Tuesday group sees your one-page profile" in html
    assert f'action="/cohorts/{first.slug}/profile-sharing/"' in html
    assert f'action="/cohorts/{second.slug}/profile-sharing/"' in html
    assert f'id="id_profile_sharing_{first.pk}_sharing_0" required checked' in html  # Only me
    assert f'id="id_profile_sharing_{second.pk}_sharing_1" required checked' in html  # the facilitators


def test_someone_in_no_group_is_told_the_choice_comes_later(client, user, site_pages):
    client.force_login(user)
    assert "You are not in a group yet." in client.get(URL).content.decode()


def test_the_account_menu_leads_to_it(client, user, site_pages):
    client.force_login(user)
    html = client.get("/account/profile/").content.decode()
    assert f'<a href="{URL}">One-page profile</a>' in html
    assert f'<a href="{URL}" aria-current="page">One-page profile</a>' in client.get(URL).content.decode()


PROFILE_PAGE_QUERIES = 4


@pytest.mark.parametrize("groups", [1, 8])
def test_the_page_costs_the_same_for_one_group_or_many(groups, user, course, page_within):
    """One sharing choice per group, all from one query: never one per group."""
    OnePageProfileFactory(user=user)
    for _ in range(groups):
        MembershipFactory(cohort=CohortFactory(course=course.course), user=user, profile_sharing="group")
    html = page_within(URL, PROFILE_PAGE_QUERIES, as_user=user)
    assert html.count("sees your one-page profile</legend>") == groups
