"""The weekly digest: for people who asked, last week's announcements from their groups and the responses to what
they shared, as titles, counts and links, never anyone's words; nothing to say, no email; never twice a week."""

import datetime
import io
import zoneinfo

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from cohorts.models import Announcement, Membership
from cohorts.services import announcement_post
from learning.models import DigestSent, Response, Visibility
from learning.services.digest import digests_send, next_run_after, week_just_gone
from learning.services.journal import entry_create
from learning.services.responses import response_create, response_hide
from learning.tasks import DIGEST_TASK
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course, build_site
from tests.factories.users import asking_for

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
LAST_WEEK = week_just_gone()


def during_last_week(row, field: str, *, day: int = 2) -> None:
    moment = timezone.make_aware(datetime.datetime.combine(LAST_WEEK + datetime.timedelta(days=day), datetime.time(11)))
    type(row).objects.filter(pk=row.pk).update(**{field: moment})


@pytest.fixture
def group(course):
    return CohortFactory(course=course.course, pair__staff="Priya", pair__peer="Sam")


@pytest.fixture
def priya(group):
    return group.memberships.get(user__display_name="Priya").user


@pytest.fixture
def jo(group):
    person = asking_for(UserFactory(display_name="Jo", email="jo@example.org"), "weekly_digest")
    MembershipFactory(cohort=group, user=person)
    return person


@pytest.fixture
def ali(group):
    person = UserFactory(display_name="Ali", email="ali@example.org")
    MembershipFactory(cohort=group, user=person)
    return person


def announce(group, author, title: str, *, day: int = 2) -> Announcement:
    announcement = announcement_post(
        cohort=group, author=author, title=title, body="The words of the announcement.", notify=False
    )
    during_last_week(announcement, "posted_at", day=day)
    return announcement


def respond(entry, author, text: str) -> Response:
    response = response_create(entry=entry, author=author, text=text, notify=False)
    during_last_week(response, "created_at")
    return response


def digests():
    return [email for email in mail.outbox if "your week" in email.subject]


def test_the_digest_lists_the_week_s_news_as_titles_counts_and_links_never_words(group, priya, jo, ali):
    announce(group, priya, "Room change on Thursday")
    entry = entry_create(
        author=jo, title="Walking group", text="Jo's own words.", visibility=Visibility.COHORT, cohort=group
    )
    respond(entry, ali, "Ali's kind words.")
    respond(entry, priya, "Priya's words.")
    respond(entry, jo, "Jo thanks them.")  # their own response is not news to them

    assert digests_send(week_starting=LAST_WEEK) == 1

    [email] = digests()
    assert email.to == ["jo@example.org"]
    assert "Room change on Thursday (Spring group" in email.body
    assert f"/cohorts/{group.slug}/" in email.body
    assert "2 responses to “Walking group”" in email.body and f"/journal/{entry.pk}/" in email.body
    for words in ["The words of the announcement", "Jo's own words", "kind words", "Priya's words", "thanks"]:
        assert words not in email.body
    record = DigestSent.objects.get(user=jo)
    assert (record.week_starting, record.announcements, record.responses) == (LAST_WEEK, 1, 2)


def test_only_people_who_asked_get_a_digest(group, priya, jo, ali):
    announce(group, priya, "Room change")

    digests_send(week_starting=LAST_WEEK)

    assert [email.to for email in digests()] == [["jo@example.org"]]


def test_a_quiet_week_sends_nothing(group, priya, jo):
    announce(group, priya, "Two weeks ago", day=-5)
    announcement_post(cohort=group, author=priya, title="This week", body="Later.", notify=False)

    assert digests_send(week_starting=LAST_WEEK) == 0
    assert digests() == [] and not DigestSent.objects.exists()


def test_a_week_is_sent_once_however_often_the_run_repeats(group, priya, jo):
    announce(group, priya, "Room change")
    digests_send(week_starting=LAST_WEEK)
    announce(group, priya, "Another, posted late in the same week", day=5)

    assert digests_send(week_starting=LAST_WEEK) == 0
    assert len(digests()) == 1


def test_only_what_they_may_read_now_counts(group, priya, jo, ali, course):
    # A group they have left: its announcements are no longer theirs to hear about.
    other = CohortFactory(course=course.course, pair__staff="Bea", pair__peer="Cy")
    MembershipFactory(cohort=other, user=jo, ended_at=timezone.now())
    announce(other, other.memberships.get(user__display_name="Bea").user, "From a group Jo left")
    # A hidden response, and one to an entry Jo has since made private, do not count.
    shared = entry_create(author=jo, title="Shared", text="x", visibility=Visibility.COHORT, cohort=group)
    hidden = respond(shared, ali, "Unkind words.")
    response_hide(response=hidden, by=priya, reason="Not in the spirit of the group")
    was_shared = entry_create(author=jo, title="Now private", text="y", visibility=Visibility.COHORT, cohort=group)
    respond(was_shared, ali, "Fine words.")
    type(was_shared).objects.filter(pk=was_shared.pk).update(visibility=Visibility.PRIVATE)
    # Jo's own announcement is not news to Jo.
    Membership.objects.filter(cohort=group, user=jo).update(role="facilitator")
    announce(group, jo, "Jo's own announcement")

    assert digests_send(week_starting=LAST_WEEK) == 0
    assert digests() == []


def test_the_week_runs_monday_to_sunday_and_the_run_is_monday_morning(settings):
    london = zoneinfo.ZoneInfo("Europe/London")
    with timezone.override(london):
        wednesday = datetime.datetime(2027, 1, 13, 15, 0, tzinfo=london)
        assert week_just_gone(wednesday) == datetime.date(2027, 1, 4)
        assert next_run_after(wednesday) == datetime.datetime(2027, 1, 18, 8, 0, tzinfo=london)
        early_monday = datetime.datetime(2027, 1, 18, 6, 0, tzinfo=london)
        assert next_run_after(early_monday) == datetime.datetime(2027, 1, 18, 8, 0, tzinfo=london)
        assert week_just_gone(early_monday) == datetime.date(2027, 1, 11)


@override_settings(TASKS=DATABASE_QUEUE)
def test_schedule_digests_queues_one_run_however_often_it_is_called():
    out = io.StringIO()
    call_command("schedule_digests", stdout=out)
    call_command("schedule_digests", stdout=out)

    [queued] = DBTaskResult.objects.filter(task_path=DIGEST_TASK)
    assert queued.run_after == next_run_after(timezone.now())
    assert "already queued" in out.getvalue()


def test_schedule_digests_says_so_when_tasks_cannot_wait():
    with pytest.raises(CommandError, match="nothing can wait"):
        call_command("schedule_digests", stdout=io.StringIO())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE_QUEUE)
def test_the_worker_sends_monday_s_digests_and_queues_next_week_s():
    group = CohortFactory(course=build_course(build_site()[1]).course, pair__staff="Priya", pair__peer="Sam")
    priya = group.memberships.get(user__display_name="Priya").user
    jo = asking_for(UserFactory(email="jo@example.org"), "weekly_digest")
    MembershipFactory(cohort=group, user=jo)
    announce(group, priya, "Room change")
    call_command("schedule_digests", stdout=io.StringIO())
    DBTaskResult.objects.filter(task_path=DIGEST_TASK).update(run_after=timezone.now())  # Monday morning comes

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    [email] = digests()
    assert email.to == ["jo@example.org"] and "Room change" in email.body
    done, waiting = (
        DBTaskResult.objects.filter(task_path=DIGEST_TASK, status=status).count()
        for status in (TaskResultStatus.SUCCESSFUL, TaskResultStatus.READY)
    )
    assert (done, waiting) == (1, 1), "the run queued next Monday's, and only one"
