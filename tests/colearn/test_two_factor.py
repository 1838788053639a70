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
