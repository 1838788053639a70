"""Erasure, as the people around the erased person notice it.

Facilitators lose nothing but that person: the register keeps an anonymous row, the group's feed no longer shows
their entries, a decision they made or a response they hid stays on the other person's record. It is all or
nothing: if any part fails, nothing is erased.
"""

import pytest

from cohorts.models import ApplicationStatus, Attendance, Membership, Perspective, Role
from cohorts.services import application_decide, application_submit, attendance_record
from colearn.models import User
from colearn.privacy import Holding
from learning.models import JournalEntry, Response, Visibility
from learning.services import person_data
from learning.services.data_rights import person_erase
from learning.services.journal import entry_create
from learning.services.responses import response_create, response_hide
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(site_pages):
    # Facilitated by hand below (people), so the pair the factory would add is left out.
    return CohortFactory(course=build_course(site_pages[1], modules=1, lessons_per_module=1).course, pair=False)


@pytest.fixture
def people(group):
    names = {}
    for name, role in [("leaving", Role.MEMBER), ("staying", Role.MEMBER), ("facilitator", Role.FACILITATOR)]:
        names[name] = UserFactory(display_name=name.title())
        MembershipFactory(cohort=group, user=names[name], role=role)
    return names


def test_the_register_keeps_an_anonymous_row_and_the_membership_ends(group, people):
    session = LiveSessionFactory(cohort=group)
    attendance_record(
        session=session,
        by=people["facilitator"],
        statuses={people["leaving"].pk: "present", people["staying"].pk: "absent"},
    )
    person_erase(user=people["leaving"])
    register = {row.user.public_name: row.status for row in Attendance.objects.filter(session=session)}
    assert register == {"Former member": "present", "Staying": "absent"}
    membership = Membership.objects.get(user=people["leaving"])
    assert membership.ended_at is not None and membership.perspective == ""
    assert Membership.objects.filter(cohort=group).active().count() == 2


def test_applications_lose_their_words_and_an_open_one_is_withdrawn(group, people):
    other = CohortFactory(course=group.course)
    application = application_submit(
        cohort=other,
        user=people["leaving"],
        statement="Why I would like to come",
        perspective=Perspective.USES_SERVICES,
        access_needs="Step-free access",
        agreed_to_cohort_agreement=True,
    )
    person_erase(user=people["leaving"])
    application.refresh_from_db()
    assert (application.statement, application.access_needs, application.status) == (
        "",
        "",
        ApplicationStatus.WITHDRAWN,
    )
    assert application.perspective == Perspective.PREFER_NOT_TO_SAY


def test_what_the_erased_person_did_for_others_stays_on_their_records(group, people):
    """A facilitator's decision on someone's application, and a response they hid, are the other person's record."""
    other = CohortFactory(course=group.course)
    MembershipFactory(cohort=other, user=people["leaving"], role=Role.FACILITATOR)
    application = application_submit(
        cohort=other,
        user=people["staying"],
        statement="I would like to join",
        perspective=Perspective.CARER,
        agreed_to_cohort_agreement=True,
    )
    application_decide(
        application=application,
        decided_by=people["leaving"],
        decision=ApplicationStatus.WAITLISTED,
        message="There is a place soon",
        notify=False,
    )
    shared = entry_create(author=people["staying"], text="Shared", visibility=Visibility.COHORT, cohort=group)
    reply = response_create(entry=shared, author=people["staying"], text="Note to self", notify=False)
    response_hide(response=reply, by=people["facilitator"], reason="Off topic")
    mine = response_create(entry=shared, author=people["leaving"], text="Lovely", notify=False)

    person_erase(user=people["leaving"])
    application.refresh_from_db()
    assert application.decision_message == "There is a place soon"
    assert application.status == ApplicationStatus.WAITLISTED
    assert application.decided_by.public_name == "Former member"
    assert JournalEntry.objects.filter(pk=shared.pk).exists()
    assert not Response.objects.filter(pk=mine.pk).exists()
    assert Response.objects.get(pk=reply.pk).hidden_reason == "Off topic"


def test_the_group_feed_no_longer_shows_the_erased_persons_entries(client, group, people):
    entry_create(author=people["leaving"], text="Something I shared", visibility=Visibility.COHORT, cohort=group)
    client.force_login(people["staying"])
    assert "Something I shared" in client.get(f"/cohorts/{group.slug}/reflections/").content.decode()
    person_erase(user=people["leaving"], by=people["facilitator"])
    feed = client.get(f"/cohorts/{group.slug}/reflections/")
    assert feed.status_code == 200 and "Something I shared" not in feed.content.decode()


def test_erasure_is_all_or_nothing(monkeypatch, group, people):
    entry_create(author=people["leaving"], text="Still here")
    real = person_data.holdings()

    def broken(user):
        raise RuntimeError("the disk is full")

    # Erasure walks backwards, so a failing first holding fails after every other eraser has run.
    failing = Holding(
        model="test.Broken", kind="broken", title="t", what="w", why="w", who_can_see="w", kept_for="k", erase=broken
    )
    monkeypatch.setattr(person_data, "holdings", lambda: [failing, *real])
    email = people["leaving"].email
    with pytest.raises(RuntimeError):
        person_erase(user=people["leaving"])
    assert JournalEntry.objects.filter(author=people["leaving"], text="Still here").exists()
    assert User.objects.get(pk=people["leaving"].pk).email == email


def test_an_erased_person_frees_their_address_for_a_new_account(people):
    email = people["leaving"].email
    person_erase(user=people["leaving"])
    newcomer = UserFactory(email=email)
    assert newcomer.pk != people["leaving"].pk
    assert User.objects.filter(email__iexact=email).count() == 1
