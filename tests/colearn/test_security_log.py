"""The security log (logger "colearn.security"): failed and rate-limited sign-ins, two-factor failures, refused
object addresses, downloads, deletions and role changes. Each line says who (an id), what, from which address and
under which request id, and never anything a person wrote."""

import re
import time
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import override_settings

from cohorts.models import Role
from cohorts.services import cohort_set_facilitator
from learning.models import Visibility
from learning.services.journal import entry_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.users import DEFAULT_PASSWORD, sign_in_confirmed

pytestmark = pytest.mark.django_db

SECRET = "The words about my brother stay mine"


@pytest.fixture
def log(caplog):
    caplog.set_level("INFO", logger="colearn.security")
    cache.clear()  # allauth counts attempts in the cache
    yield caplog
    cache.clear()


def events(log, name: str) -> list[dict[str, str]]:
    lines = [record.getMessage() for record in log.records if record.name == "colearn.security"]
    parsed = [dict(field.split("=", 1) for field in line.split(" ")) for line in lines]
    return [fields for fields in parsed if fields["event"] == name]


def test_a_failed_sign_in_records_the_account_address_and_request_not_what_was_typed(client, log, site_pages):
    person = UserFactory(email="amal@example.org")
    response = client.post("/accounts/login/", {"login": "amal@example.org", "password": "not-my-password"})
    assert response.status_code == 200 and "There is a problem" in response.content.decode()

    [event] = events(log, "sign_in_failed")
    assert event["account"] == str(person.pk) and event["user"] == "-"
    assert event["ip"] == "127.0.0.1" and event["request"] == response["X-Request-ID"]
    assert "not-my-password" not in log.text and "amal@example.org" not in log.text


@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/5m/key"})
def test_too_many_failed_sign_ins_answer_429_with_when_to_try_again(client, log, site_pages):
    UserFactory(email="kit@example.org")
    wrong = {"login": "kit@example.org", "password": "wrong-password"}
    for _ in range(3):
        assert client.post("/accounts/login/", wrong).status_code == 200

    response = client.post("/accounts/login/", {"login": "kit@example.org", "password": DEFAULT_PASSWORD})
    page = response.content.decode()
    assert response.status_code == 429
    assert 290 <= int(response["Retry-After"]) <= 300
    assert "You can try again in 5 minutes" in page and "Your account is not locked" in page
    assert "Skip to main content" in page, "in the site's own layout"
    assert "_auth_user_id" not in client.session
    assert [event["limit"] for event in events(log, "sign_in_rate_limited")] == ["failed_attempts"]

    # Not a lock: once the window has passed, the right password works.
    later = time.time() + 301
    with mock.patch("allauth.core.internal.ratelimit.time.time", return_value=later):
        response = client.post("/accounts/login/", {"login": "kit@example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and response.url == "/dashboard/"


@override_settings(ACCOUNT_RATE_LIMITS={"login": "2/m/ip"})
def test_allauths_own_sign_in_limit_is_the_same_429_page(client, log, site_pages):
    for _ in range(2):
        client.post("/accounts/login/", {"login": "nobody@example.org", "password": "x"})
    response = client.post("/accounts/login/", {"login": "nobody@example.org", "password": "x"})
    assert response.status_code == 429 and response["Retry-After"] == "60"
    assert "You can try again in a minute" in response.content.decode()
    assert [event["page"] for event in events(log, "sign_in_rate_limited")] == ["account_login"]


def test_a_wrong_two_factor_code_is_recorded(client, log, site_pages):
    from allauth.mfa.totp.internal.auth import TOTP

    person = UserFactory(email="sam@example.org")
    totp = TOTP.activate(person, "JBSWY3DPEHPK3PXP")
    assert client.post("/accounts/login/", {"login": "sam@example.org", "password": DEFAULT_PASSWORD}).url == (
        "/accounts/2fa/authenticate/"
    )
    wrong = next(code for code in ("000000", "111111") if not totp.validate_code(code))
    response = client.post("/accounts/2fa/authenticate/", {"code": wrong})
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    [event] = events(log, "two_factor_failed")
    assert event["user"] == str(person.pk) and event["authenticator"] == "totp"


def test_refused_addresses_downloads_and_deletions_are_recorded_without_a_word_of_the_entry(client, log):
    writer, other = UserFactory(), UserFactory()
    entry = entry_create(author=writer, title=SECRET, text=SECRET, visibility=Visibility.PRIVATE, cohort=None)

    # Someone else tries the address: the same 404 as a missing id, and only the real id is recorded.
    client.force_login(other)
    refused, missing = client.get(f"/journal/{entry.pk}/"), client.get(f"/journal/{entry.pk + 1000}/")
    assert refused.status_code == missing.status_code == 404
    strip = lambda response: re.sub(rb'(value|content)="[^"]{20,}"', b"", response.content)  # noqa: E731
    assert strip(refused) == strip(missing)
    [denied] = events(log, "object_denied")
    assert denied == {**denied, "model": "JournalEntry", "id": str(entry.pk), "user": str(other.pk)}

    # The writer takes their journal away, then deletes the entry.
    sign_in_confirmed(client, writer)
    download = client.get("/journal/export/", {"format": "md"})
    assert download.status_code == 200 and SECRET in download.content.decode()
    client.get("/journal/print/")
    assert client.post(f"/journal/{entry.pk}/delete/").status_code == 302
    [exported] = events(log, "journal_exported")
    assert exported["user"] == str(writer.pk) and exported["format"] == "md" and exported["request"] != "-"
    assert [event["user"] for event in events(log, "journal_printed")] == [str(writer.pk)]
    [deleted] = events(log, "entry_deleted")
    assert deleted["id"] == str(entry.pk) and deleted["author"] == str(writer.pk)

    assert SECRET not in log.text and "brother" not in log.text


def test_role_changes_are_recorded(log, course):
    cohort = CohortFactory(course=course.course)
    person = UserFactory(email="rae@example.org")
    MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER)

    cohort_set_facilitator(cohort=cohort, email="rae@example.org", role=Role.FACILITATOR)
    [change] = events(log, "membership_role_changed")
    assert change["subject"] == str(person.pk) and change["cohort"] == str(cohort.pk)
    assert (change["previous"], change["role"]) == ("member", "facilitator")
    cohort_set_facilitator(cohort=cohort, email="rae@example.org", role=Role.FACILITATOR)
    assert len(events(log, "membership_role_changed")) == 1, "naming someone again is not a change"

    editors = Group.objects.get_or_create(name="Editors")[0]
    person.groups.add(editors)
    editors.user_set.remove(person)
    assert [(event["subject"], event["change"], event["groups"]) for event in events(log, "groups_changed")] == [
        (str(person.pk), "add", "Editors"),
        (str(person.pk), "remove", "Editors"),
    ]


def test_a_refused_response_address_is_recorded_like_a_refused_entry(client, log, course):
    from learning.services.responses import response_create

    cohort = CohortFactory(course=course.course)
    writer, replier, outsider = UserFactory(), UserFactory(), UserFactory()
    for person in (writer, replier):
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER)
    entry = entry_create(author=writer, title="", text=SECRET, visibility=Visibility.COHORT, cohort=cohort)
    response = response_create(entry=entry, author=replier, text=SECRET)

    client.force_login(outsider)
    assert client.get(f"/journal/responses/{response.pk}/edit/").status_code == 404
    assert client.get(f"/journal/responses/{response.pk + 1000}/edit/").status_code == 404
    assert [(event["model"], event["id"]) for event in events(log, "object_denied")] == [("Response", str(response.pk))]
    assert SECRET not in log.text
