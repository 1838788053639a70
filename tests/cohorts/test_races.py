"""Races that only a real database with row locks can show: run by `make test-postgres`."""

import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection, connections

from cohorts.models import Application, ApplicationStatus, Membership, Role
from cohorts.services import application_decide, application_withdraw, cohort_update
from tests.factories import ApplicationFactory, CohortFactory, MembershipFactory, UserFactory, build_course, build_site

# serialized_rollback: the flush after each test would otherwise delete Wagtail's root page and default Site.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Row locks are only real on PostgreSQL: run make test-postgres")


def run_together(calls):
    """Start every call at the same moment, each on its own database connection; return what each did."""
    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)

    def worker(index, call):
        try:
            barrier.wait()
            call()
            outcomes[index] = "ok"
        except (ValidationError, PermissionDenied) as error:
            outcomes[index] = getattr(error, "messages", ["refused"])[0]
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a decision never finished: a lock was not released"
    assert None not in outcomes, "a decision failed with something other than a clear ValidationError"
    return outcomes


@pytest.fixture
def last_place():
    _, index = build_site()
    course = build_course(index, modules=1, lessons_per_module=1)
    cohort = CohortFactory(course=course.course, capacity=5)
    for _ in range(4):
        MembershipFactory(cohort=cohort, user=UserFactory())
    facilitator = UserFactory()
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR)
    return cohort, facilitator


def test_twenty_parallel_accepts_for_one_place_let_exactly_one_in(last_place):
    cohort, facilitator = last_place
    applications = [ApplicationFactory(cohort=cohort, user=UserFactory()) for _ in range(20)]
    outcomes = run_together(
        [
            lambda a=a: application_decide(application=a, decided_by=facilitator, decision="accepted")
            for a in applications
        ]
    )
    assert outcomes.count("ok") == 1
    assert all(o.startswith("This cohort is full") for o in outcomes if o != "ok")
    assert Membership.objects.members().filter(cohort=cohort).count() == cohort.capacity
    assert Application.objects.filter(status=ApplicationStatus.ACCEPTED).count() == 1


@pytest.mark.parametrize("attempt", range(5))
def test_an_application_withdrawn_at_the_same_moment_is_never_accepted(last_place, attempt):
    cohort, facilitator = last_place
    application = ApplicationFactory(cohort=cohort, user=UserFactory())
    run_together(
        [
            lambda: application_withdraw(application=application, user=application.user),
            lambda: application_decide(application=application, decided_by=facilitator, decision="accepted"),
        ]
    )
    application.refresh_from_db()
    is_member = Membership.objects.active().filter(cohort=cohort, user=application.user).exists()
    assert (application.status, is_member) in {
        (ApplicationStatus.WITHDRAWN, False),
        (ApplicationStatus.ACCEPTED, True),
    }


def test_lowering_capacity_while_someone_is_accepted_never_leaves_more_members_than_places():
    """The CMS lowers capacity to the current members (cohort_update) just as a facilitator accepts someone
    (application_decide). Both take the cohort row lock, so one goes first and the other sees its result: either
    the capacity drops and the acceptance is refused as full, or the acceptance lands and the capacity change is
    refused. Never both."""
    _, index = build_site()
    course = build_course(index, modules=1, lessons_per_module=1)
    facilitator = UserFactory()
    rounds = []
    for _ in range(15):
        cohort = CohortFactory(course=course.course, capacity=5)
        for _ in range(4):
            MembershipFactory(cohort=cohort, user=UserFactory())
        MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR)
        application = ApplicationFactory(cohort=cohort, user=UserFactory())
        outcomes = run_together(
            [
                lambda cohort=cohort: cohort_update(cohort=cohort, capacity=4),
                lambda a=application: application_decide(application=a, decided_by=facilitator, decision="accepted"),
            ]
        )
        cohort.refresh_from_db()
        members = Membership.objects.members().filter(cohort=cohort).count()
        assert members <= cohort.capacity, f"{members} members for {cohort.capacity} places after {outcomes}"
        assert outcomes.count("ok") == 1, outcomes
        assert (cohort.capacity, members) in {(4, 4), (5, 5)}
        rounds.append(outcomes[0] == "ok")
    print(f"capacity change went first in {sum(rounds)} of {len(rounds)} rounds")
