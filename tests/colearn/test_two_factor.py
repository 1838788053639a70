"""Two-factor sign-in through allauth.mfa: set up with an authenticator app, then asked for a code at sign-in."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_set_up_an_authenticator_app_then_sign_in_with_a_code(client, site_pages):
    user = UserFactory(email="sam@example.org")
    client.post("/accounts/login/", {"login": "sam@example.org", "password": DEFAULT_PASSWORD})

    assert client.get("/accounts/2fa/totp/activate/").url.startswith("/accounts/reauthenticate/")
    client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})  # security changes ask again

    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200 and "Skip to main content" in page.content.decode()
    secret = page.context["form"].secret

    wrong = client.post(
        "/accounts/2fa/totp/activate/", {"code": "000000" if current_code(secret) != "000000" else "111111"}
    )
    assert "There is a problem" in wrong.content.decode()
    assert not Authenticator.objects.filter(user=user).exists()

    client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()

    client.post("/accounts/logout/")
    response = client.post("/accounts/login/", {"login": "sam@example.org", "password": DEFAULT_PASSWORD})
    assert response.url == "/accounts/2fa/authenticate/", "a password alone is no longer enough"
    assert "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.url == "/dashboard/"


def test_facilitators_and_admins_set_up_two_factor_before_those_pages(client, settings, course):
    from allauth.mfa.models import Authenticator

    from cohorts.models import Role
    from tests.factories import CohortFactory, MembershipFactory

    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    cohort = CohortFactory(course=course.course)
    facilitator = UserFactory()
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR)
    client.force_login(facilitator)
    response = client.get(f"/cohorts/{cohort.slug}/facilitate/")
    assert response.status_code == 302 and response.url == "/accounts/2fa/"
    assert client.get(f"/cohorts/{cohort.slug}/").status_code == 200, "the group's own space needs no second factor"

    Authenticator.objects.create(user=facilitator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    assert client.get(f"/cohorts/{cohort.slug}/facilitate/").status_code == 200

    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    assert client.get("/admin/").url == "/accounts/2fa/"


def test_without_required_two_factor_a_facilitator_reads_no_facilitator_only_sharing_or_check_ins(
    client, settings, course
):
    """One rule (colearn.security.has_required_two_factor) for pages, queries and check-ins: the group's feed shows
    a facilitator without two-factor what any member sees, and nothing meant for facilitators only."""
    from cohorts.models import Role
    from learning.models import JournalEntry, Visibility
    from learning.services.journal import check_in_request, entry_create
    from tests.factories import CohortFactory, MembershipFactory

    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    cohort = CohortFactory(course=course.course)
    facilitator, writer, asker = UserFactory(), UserFactory(), UserFactory(display_name="Asker Person")
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR)
    for person in (writer, asker):
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER)
    for_facilitators = entry_create(
        author=writer, title="", text="Only for the facilitators", visibility=Visibility.FACILITATORS, cohort=cohort
    )
    entry_create(author=writer, title="", text="For the whole group", visibility=Visibility.COHORT, cohort=cohort)
    check_in_request(user=asker, cohort=cohort, notify=False)

    client.force_login(facilitator)
    feed = client.get(f"/cohorts/{cohort.slug}/reflections/").content.decode()
    assert "For the whole group" in feed
    assert "Only for the facilitators" not in feed and "Asker Person" not in feed
    assert client.get(f"/journal/{for_facilitators.pk}/").status_code == 404
    assert JournalEntry.objects.visible_to(writer).filter(pk=for_facilitators.pk).exists(), "the writer still sees it"

    Authenticator.objects.create(user=facilitator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    feed = client.get(f"/cohorts/{cohort.slug}/reflections/").content.decode()
    assert "Only for the facilitators" in feed and "1 check-in waiting" in feed
    check_ins = client.get(f"/cohorts/{cohort.slug}/facilitate/check-ins/").content.decode()
    assert "Asker Person" in check_ins
    assert client.get(f"/journal/{for_facilitators.pk}/").status_code == 200


def test_downloading_a_journal_asks_again_when_the_last_confirmation_is_old(client, site_pages):
    from tests.factories.users import sign_in_confirmed

    person = UserFactory()
    sign_in_confirmed(client, person, confirmed_seconds_ago=10 * 60)
    for address in ("/journal/export/?format=md", "/journal/print/"):
        response = client.get(address)
        assert response.status_code == 302 and response.url.startswith("/accounts/reauthenticate/?next=%2Fjournal%2F")

    page = client.get(response.url)
    assert page.status_code == 200 and "Please confirm it is you" in page.content.decode()
    assert 'type="password"' in page.content.decode() and "Skip to main content" in page.content.decode()
    response = client.post("/accounts/reauthenticate/?next=/journal/export/%3Fformat%3Dmd", {"password": "nope"})
    assert response.status_code == 200 and "There is a problem" in response.content.decode()
    response = client.post(
        "/accounts/reauthenticate/?next=/journal/export/%3Fformat%3Dmd", {"password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302 and response.url == "/journal/export/?format=md"
    download = client.get(response.url)
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize(
    ("method", "address", "data", "has_two_factor"),
    [
        # (allauth refuses a new email address on an account with two-factor, so that case has none)
        ("post", "/accounts/email/", {"action_add": "", "email": "new-address@example.org"}, False),
        ("get", "/accounts/password/change/", {}, True),
        ("post", "/accounts/password/change/", {"oldpassword": DEFAULT_PASSWORD, "password1": "x" * 12}, False),
        ("get", "/accounts/2fa/totp/activate/", {}, False),
        ("get", "/accounts/2fa/recovery-codes/generate/", {}, True),
        ("get", "/accounts/2fa/totp/deactivate/", {}, True),
    ],
)
def test_account_and_two_factor_changes_ask_again_when_the_last_confirmation_is_old(
    client, site_pages, method, address, data, has_two_factor
):
    from allauth.account.models import EmailAddress

    from tests.factories.users import sign_in_confirmed

    person = UserFactory()
    if has_two_factor:
        Authenticator.objects.create(user=person, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
        Authenticator.objects.create(user=person, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "00" * 20})
    password = person.password
    sign_in_confirmed(client, person, confirmed_seconds_ago=10 * 60)

    response = getattr(client, method)(address, data)
    assert response.status_code == 302 and response.url.startswith("/accounts/reauthenticate/")
    person.refresh_from_db()
    assert person.password == password and not EmailAddress.objects.filter(email="new-address@example.org").exists()
    assert Authenticator.objects.filter(user=person).count() == (2 if has_two_factor else 0)
