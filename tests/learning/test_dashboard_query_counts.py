"""The dashboard costs the same for a short record or a long one: a learner with 2 or 40 journal entries of each
kind and 1 or 6 groups with sessions, and a facilitator of 1 or 6 groups, warm, counting the session and the
signed-in person, with two-factor required of facilitators as in production.

An N+1 here — a group's course fetched per membership, a session's group per session, the journal's newest entries
loaded in full to pick three, a query per kind of entry that grows with the kinds, the session of each thing someone
is trying fetched one by one — would make the larger case cost more and fail.
"""

import datetime

import pytest
from allauth.mfa.models import Authenticator
from django.utils import timezone

from cohorts.models import Role
from learning.models import EntryKind
from learning.selectors import dashboard_sections
from learning.services.journal import entry_create, entry_record_outcome
from learning.services.progress import course_follow
from tests.factories import ActionToTryFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

# Each counts the things someone is trying, with their sessions, as one query ("Try this week").
LEARNER_QUERIES = 10
FACILITATOR_QUERIES = 7


def groups_with_sessions(course, user, *, count: int, role: str = Role.MEMBER):
    for _ in range(count):
        cohort = CohortFactory(course=course.course)
        MembershipFactory(cohort=cohort, user=user, role=role)
        MembershipFactory(cohort=cohort, user=UserFactory())
        for _ in range(2):
            LiveSessionFactory(cohort=cohort, module=course.modules[0])


@pytest.fixture(params=[(2, 1), (40, 6)], ids=["short-record", "long-record"])
def learner(request, course, user, settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    entries, groups = request.param
    course_follow(user=user, course=course.course)
    for n in range(entries):
        for kind in (EntryKind.REFLECTION, EntryKind.SMALL_WIN, EntryKind.ACTION):
            entry_create(author=user, kind=kind, title=f"{kind} {n}", text=f"Some words {n}")
    groups_with_sessions(course, user, count=groups)
    return user


@pytest.fixture(params=[1, 6], ids=["1-group", "6-groups"])
def facilitator(request, course, settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    person = UserFactory()
    Authenticator.objects.create(user=person, type=Authenticator.Type.TOTP, data={"secret": "x"})
    groups_with_sessions(course, person, count=request.param, role=Role.FACILITATOR)
    return person


def test_learner_dashboard(learner, page_within):
    html = page_within("/dashboard/", LEARNER_QUERIES, as_user=learner)
    assert "Upcoming sessions" in html and "Things you’re trying" in html


@pytest.fixture(params=[1, 20], ids=["1-try", "20-tries"])
def trying(request, course, user):
    """Someone trying 1 or 20 things, asked at their group's sessions, half of them due already."""
    cohort = CohortFactory(course=course.course)
    MembershipFactory(cohort=cohort, user=user)
    now = timezone.now()
    for n in range(request.param):
        starts = now + datetime.timedelta(days=-1 if n % 2 == 0 else 3, minutes=n)
        session = LiveSessionFactory(cohort=cohort, starts_at=starts)
        ActionToTryFactory(author=user, ask_session=session, ask_from=now + datetime.timedelta(days=7))
    return user


def test_dashboard_of_someone_trying_things(trying, page_within):
    html = page_within("/dashboard/", LEARNER_QUERIES, as_user=trying)
    assert "Things you’re trying" in html and "Save how it went" in html


def test_facilitator_dashboard(facilitator, page_within):
    html = page_within("/dashboard/", FACILITATOR_QUERIES, as_user=facilitator)
    assert "you are a staff facilitator" in html


def test_the_journal_section_shows_the_newest_three_of_each_and_things_tried_apart(user):
    def write(kind, title):
        return entry_create(author=user, kind=kind, title=title, text="Some words")

    actions = [write(EntryKind.ACTION, f"Action {n}") for n in range(5)]
    for n in range(4):
        write(EntryKind.SMALL_WIN, f"Win {n}")
    reflection = write(EntryKind.REFLECTION, "Newest reflection")
    entry_record_outcome(entry=actions[4], by=user, outcome="It went well.")
    entry_create(author=UserFactory(), kind=EntryKind.ACTION, title="Someone else's", text="Not mine")

    sections = {section.key: section.context for section in dashboard_sections(user)}
    journal, tries = sections["journal"], sections["tries"]["tries"]

    assert [e.title for e in journal["recent"]] == [reflection.title, "Action 4", "Action 3"], "wins are apart"
    assert [e.title for e in journal["wins"]] == ["Win 3", "Win 2", "Win 1"]
    trying = [e.title for e in tries.due + tries.waiting]
    assert trying == ["Action 0", "Action 1", "Action 2", "Action 3"], "soonest asked first; answered ones drop out"


# --- People without an email address ------------------------------------------------------------------------------
# Their news comes as notices on the dashboard (colearn.notifications.send_email): one query, however many there are.
NOTICES_QUERIES = 1


@pytest.fixture(params=[1, 30], ids=["1-notice", "30-notices"])
def learner_without_email(request, learner):
    from colearn.models import User
    from colearn.services import notice_post

    User.objects.filter(pk=learner.pk).update(email=None, username=f"learner-{learner.pk}")
    learner.refresh_from_db()
    for n in range(request.param):
        notice_post(user=learner, kind="announcements", subject=f"News {n}", link="/dashboard/")
    return learner


def test_learner_without_email_dashboard(learner_without_email, page_within):
    html = page_within("/dashboard/", LEARNER_QUERIES + NOTICES_QUERIES, as_user=learner_without_email)
    assert "News for you" in html and "Upcoming sessions" in html
