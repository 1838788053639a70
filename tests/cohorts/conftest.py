import pytest

from cohorts.models import Role
from tests.factories import CohortFactory, MembershipFactory, UserFactory


@pytest.fixture
def cohort(course):
    return CohortFactory(course=course.course, capacity=3)


@pytest.fixture
def facilitator(cohort):
    user = UserFactory(display_name="Priya")
    MembershipFactory(cohort=cohort, user=user, role=Role.FACILITATOR, perspective="")
    return user


@pytest.fixture
def peer_facilitator(cohort):
    user = UserFactory(display_name="Sam")
    MembershipFactory(cohort=cohort, user=user, role=Role.PEER_FACILITATOR, perspective="")
    return user


@pytest.fixture
def member(cohort):
    user = UserFactory(display_name="Jo")
    MembershipFactory(cohort=cohort, user=user)
    return user
