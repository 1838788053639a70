"""People without an email address: an account with a username, a one-time code on a printed card for the first
sign-in, a password only they choose (on allauth's page), sign-in by username after that, and notices on the
dashboard in place of emails. Everyone else signs up and in by email exactly as before."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import timezone

from colearn.models import Notice, SignInCode, User
from colearn.notifications import send_email
from colearn.services import notice_post, sign_in_code_issue
from tests.factories import PersonWithoutEmailFactory, UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

THEIR_PASSWORD = "bramble and the allotment"


@pytest.fixture(autouse=True)
def _fresh_counts():
    cache.clear()  # allauth counts sign-in attempts in the cache
    yield
    cache.clear()


@pytest.fixture
def bea(db):
    return PersonWithoutEmailFactory(display_name="Bea Okafor")


def use_card(client, username: str, code: str):
    return client.post("/account/first-sign-in/", {"username": username, "code": code})


def choose_password(client, password: str = THEIR_PASSWORD):
    return client.post("/accounts/password/set/?next=/dashboard/", {"password1": password, "password2": password})


# --- The account ---------------------------------------------------------------------------------------------


def test_the_username_is_readable_unique_and_made_only_from_the_chosen_name(db):
    first = PersonWithoutEmailFactory(display_name="Bea Okafor")
    second = PersonWithoutEmailFactory(display_name="Bea Okafor")
    assert first.username.startswith("bea-okafor-") and second.username.startswith("bea-okafor-")
    assert first.username != second.username
    assert first.email is None and not first.has_usable_password()
    assert PersonWithoutEmailFactory(display_name="Zoë").username.startswith("zoe-")
    assert PersonWithoutEmailFactory(display_name="🌱").username.startswith("member-")


def test_an_account_needs_an_email_address_or_a_username(db):
    with pytest.raises(ValidationError, match="email address or a username"):
        User(display_name="Nobody").full_clean(exclude=["password"])
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.bulk_create([User(display_name="Nobody", email=None, username=None)])


def test_many_people_can_have_no_email_address_and_emails_stay_unique_ignoring_case(db):
    PersonWithoutEmailFactory()
    PersonWithoutEmailFactory()
    UserFactory(email="sam@example.org")
    with pytest.raises(ValidationError):
        UserFactory(email="SAM@example.org")
    assert User.objects.filter(email__isnull=True).count() == 2


def test_signing_up_by_email_asks_for_no_username_and_makes_none(client, site_pages):
    page = client.get("/accounts/signup/").content.decode()
    assert 'name="username"' not in page
    client.post(
        "/accounts/signup/",
        {
            "display_name": "Sam",
            "email": "sam@example.org",
            "password1": "a long and private phrase",
            "password2": "a long and private phrase",
        },
    )
    assert User.objects.get(email="sam@example.org").username is None


# --- First sign-in with the card -----------------------------------------------------------------------------


def test_the_card_signs_them_in_once_then_they_choose_a_password_and_sign_in_by_username(client, site_pages, bea):
    _, code = sign_in_code_issue(user=bea, by=None)

    page = client.get("/account/first-sign-in/").content.decode()
    assert "Sign in with your card" in page and "ask a facilitator of your group" in page

    # As typed off a card: small letters, spaces instead of hyphens, the username in capitals.
    response = use_card(client, bea.username.upper(), code.lower().replace("-", " "))
    assert response.status_code == 302 and response.url == "/accounts/password/set/?next=/dashboard/"
    assert client.session["_auth_user_id"] == str(bea.pk)
    assert SignInCode.objects.get(user=bea).used_at is not None

    page = client.get(response.url).content.decode()
    assert "Choose your password" in page and bea.username in page
    response = choose_password(client)
    assert response.status_code == 302 and response.url == "/dashboard/"
    bea.refresh_from_db()
    assert bea.check_password(THEIR_PASSWORD)

    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": bea.username, "password": THEIR_PASSWORD})
    assert response.status_code == 302 and response.url == "/dashboard/", "no email to confirm first"
    assert client.session["_auth_user_id"] == str(bea.pk)

    client.post("/accounts/logout/")
    assert use_card(client, bea.username, code).status_code == 200, "the code worked once"
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize(
    "case",
    ["wrong code", "unknown username", "someone else's username", "expired", "a newer card", "inactive account"],
)
def test_a_card_that_does_not_match_is_refused_with_the_same_kind_words(client, site_pages, bea, case):
    _, code = sign_in_code_issue(user=bea, by=None)
    username = bea.username
    if case == "wrong code":
        code = "AAAA-BBBB-CCCC"
    elif case == "unknown username":
        username = "nobody-1234"
    elif case == "someone else's username":
        other = PersonWithoutEmailFactory(display_name="Kit")
        sign_in_code_issue(user=other, by=None)
        username = other.username
    elif case == "expired":
        SignInCode.objects.filter(user=bea).update(expires_at=timezone.now() - timedelta(minutes=1))
    elif case == "a newer card":
        sign_in_code_issue(user=bea, by=None)
    else:
        User.objects.filter(pk=bea.pk).update(is_active=False)

    response = use_card(client, username, code)

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page and "a facilitator of your group can print you a new one" in page
    assert "_auth_user_id" not in client.session
    assert not User.objects.get(pk=bea.pk).has_usable_password()


def test_a_new_card_voids_the_old_code_but_not_a_password_until_it_is_used(client, site_pages, bea):
    bea.set_password(THEIR_PASSWORD)
    bea.save()
    _, old = sign_in_code_issue(user=bea, by=None)
    _, new = sign_in_code_issue(user=bea, by=None)
    assert old != new and SignInCode.objects.filter(user=bea).count() == 1

    assert client.post("/accounts/login/", {"login": bea.username, "password": THEIR_PASSWORD}).status_code == 302
    client.post("/accounts/logout/")
    assert use_card(client, bea.username, old).status_code == 200

    assert use_card(client, bea.username, new).status_code == 302
    bea.refresh_from_db()
    assert not bea.has_usable_password(), "the card is for a forgotten password: the old one stops"
    assert choose_password(client, "a brand new phrase for me").status_code == 302


def test_only_a_hash_of_the_code_is_kept(db, bea):
    row, code = sign_in_code_issue(user=bea, by=None)
    assert code not in row.code_hash and code.replace("-", "") not in row.code_hash
    assert row.code_hash.startswith("md5$"), "Django's password hashers (fast ones in the test settings)"
    assert row.expires_at - row.issued_at == timedelta(days=14)


def test_someone_with_an_email_address_is_never_given_a_card(db):
    with pytest.raises(ValidationError, match="reset their own password"):
        sign_in_code_issue(user=UserFactory(), by=None)


def test_a_signed_in_person_is_not_signed_in_again_as_someone_else(client, site_pages, bea):
    _, code = sign_in_code_issue(user=bea, by=None)
    someone = UserFactory()
    client.force_login(someone)
    response = use_card(client, bea.username, code)
    assert response.status_code == 302 and response.url == "/dashboard/"
    assert client.session["_auth_user_id"] == str(someone.pk)
    assert SignInCode.objects.get(user=bea).used_at is None


@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/5m/key"})
def test_trying_codes_is_limited_like_trying_passwords(client, site_pages, bea):
    _, code = sign_in_code_issue(user=bea, by=None)
    for _ in range(3):
        assert use_card(client, bea.username, "AAAA-BBBB-CCCC").status_code == 200

    response = use_card(client, bea.username, code)
    assert response.status_code == 429 and "Your account is not locked" in response.content.decode()
    assert SignInCode.objects.get(user=bea).used_at is None and "_auth_user_id" not in client.session


def test_password_rules_are_said_in_our_words(client, site_pages, bea):
    _, code = sign_in_code_issue(user=bea, by=None)
    use_card(client, bea.username, code)
    for password, words in [
        ("1234567890123", "Use some letters as well as numbers."),
        ("short", "Use at least 10 characters."),
        ("password123", "one of the most common ones"),
    ]:
        page = choose_password(client, password).content.decode()
        assert words in page, password
    assert not User.objects.get(pk=bea.pk).has_usable_password()


def test_the_sign_in_page_offers_username_and_says_where_to_get_a_new_code(client, site_pages):
    page = client.get("/accounts/login/").content.decode()
    assert "Email address or username" in page
    assert "ask a facilitator of your group for a new sign-in code" in page
    assert 'href="/account/first-sign-in/"' in page


def test_people_with_an_email_address_still_sign_in_by_email(client, site_pages):
    UserFactory(email="sam@example.org")
    response = client.post("/accounts/login/", {"login": "SAM@example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and response.url == "/dashboard/"
    client.post("/accounts/logout/")
    page = client.post("/accounts/login/", {"login": "sam@example.org", "password": "nope"}).content.decode()
    assert "do not match an account" in page


# --- Notices instead of emails -------------------------------------------------------------------------------


def announce(user, *, kind="announcements"):
    return send_email(
        user=user,
        kind=kind,
        subject="Spring group: new announcement",
        template="cohorts/email/announcement.txt",
        context={"announcement": None, "text": ""},
        link="/cohorts/spring-group/",
    )


def test_someone_without_an_email_address_gets_a_notice_instead(db, bea):
    assert announce(bea) is True
    assert mail.outbox == []
    [notice] = Notice.objects.filter(user=bea)
    assert (notice.kind, notice.subject, notice.link) == (
        "announcements",
        "Spring group: new announcement",
        "/cohorts/spring-group/",
    )


def test_a_kind_they_switched_off_makes_no_notice(db, bea):
    bea.email_opt_outs = ["announcements"]
    bea.save()
    assert announce(bea) is False
    assert not Notice.objects.exists()


def test_someone_with_an_email_address_gets_the_email_and_no_notice(db):
    person = UserFactory()
    assert announce(person) is True
    assert len(mail.outbox) == 1 and not Notice.objects.exists()


def test_a_notice_links_only_within_the_site(db, bea):
    with pytest.raises(ValueError):
        notice_post(user=bea, kind="announcements", subject="Elsewhere", link="https://example.org/")


def test_the_dashboard_shows_notices_and_marks_them_read(client, site_pages, bea):
    announce(bea)
    notice_post(user=bea, kind="responses", subject="Kit responded to your reflection")
    client.force_login(bea)

    page = client.get("/dashboard/").content.decode()
    assert "News for you" in page
    assert 'href="/cohorts/spring-group/"' in page and "Spring group: new announcement" in page
    assert 'href="/dashboard/">Kit responded to your reflection' in page, "no link: the dashboard"

    first = Notice.objects.get(kind="announcements")
    response = client.post("/account/notices/read/", {"notice": first.pk, "next": "/dashboard/"})
    assert response.status_code == 302 and response.url == "/dashboard/"
    page = client.get("/dashboard/").content.decode()
    assert "Spring group: new announcement" not in page and "Kit responded" in page

    client.post("/account/notices/read/", {})
    assert "Kit responded" in client.get("/dashboard/").content.decode(), "an empty post changes nothing"
    client.post("/account/notices/read/", {"notice": "all"})
    assert "News for you" not in client.get("/dashboard/").content.decode()
    assert not Notice.objects.filter(read_at__isnull=True).exists()


def test_nobody_else_sees_or_marks_a_persons_notices(client, site_pages, bea):
    announce(bea)
    notice = Notice.objects.get(user=bea)
    other = PersonWithoutEmailFactory()
    client.force_login(other)
    assert "Spring group" not in client.get("/dashboard/").content.decode()
    client.post("/account/notices/read/", {"notice": notice.pk})
    client.post("/account/notices/read/", {"notice": "all"})
    notice.refresh_from_db()
    assert notice.read_at is None

    client.logout()
    response = client.post("/account/notices/read/", {"notice": notice.pk})
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    notice.refresh_from_db()
    assert notice.read_at is None


def test_a_bad_notice_id_changes_nothing_and_says_so(client, site_pages, bea):
    announce(bea)
    client.force_login(bea)
    response = client.post("/account/notices/read/", {"notice": "²"}, follow=True)
    assert "We could not tell which notice" in response.content.decode()
    assert Notice.objects.get(user=bea).read_at is None


def test_the_cms_lists_and_opens_people_without_an_email_address(client, site_pages, bea):
    client.force_login(UserFactory(is_superuser=True))
    listing = client.get("/admin/users/")
    assert listing.status_code == 200 and "Bea Okafor" in listing.content.decode()
    assert client.get(f"/admin/users/edit/{bea.pk}/").status_code == 200


def test_preferences_offer_the_same_choices_as_news_on_the_dashboard(client, site_pages, bea):
    client.force_login(bea)
    page = client.get("/account/preferences/").content.decode()
    assert "News you would like on your dashboard" in page and "Announcements from the facilitators" in page


# --- Who sees what: a person's notices and card, for every persona, on every page that could show them ---------


VIEWERS = ["the person", "another member", "a facilitator of the group", "someone outside the group", "signed out"]


@pytest.mark.parametrize("viewer", VIEWERS)
def test_privacy_matrix_of_notices_and_sign_in_cards(client, course, viewer):
    from cohorts.models import Role
    from learning.services.data_rights import person_export_files
    from tests.factories import CohortFactory, MembershipFactory

    cohort = CohortFactory(course=course.course)
    person = PersonWithoutEmailFactory(display_name="Bea")
    MembershipFactory(cohort=cohort, user=person)
    people = {
        "the person": person,
        "another member": MembershipFactory(cohort=cohort, user=UserFactory()).user,
        "a facilitator of the group": MembershipFactory(
            cohort=cohort, user=UserFactory(), role=Role.FACILITATOR, perspective=""
        ).user,
        "someone outside the group": UserFactory(),
        "signed out": None,
    }
    notice_post(user=person, kind="responses", subject="Kit responded to your reflection", link="/journal/")
    _, code = sign_in_code_issue(user=person, by=people["a facilitator of the group"])
    if people[viewer] is not None:
        client.force_login(people[viewer])

    pages = [
        "/dashboard/",
        f"/cohorts/{cohort.slug}/",
        f"/cohorts/{cohort.slug}/facilitate/",
        f"/cohorts/{cohort.slug}/facilitate/members/sign-in-cards/",
        f"/cohorts/{cohort.slug}/facilitate/members/card/",
    ]
    shown = {url: client.get(url, follow=True).content.decode() for url in pages}
    sees_notice = [url for url, html in shown.items() if "Kit responded to your reflection" in html]
    assert sees_notice == (["/dashboard/"] if viewer == "the person" else [])
    assert not [url for url, html in shown.items() if code in html], "the code is on the card page once, only"
    sees_card_list = person.username in shown[f"/cohorts/{cohort.slug}/facilitate/members/sign-in-cards/"]
    assert sees_card_list == (viewer == "a facilitator of the group")

    if people[viewer] is not None:
        export = b"".join(content for _, content in person_export_files(user=people[viewer]))
        assert (b"Kit responded to your reflection" in export) == (viewer == "the person")
        assert code.encode() not in export and SignInCode.objects.get(user=person).code_hash.encode() not in export
