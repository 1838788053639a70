"""Who can open which cohort address: one matrix of viewer × URL.

Members get their group's space; only this cohort's facilitators get the facilitator's pages; everyone else gets
a 404 exactly like a cohort that does not exist (anonymous people are asked to sign in). A denied POST changes
nothing.
"""

import re

import pytest
from allauth.mfa.models import Authenticator

from cohorts.models import LiveSession, Membership, Role
from tests.factories import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

MEMBER_URLS = [
    ("GET", "/cohorts/{slug}/"),
    ("GET", "/cohorts/{slug}/leave/"),
    ("GET", "/cohorts/{slug}/sessions/{session}.ics"),
    ("POST", "/cohorts/{slug}/visibility/"),
]
FACILITATOR_URLS = [
    ("GET", "/cohorts/{slug}/facilitate/"),
    ("GET", "/cohorts/{slug}/facilitate/applications/{application}/"),
    ("GET", "/cohorts/{slug}/facilitate/sessions/new/"),
    ("GET", "/cohorts/{slug}/facilitate/sessions/{session}/"),
    ("GET", "/cohorts/{slug}/facilitate/sessions/{session}/register/"),
    ("GET", "/cohorts/{slug}/facilitate/modules/"),
    ("GET", "/cohorts/{slug}/facilitate/announcements/new/"),
    ("GET", "/cohorts/{slug}/facilitate/progress/"),
    ("POST", "/cohorts/{slug}/facilitate/sessions/{session}/cancel/"),
]
# Where the site requires two-factor of facilitators (COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF), one without it is asked
# to set it up before any facilitator page, and keeps their group's member pages.
WITHOUT_TWO_FACTOR, WITH_TWO_FACTOR = "facilitator without two-factor", "facilitator with two-factor"
VIEWERS = [
    "anonymous",
    "non-member",
    "member",
    "former member",
    "facilitator",
    "facilitator of another",
    "admin",
    WITHOUT_TWO_FACTOR,
    WITH_TWO_FACTOR,
]
ALLOWED = {
    "member": {url for _, url in MEMBER_URLS},
    "facilitator": {url for _, url in MEMBER_URLS + FACILITATOR_URLS},
    WITH_TWO_FACTOR: {url for _, url in MEMBER_URLS + FACILITATOR_URLS},
    WITHOUT_TWO_FACTOR: {url for _, url in MEMBER_URLS},
}


@pytest.fixture
def world(course):
    cohort = CohortFactory(course=course.course)
    other = CohortFactory(course=course.course)
    people = {"non-member": UserFactory(), "admin": UserFactory(is_superuser=True)}
    for name, target, role in [
        ("member", cohort, Role.MEMBER),
        ("former member", cohort, Role.MEMBER),
        ("facilitator", cohort, Role.FACILITATOR),
        ("facilitator of another", other, Role.FACILITATOR),
        (WITHOUT_TWO_FACTOR, cohort, Role.FACILITATOR),
        (WITH_TWO_FACTOR, cohort, Role.FACILITATOR),
    ]:
        people[name] = UserFactory()
        MembershipFactory(cohort=target, user=people[name], role=role)
    Membership.objects.filter(user=people["former member"]).update(ended_at="2026-01-01T00:00Z")
    Authenticator.objects.create(user=people[WITH_TWO_FACTOR], type=Authenticator.Type.TOTP, data={"secret": "x"})
    session = LiveSessionFactory(cohort=cohort)
    application = ApplicationFactory(cohort=cohort, user=UserFactory())
    return cohort, people, {"slug": cohort.slug, "session": session.pk, "application": application.pk}


@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize(("method", "url"), MEMBER_URLS + FACILITATOR_URLS)
def test_cohort_url_matrix(client, settings, world, viewer, method, url):
    cohort, people, ids = world
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = viewer in {WITHOUT_TWO_FACTOR, WITH_TWO_FACTOR}
    if viewer != "anonymous":
        client.force_login(people[viewer])
    response = getattr(client, method.lower())(url.format(**ids))

    if viewer == "anonymous":
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    elif url in ALLOWED.get(viewer, set()):
        assert response.status_code == (200 if method == "GET" else 302)
    elif viewer == WITHOUT_TWO_FACTOR:
        assert response.status_code == 302 and response.url == "/accounts/2fa/"
    else:
        assert response.status_code == 404
    if url.endswith("/cancel/") and viewer not in {"facilitator", WITH_TWO_FACTOR}:
        assert LiveSession.objects.get(pk=ids["session"]).cancelled_at is None, "a denied POST changes nothing"


def test_ending_a_membership_removes_access_at_the_next_request(client, cohort, member):
    client.force_login(member)
    assert client.get(f"/cohorts/{cohort.slug}/").status_code == 200
    Membership.objects.filter(user=member).update(ended_at="2026-01-01T00:00Z")
    assert client.get(f"/cohorts/{cohort.slug}/").status_code == 404


def test_a_missing_cohort_looks_the_same_as_a_forbidden_one(client, cohort, member):
    client.force_login(UserFactory())
    forbidden = client.get(f"/cohorts/{cohort.slug}/")
    missing = client.get("/cohorts/no-such-group/")
    assert forbidden.status_code == missing.status_code == 404
    # The CSRF token differs per response, and the sign-out countdown may have ticked a second between the two.
    without_token = lambda response: re.sub(  # noqa: E731
        rb'(name="csrfmiddlewaretoken" value|name="csrf-token" content|data-session-seconds)="[^"]+"',
        b"",
        response.content,
    )
    assert without_token(forbidden) == without_token(missing)


def test_a_facilitator_without_required_two_factor_is_refused_by_the_rule_itself(settings, world):
    """Not only the address: the one predicate says no, so a page outside /facilitate/ cannot show their data."""
    from django.http import Http404

    from cohorts.permissions import can_facilitate
    from cohorts.selectors import cohort_for_facilitator

    cohort, people, _ = world
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    assert not can_facilitate(people[WITHOUT_TWO_FACTOR], cohort)
    assert can_facilitate(people[WITH_TWO_FACTOR], cohort)
    with pytest.raises(Http404):
        cohort_for_facilitator(user=people[WITHOUT_TWO_FACTOR], slug=cohort.slug)
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = False
    people[WITHOUT_TWO_FACTOR] = type(people[WITHOUT_TWO_FACTOR]).objects.get(pk=people[WITHOUT_TWO_FACTOR].pk)
    assert can_facilitate(people[WITHOUT_TWO_FACTOR], cohort), "where it is not required, the role is enough"
