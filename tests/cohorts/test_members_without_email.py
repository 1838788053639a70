"""A facilitator adds someone without an email address to their group, prints the card with their username and
one-time code, and prints a new card (voiding the old code) if it is lost. Only facilitators of the group, with the
two-factor sign-in the site requires, can do either; nobody ever sees the code again or sets the password."""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache

from cohorts.models import Membership, Role
from cohorts.services import announcement_post, membership_leave
from colearn.models import Notice, SignInCode, User
from tests.factories import CohortFactory, MembershipFactory, PersonWithoutEmailFactory, UserFactory

pytestmark = pytest.mark.django_db

CODE = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")


@pytest.fixture(autouse=True)
def _fresh_counts():
    cache.clear()
    yield
    cache.clear()


def add(client, cohort, name="Bea"):
    return client.post(f"/cohorts/{cohort.slug}/facilitate/members/new/", {"display_name": name})


def code_on(html: str) -> str:
    [code] = CODE.findall(html)
    return code


def test_the_facilitator_adds_someone_and_prints_their_card(client, cohort, facilitator, caplog):
    caplog.set_level("INFO", logger="colearn.security")
    client.force_login(facilitator)
    page = client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()
    assert f'href="/cohorts/{cohort.slug}/facilitate/members/new/"' in page

    page = client.get(f"/cohorts/{cohort.slug}/facilitate/members/new/").content.decode()
    assert "you never see it or set it" in page

    response = add(client, cohort, "  Bea   Okafor ")
    assert response.status_code == 302 and response.url == f"/cohorts/{cohort.slug}/facilitate/members/card/"
    bea = User.objects.get(display_name="Bea Okafor")
    assert bea.email is None and bea.username.startswith("bea-okafor-") and not bea.has_usable_password()
    membership = Membership.objects.get(user=bea, cohort=cohort)
    assert membership.role == Role.MEMBER and membership.is_active

    card = client.get(response.url)
    html = card.content.decode()
    assert "no-store" in card["Cache-Control"]
    assert "Sign-in card for Bea Okafor" in html and bea.username in html
    assert "http://testserver/account/first-sign-in/" in html
    expires = SignInCode.objects.get(user=bea).expires_at
    assert f"{expires:%-d} {expires:%B} {expires:%Y}" in html
    assert "sign-in-card.css" in html, "the print stylesheet: the card alone on paper"
    code = code_on(html)

    again = client.get(response.url).content.decode()
    assert "This card has already been shown" in again and code not in again
    assert not CODE.search(client.get(f"/cohorts/{cohort.slug}/facilitate/members/sign-in-cards/").content.decode())
    events = [record.getMessage() for record in caplog.records if record.name == "colearn.security"]
    assert any("event=sign_in_code_issued" in line and f"subject={bea.pk}" in line for line in events)
    assert not any(code in line for line in events)

    client.logout()
    response = client.post("/account/first-sign-in/", {"username": bea.username, "code": code})
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(bea.pk)


def test_a_new_card_voids_the_old_code(client, cohort, facilitator):
    client.force_login(facilitator)
    add(client, cohort)
    first = code_on(client.get(f"/cohorts/{cohort.slug}/facilitate/members/card/").content.decode())
    bea = User.objects.get(display_name="Bea")

    page = client.get(f"/cohorts/{cohort.slug}/facilitate/members/sign-in-cards/").content.decode()
    assert bea.username in page and "not used yet" in page
    response = client.post(f"/cohorts/{cohort.slug}/facilitate/members/sign-in-cards/", {"member": bea.pk})
    assert response.url == f"/cohorts/{cohort.slug}/facilitate/members/card/"
    second = code_on(client.get(response.url).content.decode())
    assert second != first

    client.logout()
    assert client.post("/account/first-sign-in/", {"username": bea.username, "code": first}).status_code == 200
    assert client.post("/account/first-sign-in/", {"username": bea.username, "code": second}).status_code == 302


def test_capacity_applies_and_a_full_group_adds_nobody(client, cohort, facilitator):
    for _ in range(cohort.capacity):
        MembershipFactory(cohort=cohort, user=UserFactory())
    client.force_login(facilitator)
    people = User.objects.count()
    page = add(client, cohort).content.decode()
    assert "There is a problem" in page and "This cohort is full" in page
    assert User.objects.count() == people and not SignInCode.objects.exists()


def test_a_name_is_needed(client, cohort, facilitator):
    client.force_login(facilitator)
    page = add(client, cohort, "   ").content.decode()
    assert "Enter the name the person would like others to see." in page
    assert not User.objects.filter(email__isnull=True).exists()


def test_a_facilitator_without_two_factor_cannot_add_or_renew(client, cohort, facilitator, settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    bea = PersonWithoutEmailFactory()
    MembershipFactory(cohort=cohort, user=bea)
    client.force_login(facilitator)
    for url in ("members/new/", "members/sign-in-cards/", "members/card/"):
        response = client.get(f"/cohorts/{cohort.slug}/facilitate/{url}")
        assert response.status_code in (302, 404)
        assert response.status_code == 404 or "/accounts/2fa/" in response.url
    add(client, cohort)
    client.post(f"/cohorts/{cohort.slug}/facilitate/members/sign-in-cards/", {"member": bea.pk})
    assert not SignInCode.objects.exists() and not User.objects.filter(display_name="Bea").exists()

    Authenticator.objects.create(user=facilitator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert add(client, cohort).status_code == 302


@pytest.mark.parametrize("persona", ["member", "outsider", "facilitator of another group"])
def test_nobody_but_the_groups_facilitators_can_add_or_renew(client, cohort, member, persona, course):
    bea = PersonWithoutEmailFactory()
    MembershipFactory(cohort=cohort, user=bea)
    if persona == "member":
        person = member
    elif persona == "outsider":
        person = UserFactory()
    else:
        person = UserFactory()
        MembershipFactory(cohort=CohortFactory(course=course.course), user=person, role=Role.FACILITATOR)
    client.force_login(person)
    assert add(client, cohort).status_code == 404
    renew = client.post(f"/cohorts/{cohort.slug}/facilitate/members/sign-in-cards/", {"member": bea.pk})
    assert renew.status_code == 404
    assert client.get(f"/cohorts/{cohort.slug}/facilitate/members/card/").status_code == 404
    assert not SignInCode.objects.exists()


@pytest.mark.parametrize("who", ["someone with an email address", "someone who left", "a member elsewhere", "junk"])
def test_a_new_card_is_only_for_a_member_of_this_group_without_an_email_address(
    client, cohort, facilitator, member, course, who
):
    if who == "someone with an email address":
        target = member.pk
    elif who == "someone who left":
        person = PersonWithoutEmailFactory()
        membership_leave(membership=MembershipFactory(cohort=cohort, user=person))
        target = person.pk
    elif who == "a member elsewhere":
        person = PersonWithoutEmailFactory()
        MembershipFactory(cohort=CohortFactory(course=course.course), user=person)
        target = person.pk
    else:
        target = "1; drop"
    client.force_login(facilitator)
    response = client.post(f"/cohorts/{cohort.slug}/facilitate/members/sign-in-cards/", {"member": target}, follow=True)
    assert response.status_code == 200
    assert "not a member of this group who signs in with a card" in response.content.decode()
    assert not SignInCode.objects.exists()


def test_a_card_made_in_one_group_is_not_shown_in_another(client, cohort, facilitator, course):
    other = CohortFactory(course=course.course)
    MembershipFactory(cohort=other, user=facilitator, role=Role.FACILITATOR)
    client.force_login(facilitator)
    add(client, cohort)
    page = client.get(f"/cohorts/{other.slug}/facilitate/members/card/").content.decode()
    assert "This card has already been shown" in page and not CODE.search(page)


def test_a_member_without_email_is_in_the_group_like_anyone_else(client, cohort, facilitator):
    client.force_login(facilitator)
    add(client, cohort, "Bea")
    bea = User.objects.get(display_name="Bea")
    client.force_login(bea)
    assert client.get(f"/cohorts/{cohort.slug}/").status_code == 200
    page = client.get("/dashboard/").content.decode()
    assert "Hello, Bea" in page and "Skip to main content" in page


def test_group_news_reaches_them_as_notices_that_link_to_the_group(
    cohort, facilitator, django_capture_on_commit_callbacks, mailoutbox
):
    bea = PersonWithoutEmailFactory(display_name="Bea")
    MembershipFactory(cohort=cohort, user=bea)
    with django_capture_on_commit_callbacks(execute=True):
        announcement_post(cohort=cohort, author=facilitator, title="Bring a cup", body="Tea is on us.")
    [notice] = Notice.objects.filter(user=bea)
    assert notice.kind == "announcements" and notice.link == f"/cohorts/{cohort.slug}/"
    assert "Tea is on us" not in notice.subject
    others = Membership.objects.active().filter(cohort=cohort).exclude(user=facilitator).select_related("user")
    assert sorted(to for message in mailoutbox for to in message.to) == sorted(
        m.user.email for m in others if m.user.email
    ), "everyone else with an address is emailed as before"
