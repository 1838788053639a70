"""The same form sent twice at the same moment (a double click on a slow connection) saves once. Only a real
database shows it: run by `make test-postgres`."""

import threading
import uuid

import pytest
from django.db import connection, connections

from learning.models import JournalEntry, Response, Visibility
from learning.services.journal import entry_create
from learning.services.responses import response_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course, build_site

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Concurrent writers are only real on PostgreSQL: run make test-postgres")


def at_once(call, times: int = 4) -> list:
    """Run `call` on `times` threads released together, each on its own connection; return what each returned."""
    barrier, results, errors = threading.Barrier(times), [], []

    def worker():
        try:
            barrier.wait()
            results.append(call())
        except Exception as error:  # noqa: BLE001 - any failure is the finding
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a save never finished"
    assert errors == []
    return results


def test_one_entry_form_sent_four_times_at_once_makes_one_entry():
    person, token = UserFactory(), uuid.uuid4()
    saved = at_once(lambda: entry_create(author=person, text="Only once", submission=token).pk)
    assert JournalEntry.objects.filter(author=person).count() == 1
    assert set(saved) == {JournalEntry.objects.get(author=person).pk}


def test_one_response_form_sent_four_times_at_once_posts_one_response():
    _, index = build_site()
    course = build_course(index, modules=1, lessons_per_module=1)
    group = CohortFactory(course=course.course)
    writer, responder = UserFactory(), UserFactory()
    for person in (writer, responder):
        MembershipFactory(cohort=group, user=person)
    entry = entry_create(author=writer, text="Shared", visibility=Visibility.COHORT, cohort=group)
    token = uuid.uuid4()
    saved = at_once(
        lambda: response_create(entry=entry, author=responder, text="Thank you", submission=token, notify=False).pk
    )
    assert Response.objects.filter(entry=entry).count() == 1 and len(set(saved)) == 1
