"""The check-in pages cost the same number of queries for one check-in or thirty, and for a thread of one note or
thirty, warm, counting the session and the signed-in person, with two-factor required of facilitators as in
production. An N+1 — a person, a lesson, a facilitator's name or a note's author fetched one by one — fails here."""

import pytest
from allauth.mfa.models import Authenticator

from cohorts.models import Role
from learning.services.check_ins import check_in_acknowledge, check_in_mark_done, check_in_note_add
from learning.services.journal import check_in_request
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

OWN_LIST_QUERIES = 5
OWN_PAGE_QUERIES = 6
GROUP_LIST_QUERIES = 6
GROUP_PAGE_QUERIES = 6


@pytest.fixture(params=[1, 30], ids=["1-check-in", "30-check-ins"])
def busy(request, course, settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    size = request.param
    cohort = CohortFactory(course=course.course, pair=False)
    facilitator = UserFactory()
    Authenticator.objects.create(user=facilitator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR, perspective="")
    lesson = course.lessons[0][0]
    people = [UserFactory() for _ in range(size)]
    check_ins = []
    for n, person in enumerate(people):
        MembershipFactory(cohort=cohort, user=person)
        check_in = check_in_request(user=person, cohort=cohort, lesson=lesson, notify=False)
        check_in_note_add(check_in=check_in, author=person, text=f"Note {n}", notify=False)
        if n % 3 == 1:
            check_in_acknowledge(check_in=check_in, by=facilitator)
        elif n % 3 == 2:
            check_in_mark_done(check_in=check_in, by=facilitator, notify=False)
        check_ins.append(check_in)
    asker = people[0]
    for n in range(size - 1):  # the first person asked again and again, and their thread grew
        again = check_in_request(user=asker, cohort=cohort, lesson=lesson, notify=False)
        check_in_mark_done(check_in=again, by=facilitator, notify=False)
    for n in range(size):
        author = asker if n % 2 else facilitator
        check_in_note_add(check_in=check_ins[0], author=author, text=f"Thread note {n}", notify=False)
    return cohort, facilitator, asker, check_ins[0]


def test_own_check_ins(busy, page_within):
    _, _, asker, _ = busy
    html = page_within("/journal/check-ins/", OWN_LIST_QUERIES, as_user=asker)
    assert "Your check-ins" in html


def test_own_check_in_with_its_thread(busy, page_within):
    _, _, asker, check_in = busy
    html = page_within(f"/journal/check-ins/{check_in.pk}/", OWN_PAGE_QUERIES, as_user=asker)
    assert "Thread note 0" in html


def test_group_check_ins(busy, page_within):
    cohort, facilitator, asker, _ = busy
    html = page_within(f"/cohorts/{cohort.slug}/facilitate/check-ins/", GROUP_LIST_QUERIES, as_user=facilitator)
    assert asker.public_name in html


def test_group_check_in_with_its_thread(busy, page_within):
    cohort, facilitator, _, check_in = busy
    url = f"/cohorts/{cohort.slug}/facilitate/check-ins/{check_in.pk}/"
    html = page_within(url, GROUP_PAGE_QUERIES, as_user=facilitator)
    assert "Thread note 0" in html
