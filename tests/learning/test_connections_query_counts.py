"""My connections cost the same for one connection or thirty, warm, counting the session and the signed-in
person: the list (with its chart over a year of dated updates) and a connection's page (with a long history)."""

import datetime

import pytest
from django.utils import timezone

from learning.models import ConnectionStatus, ConnectionUpdate
from learning.services.connections import connection_share, connection_update
from tests.factories import CohortFactory, ConnectionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

# Session, user, the page's count, its rows (with directory entry and shared group joined) and the chart's dated
# updates. An N+1 would be a query per connection for its directory entry or the group it is shared with.
LIST_QUERIES = 5
# Session, user, the connection (with its shared entry, directory entry and group joined), its history, and the
# facilitators named in "who can read it". An N+1 would be a query per update.
DETAIL_QUERIES = 5


@pytest.fixture(params=[1, 30], ids=["one", "thirty"])
def person(request, course):
    keeper = UserFactory()
    cohort = CohortFactory(course=course.course)
    MembershipFactory(cohort=cohort, user=keeper)
    spread = timezone.now() - datetime.timedelta(days=330)
    for n in range(request.param):
        connection = ConnectionFactory(author=keeper, name=f"Place {n}", next_step="A small step")
        connection_update(connection=connection, by=keeper, status=ConnectionStatus.BEEN_ONCE)
        connection_share(connection=connection, by=keeper, cohort=cohort, what="everything")
        ConnectionUpdate.objects.filter(connection=connection).update(created_at=spread + datetime.timedelta(days=n))
    return keeper, request.param


def test_my_connections_list(person, page_within):
    keeper, count = person
    html = page_within("/journal/connections/", LIST_QUERIES, as_user=keeper)
    assert f"Place {count - 1}" in html and "How your connections have grown" in html


def test_a_connection_with_its_history(person, page_within):
    keeper, count = person
    connection = keeper.connections.order_by("pk").last()
    for step in range(count):
        connection_update(connection=connection, by=keeper, next_step=f"Step {step}")
    html = page_within(f"/journal/connections/{connection.pk}/", DETAIL_QUERIES, as_user=keeper)
    assert f"Step {count - 1}" in html
