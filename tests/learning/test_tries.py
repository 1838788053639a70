""" "Try this week", brought back: "I'll try this" on a lesson makes one private action to try; "How did it go?" is
asked at the person's next session of their group (or a week later, self-paced), on the dashboard and the session's
page; an answer can become a small win, or the person can let it go; facilitators see a count, never who."""

import datetime

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from learning.models import EntryKind, JournalEntry, TryOutcome, Visibility
from learning.services.journal import entry_record_outcome
from learning.services.tries import try_commit, try_keep_as_small_win
from learning.try_selectors import ASK_AFTER, asks_from, is_due, tried_since_last, tries_for_dashboard
from tests.factories import (
    ActionToTryFactory,
    CohortFactory,
    LiveSessionFactory,
    MembershipFactory,
    UserFactory,
    add_try_block,
)

pytestmark = pytest.mark.django_db

ACTION = "Say hello to one neighbour this week"
NOW = timezone.now


@pytest.fixture
def lesson(course):
    return course.lessons[0][0]


@pytest.fixture
def block(lesson):
    return add_try_block(lesson, action=ACTION, detail="A small hello is a start.")


def commit(client, lesson, block_id):
    return client.post(reverse("try_commit", args=[lesson.pk]), {"block": block_id})


def mine(user):
    return JournalEntry.objects.filter(author=user, kind=EntryKind.ACTION)


# --- Committing from the lesson -----------------------------------------------------------------------------------


def test_ill_try_this_makes_one_private_action_and_pressing_again_says_so(client, user, lesson, block):
    client.force_login(user)

    first = commit(client, lesson, block)
    assert first.status_code == 302 and first["Location"] == f"{lesson.url}#try-{block}"
    page = client.get(lesson.url).content.decode()
    assert "It is on your dashboard, under Things you’re trying." in page
    assert "You’re trying this." in page and "I’ll try this<" not in page, "the block shows it is taken up"

    commit(client, lesson, block)
    assert "You’re already trying this." in client.get(lesson.url).content.decode()

    entry = mine(user).get()
    assert (entry.title, entry.text, entry.try_block_id) == (ACTION, ACTION, block)
    assert entry.lesson_id == lesson.pk and entry.course_id == lesson.get_parent().get_parent().pk
    assert entry.visibility == Visibility.PRIVATE and entry.outcome_recorded_at is None


def test_signed_out_the_block_offers_a_sign_in_link_and_no_form(client, lesson, block):
    page = client.get(lesson.url).content.decode()
    assert f"?next={lesson.url}%23try-{block}" in page
    assert "to say you’ll try this" in page
    assert reverse("try_commit", args=[lesson.pk]) not in page

    response = commit(client, lesson, block)
    assert response.status_code == 302 and reverse("account_login") in response["Location"]
    assert not JournalEntry.objects.exists()


def test_a_block_that_is_not_in_the_lesson_changes_nothing(client, user, lesson, block):
    client.force_login(user)
    response = client.post(reverse("try_commit", args=[lesson.pk]), {"block": "not-a-block"}, follow=True)
    assert "not one of this lesson’s things to try" in response.content.decode()
    assert not mine(user).exists()


def test_someone_elses_action_is_a_404_like_a_missing_one(client, user):
    theirs = ActionToTryFactory(ask_from=NOW() - datetime.timedelta(days=1))
    client.force_login(user)
    for name in ("journal_outcome", "try_let_go", "try_small_win"):
        assert client.post(reverse(name, args=[theirs.pk]), {"choice": TryOutcome.WENT_WELL}).status_code == 404
        assert client.post(reverse(name, args=[999_999])).status_code == 404
    assert client.get(reverse("journal_entry", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.outcome_recorded_at is None and theirs.let_go_at is None and not theirs.small_wins.exists()


# --- When to ask --------------------------------------------------------------------------------------------------


def in_group(user, course, **kwargs):
    cohort = CohortFactory(course=course.course, **kwargs)
    MembershipFactory(cohort=cohort, user=user)
    return cohort


def test_in_a_group_the_question_waits_for_its_next_session(user, course, lesson, block):
    cohort = in_group(user, course)
    LiveSessionFactory(cohort=cohort, starts_at=NOW() - datetime.timedelta(days=1))  # already happened
    LiveSessionFactory(cohort=cohort, starts_at=NOW() + datetime.timedelta(days=2), cancelled_at=NOW())
    nearest = LiveSessionFactory(cohort=cohort, starts_at=NOW() + datetime.timedelta(days=5))
    LiveSessionFactory(cohort=cohort, starts_at=NOW() + datetime.timedelta(days=9))
    not_mine = CohortFactory(course=course.course)  # the same course, a group I am not in
    LiveSessionFactory(cohort=not_mine, starts_at=NOW() + datetime.timedelta(days=1))

    entry, _ = try_commit(user=user, lesson=lesson, block_id=block)

    assert entry.ask_session == nearest, "the cancelled one is skipped, and the group I am not in is not mine"
    assert not is_due(entry)
    assert asks_from(entry) < nearest.starts_at, "asked as the doors open, a little before the start"


def test_self_paced_the_question_comes_a_week_later(user, lesson, block):
    before = NOW()
    entry, _ = try_commit(user=user, lesson=lesson, block_id=block)
    assert entry.ask_session is None
    assert before + ASK_AFTER <= entry.ask_from <= NOW() + ASK_AFTER


def test_a_group_i_have_left_does_not_set_the_question(user, course, lesson, block):
    cohort = in_group(user, course)
    cohort.memberships.filter(user=user).update(ended_at=NOW())
    LiveSessionFactory(cohort=cohort)
    entry, _ = try_commit(user=user, lesson=lesson, block_id=block)
    assert entry.ask_session is None


def test_a_rescheduled_session_takes_the_question_with_it_and_a_cancelled_one_falls_back_a_week(user, course):
    cohort = in_group(user, course)
    session = LiveSessionFactory(cohort=cohort, starts_at=NOW() + datetime.timedelta(days=3))
    entry = ActionToTryFactory(author=user, ask_session=session, ask_from=NOW() + ASK_AFTER)
    assert not is_due(entry)

    session.starts_at = NOW() - datetime.timedelta(minutes=5)  # moved earlier: it has begun
    session.ends_at = NOW() + datetime.timedelta(hours=1)
    session.save()
    assert is_due(JournalEntry.objects.select_related("ask_session").get(pk=entry.pk))

    session.cancelled_at = NOW()
    session.save()
    again = JournalEntry.objects.select_related("ask_session").get(pk=entry.pk)
    assert not is_due(again) and asks_from(again) == entry.ask_from, "cancelled: a week after committing"


# --- The dashboard ------------------------------------------------------------------------------------------------


def test_the_dashboard_lists_what_i_am_trying_and_asks_only_once_it_is_time(client, user):
    waiting = ActionToTryFactory(author=user, title="Go to the library’s coffee morning")
    due = ActionToTryFactory(
        author=user, title="Ask about the walking group", ask_from=NOW() - datetime.timedelta(hours=1)
    )
    ActionToTryFactory(title="Someone else’s", ask_from=NOW() - datetime.timedelta(days=1))
    client.force_login(user)

    page = client.get(reverse("dashboard")).content.decode()

    assert "Things you’re trying" in page and "Someone else’s" not in page
    assert waiting.title.replace("’", "&#x27;") in page or waiting.title in page
    assert "We’ll ask how it went from" in page
    assert page.count("Save how it went") == 1, "only the one whose time has come is asked"
    assert reverse("journal_outcome", args=[due.pk]) in page
    assert reverse("journal_outcome", args=[waiting.pk]) not in page
    for word in ("overdue", "missed", "failed", "late"):
        assert word not in page.lower()


def test_answering_records_the_choice_and_the_note_and_offers_a_small_win(client, user):
    entry = ActionToTryFactory(author=user, ask_from=NOW() - datetime.timedelta(days=1))
    client.force_login(user)

    response = client.post(
        reverse("journal_outcome", args=[entry.pk]),
        {"choice": TryOutcome.GAVE_IT_A_GO, "outcome": "I said hello; she smiled."},
    )

    assert response.status_code == 302 and response["Location"] == reverse("journal_entry", args=[entry.pk])
    entry.refresh_from_db()
    assert (entry.outcome_choice, entry.outcome) == (TryOutcome.GAVE_IT_A_GO, "I said hello; she smiled.")
    assert entry.outcome_recorded_at is not None
    page = client.get(response["Location"]).content.decode()
    assert "I gave it a go – it was harder than I thought" in page and "Keep this as a small win" in page
    assert 'id="tries-heading"' not in client.get(reverse("dashboard")).content.decode()

    kept = client.post(reverse("try_small_win", args=[entry.pk]))
    client.post(reverse("try_small_win", args=[entry.pk]))  # twice: still one

    win = JournalEntry.objects.get(author=user, kind=EntryKind.SMALL_WIN)
    assert kept["Location"] == reverse("journal_entry", args=[win.pk])
    assert win.small_win_from == entry and win.visibility == Visibility.PRIVATE
    assert "I gave “" in win.text and "she smiled" in win.text
    assert "You kept this as a small win" in client.get(reverse("journal_entry", args=[entry.pk])).content.decode()


def test_the_free_text_answer_alone_still_works(user):
    entry = ActionToTryFactory(author=user)
    entry_record_outcome(entry=entry, by=user, outcome="It went better than I feared.")
    entry.refresh_from_db()
    assert entry.outcome == "It went better than I feared." and entry.outcome_choice == ""


def test_an_empty_answer_is_shown_again_with_a_message_and_changes_nothing(client, user):
    entry = ActionToTryFactory(author=user, ask_from=NOW() - datetime.timedelta(days=1))
    client.force_login(user)
    response = client.post(reverse("journal_outcome", args=[entry.pk]), {"choice": "", "outcome": "  "})
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert "Choose how it went, or say it in a few words." in page and 'href="#outcome-choice_0"' in page
    response = client.post(reverse("journal_outcome", args=[entry.pk]), {"choice": "brilliant"})
    assert "Choose one of the three answers." in response.content.decode()
    entry.refresh_from_db()
    assert entry.outcome_recorded_at is None


def test_not_yet_is_a_fine_answer_and_is_not_made_a_small_win(user):
    entry = ActionToTryFactory(author=user)
    entry_record_outcome(entry=entry, by=user, choice=TryOutcome.NOT_YET)
    with pytest.raises(Exception, match="a small win is something you tried"):
        try_keep_as_small_win(entry=entry, by=user)


def test_letting_one_go_stops_the_asking_and_the_lesson_offers_it_again(client, user, lesson, block):
    client.force_login(user)
    commit(client, lesson, block)
    entry = mine(user).get()
    JournalEntry.objects.filter(pk=entry.pk).update(ask_from=NOW() - datetime.timedelta(days=1))

    response = client.post(reverse("try_let_go", args=[entry.pk]), {"next": reverse("dashboard")}, follow=True)

    page = response.content.decode()
    assert "we won’t ask about it" in page and 'id="tries-heading"' not in page
    entry.refresh_from_db()
    assert entry.let_go_at is not None and entry.outcome_recorded_at is None
    assert "I’ll try this<" in client.get(lesson.url).content.decode()
    commit(client, lesson, block)
    entry.refresh_from_db()
    assert entry.let_go_at is None and mine(user).count() == 1, "taken up again, not a second one"


def test_the_journal_page_asks_with_the_same_three_answers(client, user):
    ActionToTryFactory(author=user, title="Phone the allotment society")
    client.force_login(user)
    page = client.get(reverse("journal")).content.decode()
    assert "Phone the allotment society" in page
    for _, label in TryOutcome.choices:
        assert label in page


def test_the_dashboard_shows_the_soonest_and_points_to_the_rest(user):
    for n in range(12):
        ActionToTryFactory(author=user, ask_from=NOW() + datetime.timedelta(days=n - 3, hours=1))
    tries = tries_for_dashboard(user)
    assert len(tries.due) == 3 and len(tries.waiting) == 7 and tries.more


def test_the_answer_is_in_the_journal_download(client, user):
    entry = ActionToTryFactory(author=user)
    entry_record_outcome(entry=entry, by=user, choice=TryOutcome.WENT_WELL, outcome="Lovely.")
    from learning.services.data_rights import journal_export_json

    row = journal_export_json(user=user)["entries"][0]
    assert row["outcome_choice"] == TryOutcome.WENT_WELL and row["outcome"] == "It went well\n\nLovely."


# --- The session's page and the facilitator's count ---------------------------------------------------------------


def test_the_session_page_asks_about_what_was_left_for_that_session(user, course):
    cohort = in_group(user, course)
    now_on = LiveSessionFactory(cohort=cohort, starts_at=NOW() - datetime.timedelta(minutes=10))
    later = LiveSessionFactory(cohort=cohort, starts_at=NOW() + datetime.timedelta(days=7))
    here = ActionToTryFactory(author=user, title="Visit the community garden", ask_session=now_on)
    ActionToTryFactory(author=user, title="Try the choir", ask_session=later)
    ActionToTryFactory(title="Not mine", ask_session=now_on)

    html = Template("{% load learning_tries %}{% how_did_it_go session %}").render(
        Context({"request": _request(user), "session": now_on})
    )
    assert "Visit the community garden" in html and reverse("journal_outcome", args=[here.pk]) in html
    assert "Try the choir" not in html and "Not mine" not in html

    upcoming = Template("{% load learning_tries %}{% how_did_it_go session %}").render(
        Context({"request": _request(user), "session": later})
    )
    assert "Try the choir" in upcoming and "When this session begins" in upcoming
    assert "Save how it went" not in upcoming


def test_a_cancelled_session_asks_nothing_on_its_page(user, course):
    session = LiveSessionFactory(cohort=in_group(user, course), starts_at=NOW() - datetime.timedelta(hours=1))
    ActionToTryFactory(author=user, title="Join the reading group", ask_session=session)
    session.cancelled_at = NOW()
    session.save()
    html = Template("{% load learning_tries %}{% how_did_it_go session %}").render(
        Context({"request": _request(user), "session": session})
    )
    assert "Join the reading group" not in html


def _request(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_the_count_is_of_members_who_tried_something_since_the_last_session(course, user):
    cohort = CohortFactory(course=course.course)
    previous = LiveSessionFactory(cohort=cohort, starts_at=NOW() - datetime.timedelta(days=14))
    this = LiveSessionFactory(cohort=cohort, starts_at=NOW() + datetime.timedelta(days=1))
    people = {name: UserFactory(display_name=name) for name in ("Asha", "Ben", "Cal", "Dee", "Eli")}
    for name in ("Asha", "Ben", "Cal", "Eli"):
        MembershipFactory(cohort=cohort, user=people[name])
    answered(people["Asha"], course.course, TryOutcome.WENT_WELL)
    answered(people["Asha"], course.course, TryOutcome.GAVE_IT_A_GO)  # two answers, one person
    answered(people["Ben"], course.course, TryOutcome.GAVE_IT_A_GO)
    answered(people["Cal"], course.course, TryOutcome.NOT_YET)  # did not try: not counted
    answered(people["Dee"], course.course, TryOutcome.WENT_WELL)  # not in this group
    answered(people["Eli"], course.course, TryOutcome.WENT_WELL, when=previous.starts_at - datetime.timedelta(days=1))
    tried = tried_since_last(this)
    assert tried.count == 2 and tried.since == previous


def answered(author, course, choice, *, when=None):
    entry = ActionToTryFactory(author=author, course=course)
    entry_record_outcome(entry=entry, by=author, choice=choice)
    if when is not None:
        JournalEntry.objects.filter(pk=entry.pk).update(outcome_recorded_at=when)
    return entry


def test_the_demo_has_something_being_tried_and_something_that_went_well(db):
    from django.core.management import call_command

    from courses.loader import built_in_course_load

    built_in_course_load()
    call_command("seed_demo")
    sam = UserFactory._meta.model.objects.get(email="sam@colearn.localhost")
    trying = tries_for_dashboard(sam)
    from_a_lesson = [entry for entry in trying.due + trying.waiting if entry.try_block_id]
    assert len(from_a_lesson) == 1 and from_a_lesson[0].ask_session is not None, "asked at the group's next session"
    tried = mine(sam).get(outcome_choice=TryOutcome.WENT_WELL)
    assert tried.small_wins.get().kind == EntryKind.SMALL_WIN


# --- What it costs ------------------------------------------------------------------------------------------------
# A lesson with things to try asks for the person's actions from it in one query, however many blocks it has: one per
# block would make the three-block case cost more and fail.
LESSON_WITH_TRIES_QUERIES = 10  # measured: the signed-in lesson page and that one query


@pytest.mark.parametrize("blocks", [1, 3], ids=["1-block", "3-blocks"])
def test_a_lesson_with_things_to_try_costs_the_same_for_one_or_three(blocks, user, lesson, page_within):
    for n in range(blocks):
        block_id = add_try_block(lesson, action=f"Small step {n}")
        try_commit(user=user, lesson=lesson, block_id=block_id)
    html = page_within(lesson.url, LESSON_WITH_TRIES_QUERIES, as_user=user)
    assert html.count("You’re trying this.") == blocks
