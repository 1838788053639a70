"""Races on a sign-in card that only a real database with row locks can show: run by `make test-postgres`."""

import pytest
from django.db import connection

from cohorts.models import Membership, Role
from cohorts.services import membership_add_without_email
from colearn.models import SignInCode, User
from colearn.services import sign_in_code_check, sign_in_code_issue, sign_in_code_redeem
from tests.cohorts.test_races import run_together
from tests.factories import (
    CohortFactory,
    MembershipFactory,
    PersonWithoutEmailFactory,
    UserFactory,
    build_course,
    build_site,
)

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Row locks are only real on PostgreSQL: run make test-postgres")


def test_one_card_used_twice_at_once_signs_in_once():
    person = PersonWithoutEmailFactory()
    _, code = sign_in_code_issue(user=person, by=None)
    found = sign_in_code_check(username=person.username, code=code)

    outcomes = run_together([lambda: sign_in_code_redeem(code=found) for _ in range(5)])

    assert outcomes.count("ok") == 1
    assert SignInCode.objects.get(user=person).used_at is not None


def test_two_facilitators_adding_people_for_the_last_place_let_one_in():
    _, index = build_site()
    cohort = CohortFactory(course=build_course(index, modules=1, lessons_per_module=1).course, capacity=1)
    facilitators = [UserFactory(), UserFactory()]
    for person in facilitators:
        MembershipFactory(cohort=cohort, user=person, role=Role.FACILITATOR)

    outcomes = run_together(
        [
            lambda by=by, name=name: membership_add_without_email(cohort=cohort, by=by, display_name=name)
            for by, name in zip(facilitators, ["Bea", "Kit"], strict=True)
        ]
    )

    assert outcomes.count("ok") == 1
    assert Membership.objects.members().filter(cohort=cohort).count() == 1
    assert User.objects.filter(email__isnull=True).count() == 1, "the refused one left no account behind"
