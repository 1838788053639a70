"""The facilitation hours report, in the admin's Reports menu beside the others, has their layout: its sentence and
a chart of each facilitator's hours, whose table gives the same figures."""

import datetime

import pytest
from django.utils import timezone

from cohorts.models import Role
from cohorts.services import session_facilitation_record
from tests.factories import CohortFactory, LiveSessionFactory, UserFactory


@pytest.mark.django_db
def test_the_hours_report_has_a_sentence_and_a_chart_of_hours(client, course):
    cohort = CohortFactory(course=course.course, pair__staff="Priya", pair__peer="Sam")
    staff = cohort.memberships.get(role=Role.FACILITATOR).user
    peer = cohort.memberships.get(role=Role.PEER_FACILITATOR).user
    started = timezone.now() - datetime.timedelta(days=2)
    session = LiveSessionFactory(cohort=cohort, starts_at=started, ends_at=started + datetime.timedelta(hours=2))
    session_facilitation_record(session=session, by=staff, minutes={staff.pk: 90, peer.pk: 45})
    client.force_login(UserFactory(is_superuser=True))
    html = client.get(f"/admin/reports/facilitation-hours/?sessions_from={started:%Y-%m-%d}").content.decode()
    assert "The sessions each staff and peer facilitator facilitated in the days chosen" in html
    assert ">Hours facilitated</caption>" in html
    assert '<th scope="row">Priya, staff facilitator</th><td>1.5</td>' in html
    assert '<th scope="row">Sam, peer facilitator</th><td>0.75</td>' in html
    assert html.count("<rect") == 2
