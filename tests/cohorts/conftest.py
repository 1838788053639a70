import pytest

from cohorts.models import Role
from tests.factories import CohortFactory, MembershipFactory, UserFactory


@pytest.fixture
def cohort(course):
    return CohortFactory(course=course.course, capacity=3, pair__staff="Priya", pair__peer="Sam")


@pytest.fixture
def facilitator(cohort):
    """The group's staff facilitator (every cohort that takes applications has one, with a peer facilitator)."""
    return cohort.memberships.get(role=Role.FACILITATOR).user


@pytest.fixture
def peer_facilitator(cohort):
    return cohort.memberships.get(role=Role.PEER_FACILITATOR).user


@pytest.fixture
def member(cohort):
    user = UserFactory(display_name="Jo")
    MembershipFactory(cohort=cohort, user=user)
    return user
