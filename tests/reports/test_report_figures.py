"""The figures reports hand to other apps' pages: on the facilitator's register, how many members tried something
since the last session, through the gate — in whole fives, never under five, never who, and only to the group's own
facilitators with two-factor."""

import datetime

import pytest
from allauth.mfa.models import Authenticator
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from cohorts.models import Role
from learning.models import TryOutcome
from learning.services.journal import entry_record_outcome
from tests.factories import ActionToTryFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def _tag(session, viewer) -> str:
    request = RequestFactory().get("/")
    request.user = viewer
    return Template("{% load report_figures %}{% tried_since_last session %}").render(
        Context({"request": request, "session": session})
    )


@pytest.fixture
def group(course, settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    cohort = CohortFactory(course=course.course)
    facilitator = UserFactory()
    Authenticator.objects.create(user=facilitator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR)
    LiveSessionFactory(cohort=cohort, starts_at=timezone.now() - datetime.timedelta(days=14))
    this = LiveSessionFactory(cohort=cohort, starts_at=timezone.now() + datetime.timedelta(days=1))
    return cohort, facilitator, this


def tried(cohort, course, number: int) -> list:
    people = [UserFactory(display_name=f"Member {n}") for n in range(number)]
    for person in people:
        MembershipFactory(cohort=cohort, user=person)
        entry_record_outcome(
            entry=ActionToTryFactory(author=person, course=course), by=person, choice=TryOutcome.WENT_WELL
        )
    return people


def test_under_five_people_the_facilitator_is_told_fewer_than_five_never_the_number(course, group):
    cohort, facilitator, this = group
    assert "Fewer than 5 people in the group have said they tried something since the last session" in _tag(
        this, facilitator
    ), "nobody yet reads the same as one person: a zero would tell"
    tried(cohort, course.course, 4)
    html = _tag(this, facilitator)
    assert "Fewer than 5 people" in html and "4" not in html


def test_the_count_moves_only_in_whole_fives_and_never_says_who(course, group):
    cohort, facilitator, this = group
    people = tried(cohort, course.course, 5)
    assert "At least 5 people in the group tried something since the last session." in _tag(this, facilitator)
    people += tried(cohort, course.course, 4)
    html = _tag(this, facilitator)
    assert "At least 5 people" in html, "nine people read as five: the sixth to ninth stand behind no change yet"
    assert not any(person.display_name in html for person in people)
    tried(cohort, course.course, 1)
    assert "At least 10 people" in _tag(this, facilitator)


def test_only_the_groups_facilitators_with_two_factor_see_it(course, group):
    cohort, facilitator, this = group
    member = tried(cohort, course.course, 5)[0]
    assert _tag(this, member).strip() == "", "members see nothing of it"
    assert _tag(this, UserFactory()).strip() == ""
    Authenticator.objects.filter(user=facilitator).delete()
    assert _tag(this, facilitator).strip() == ""
