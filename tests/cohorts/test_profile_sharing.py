"""Sharing a one-page profile with a group, seeing it beside people's names, and applying with what you wrote before.
(Who may read a profile, persona by persona, is the matrix in test_profile_privacy.py.)"""

import pytest

from cohorts.models import Application, Membership, ProfileSharing
from cohorts.services import membership_erase_person
from learning.services.data_rights import person_export_files
from tests.factories import LiveSessionFactory, MembershipFactory, OnePageProfileFactory, UserFactory

pytestmark = pytest.mark.django_db

SUPPORT = "Please send the slides the day before.\nI lip-read, so I sit near the front."


@pytest.fixture
def jo_profile(member):
    return OnePageProfileFactory(
        user=member, liked_and_admired="", what_matters="My <b>allotment</b>", how_to_support=SUPPORT
    )


def sharing_of(user, cohort) -> str:
    return Membership.objects.get(user=user, cohort=cohort).profile_sharing


def test_a_new_member_shares_with_nobody(cohort, member):
    assert sharing_of(member, cohort) == ProfileSharing.NOBODY


def test_share_from_the_group_space_with_a_trail_that_holds_no_words(client, cohort, member, jo_profile, caplog):
    caplog.set_level("INFO", logger="colearn.security")
    client.force_login(member)
    space = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert f"Who in {cohort.name} sees your one-page profile" in space

    response = client.post(f"/cohorts/{cohort.slug}/profile-sharing/", {"sharing": "facilitators"}, follow=True)

    assert response.redirect_chain == [(f"/cohorts/{cohort.slug}/", 302)]
    assert f"Saved. The facilitators of {cohort.name} can see your one-page profile." in response.content.decode()
    assert sharing_of(member, cohort) == ProfileSharing.FACILITATORS
    events = [record.getMessage() for record in caplog.records if record.name == "colearn.security"]
    assert any(
        "event=profile_sharing_changed" in event and "sharing=facilitators previous=nobody" in event for event in events
    )
    assert not any("allotment" in event or "slides" in event for event in events)


def test_share_from_the_profile_page_goes_back_there(client, cohort, member):
    client.force_login(member)
    response = client.post(f"/cohorts/{cohort.slug}/profile-sharing/", {"sharing": "group", "return_to": "profile"})
    assert response.url == "/account/one-page-profile/"
    assert sharing_of(member, cohort) == ProfileSharing.GROUP
    assert "Saved. Everyone in" in client.get(response.url).content.decode()


@pytest.mark.parametrize("posted", [{}, {"sharing": "everyone"}, {"sharing": ""}])
def test_a_choice_that_cannot_be_understood_changes_nothing(client, cohort, member, posted):
    client.force_login(member)
    response = client.post(f"/cohorts/{cohort.slug}/profile-sharing/", posted, follow=True)
    assert "Choose who may see your one-page profile. Nothing was changed." in response.content.decode()
    assert sharing_of(member, cohort) == ProfileSharing.NOBODY


def test_someone_outside_the_group_gets_a_404_and_changes_nothing(client, cohort, member):
    client.force_login(UserFactory())
    assert client.post(f"/cohorts/{cohort.slug}/profile-sharing/", {"sharing": "group"}).status_code == 404
    assert client.get(f"/cohorts/{cohort.slug}/profile-sharing/").status_code == 405


def test_the_member_list_shows_a_shared_profile_as_plain_text_in_a_disclosure(client, cohort, member, jo_profile):
    Membership.objects.filter(user=member).update(profile_sharing=ProfileSharing.GROUP)
    other = UserFactory()
    MembershipFactory(cohort=cohort, user=other)
    client.force_login(other)
    html = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert '<details class="member-profile">' in html and "<summary>Jo’s one-page profile</summary>" in html
    assert "<dt>What matters to me</dt><dd>My &lt;b&gt;allotment&lt;/b&gt;</dd>" in html
    assert "Please send the slides the day before.<br>I lip-read" in html
    assert "What people like and admire about me</dt>" not in html  # an empty part is left out


def test_a_profile_with_no_words_shows_nothing(client, cohort, member):
    OnePageProfileFactory(user=member, liked_and_admired="", what_matters="", how_to_support="")
    Membership.objects.filter(user=member).update(profile_sharing=ProfileSharing.GROUP)
    client.force_login(cohort.memberships.exclude(user=member).first().user)
    assert "one-page profile</summary>" not in client.get(f"/cohorts/{cohort.slug}/").content.decode()


def test_the_owner_sees_their_own_with_who_sees_it_there(client, cohort, member, jo_profile):
    client.force_login(member)
    html = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert "<summary>Your one-page profile</summary>" in html
    assert "Who sees it in this group: only me." in html


def test_facilitators_see_it_on_the_register(client, cohort, facilitator, member, jo_profile):
    Membership.objects.filter(user=member).update(profile_sharing=ProfileSharing.FACILITATORS)
    session = LiveSessionFactory(cohort=cohort)
    client.force_login(facilitator)
    html = client.get(f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/").content.decode()
    assert "<summary>Jo’s one-page profile</summary>" in html and "I lip-read" in html


def test_leaving_and_erasure_share_nothing_more(cohort, member, jo_profile):
    Membership.objects.filter(user=member).update(profile_sharing=ProfileSharing.GROUP)
    membership_erase_person(user=member)
    assert sharing_of(member, cohort) == ProfileSharing.NOBODY


def test_the_download_says_who_sees_the_profile_in_each_group(cohort, member):
    Membership.objects.filter(user=member).update(profile_sharing=ProfileSharing.FACILITATORS)
    files = dict(person_export_files(user=member))
    memberships = next(data.decode() for name, data in files.items() if name.startswith("group_memberships"))
    assert "The group’s facilitators" in memberships


# --- Applying: "Use what I wrote before" -------------------------------------------------------------------------


def application(**fields) -> dict:
    return {"statement": "I run a lunch club.", "perspective": "carer", "agreed_to_cohort_agreement": "on", **fields}


def test_apply_offers_what_i_wrote_before_quoted(client, cohort, member, jo_profile):
    applicant = UserFactory()
    OnePageProfileFactory(user=applicant, how_to_support=SUPPORT)
    client.force_login(applicant)
    html = client.get(f"/cohorts/{cohort.slug}/apply/").content.decode()
    assert "Use what I wrote before, in my one-page profile" in html
    assert "you wrote: “Please send the slides the day before." in html
    assert 'value="profile" id="id_access_needs_from_0" required checked' in html


def test_applying_with_what_i_wrote_before_stores_those_words(client, cohort):
    applicant = UserFactory()
    OnePageProfileFactory(user=applicant, how_to_support=SUPPORT)
    client.force_login(applicant)
    response = client.post(f"/cohorts/{cohort.slug}/apply/", application(access_needs_from="profile"))
    assert response.status_code == 302
    assert Application.objects.get(user=applicant).access_needs == SUPPORT


def test_applying_with_something_new_for_this_group(client, cohort):
    applicant = UserFactory()
    OnePageProfileFactory(user=applicant, how_to_support=SUPPORT)
    client.force_login(applicant)
    posted = application(access_needs_from="here", access_needs="A quiet room, please.")
    assert client.post(f"/cohorts/{cohort.slug}/apply/", posted).status_code == 302
    assert Application.objects.get(user=applicant).access_needs == "A quiet room, please."


def test_new_words_with_what_i_wrote_before_asks_which_and_keeps_the_text(client, cohort):
    applicant = UserFactory()
    OnePageProfileFactory(user=applicant, how_to_support=SUPPORT)
    client.force_login(applicant)
    posted = application(access_needs_from="profile", access_needs="A quiet room, please.")
    html = client.post(f"/cohorts/{cohort.slug}/apply/", posted).content.decode()
    assert "There is a problem" in html and "also chose to use what you wrote before" in html
    assert "A quiet room, please.</textarea>" in html
    assert not Application.objects.filter(user=applicant).exists()


def test_without_a_profile_the_form_asks_as_before_and_ignores_a_made_up_choice(client, cohort):
    applicant = UserFactory()
    client.force_login(applicant)
    assert "Use what I wrote before" not in client.get(f"/cohorts/{cohort.slug}/apply/").content.decode()
    posted = application(access_needs_from="profile", access_needs="Breaks, please.")
    assert client.post(f"/cohorts/{cohort.slug}/apply/", posted).status_code == 302
    assert Application.objects.get(user=applicant).access_needs == "Breaks, please."
