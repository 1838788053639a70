"""The privacy matrix's row for reports: no report page or download ever holds a word anyone wrote. Every text a
person can type around the things reports count (private and shared entries, small wins, actions and how they
went, check-in notes, connections) carries a canary; every report, on screen and as CSV, is searched for it."""

import datetime

import pytest

from cohorts.models import Perspective, Role
from learning.models import EntryKind, Visibility
from learning.services.check_ins import check_in_note_add
from learning.services.connections import connection_create
from learning.services.journal import check_in_request, entry_create, entry_record_outcome
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.reports import rate
from tests.reports.test_admin_reports import URLS

CANARY = "canaryreport"

pytestmark = pytest.mark.django_db


@pytest.fixture
def written(course):
    """Six members of one group, each writing everything a person can write, private and shared, with canaries."""
    cohort = CohortFactory(course=course.course, name="Canary group")
    capability = course.course.capabilities.get()
    for number in range(6):
        person = UserFactory()
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER, perspective=Perspective.CARER)
        lesson = course.lessons[0][0]
        entry_create(author=person, text=f"{CANARY}private{number}", title=f"{CANARY}title{number}", lesson=lesson)
        entry_create(
            author=person,
            text=f"{CANARY}shared{number}",
            visibility=Visibility.COHORT,
            cohort=cohort,
            lesson=lesson,
        )
        entry_create(author=person, kind=EntryKind.SMALL_WIN, text=f"{CANARY}win{number}", lesson=lesson)
        action = entry_create(author=person, kind=EntryKind.ACTION, text=f"{CANARY}action{number}", lesson=lesson)
        entry_record_outcome(by=person, entry=action, outcome=f"{CANARY}outcome{number}", choice="went_well")
        request = check_in_request(user=person, cohort=cohort, notify=False)
        check_in_note_add(author=person, check_in=request, notify=False, text=f"{CANARY}note{number}")
        connection_create(author=person, name=f"{CANARY}place{number}", how_it_felt=f"{CANARY}felt{number}")
        rate(person, capability, 3, on=datetime.date(2027, 1, 4))
    return cohort


@pytest.mark.parametrize("name", URLS)
def test_no_report_page_or_csv_holds_anything_anyone_wrote(client, written, name):
    client.force_login(UserFactory(is_superuser=True))
    for query in ("", f"?cohort={written.pk}"):
        page = client.get(URLS[name] + query)
        assert page.status_code == 200
        assert CANARY not in page.content.decode()
        download = client.get(URLS[name] + query + ("&" if query else "?") + "export=csv")
        assert download.status_code == 200
        assert CANARY.encode() not in b"".join(download.streaming_content)
