"""Two invitations or two acceptances at the same moment never make two partnerships for one person. Only a real
database shows it (row locks): run by `make test-postgres`."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from learning.models import LearningPartnership
from learning.services.partners import partnership_accept, partnership_invite
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course, build_site
from tests.learning.test_compose_races import at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Concurrent writers are only real on PostgreSQL: run make test-postgres")


@pytest.fixture
def group():
    _, index = build_site()
    cohort = CohortFactory(course=build_course(index, modules=1, lessons_per_module=1).course)
    people = {name: UserFactory(display_name=name) for name in ("Alex", "Sam", "Priya")}
    for person in people.values():
        MembershipFactory(cohort=cohort, user=person)
    return cohort, people


def each_once(*calls):
    """Run every call at the same moment, each on its own thread; what each returned, or the refusal it raised."""
    waiting = list(calls)

    def one():
        try:
            return waiting.pop()()
        except ValidationError as refused:
            return refused

    return at_once(one, times=len(calls))


def invite(cohort, inviter, invitee):
    return lambda: partnership_invite(cohort=cohort, inviter=inviter, invitee=invitee, notify=False)


def test_two_invitations_accepted_at_once_make_one_partnership(group):
    cohort, p = group
    from_sam = invite(cohort, p["Sam"], p["Alex"])()
    from_priya = invite(cohort, p["Priya"], p["Alex"])()
    results = each_once(
        lambda: partnership_accept(partnership=from_sam, by=p["Alex"]),
        lambda: partnership_accept(partnership=from_priya, by=p["Alex"]),
    )
    assert sum(isinstance(r, ValidationError) for r in results) == 1
    assert LearningPartnership.objects.accepted().involving(p["Alex"]).count() == 1


def test_accepting_someone_while_they_accept_another_makes_one_partnership_for_them(group):
    cohort, p = group
    alex_to_sam = invite(cohort, p["Alex"], p["Sam"])()
    priya_to_alex = invite(cohort, p["Priya"], p["Alex"])()
    each_once(
        lambda: partnership_accept(partnership=alex_to_sam, by=p["Sam"]),
        lambda: partnership_accept(partnership=priya_to_alex, by=p["Alex"]),
    )
    assert LearningPartnership.objects.accepted().involving(p["Alex"]).count() == 1


def test_two_people_inviting_each_other_at_once_make_one_invitation(group):
    cohort, p = group
    each_once(invite(cohort, p["Alex"], p["Sam"]), invite(cohort, p["Sam"], p["Alex"]))
    assert LearningPartnership.objects.pending().count() == 1


def test_one_person_inviting_two_people_at_once_makes_one_invitation(group):
    cohort, p = group
    each_once(invite(cohort, p["Alex"], p["Sam"]), invite(cohort, p["Alex"], p["Priya"]))
    assert LearningPartnership.objects.pending().filter(inviter=p["Alex"]).count() == 1
