"""Readers for "Try this week": when to ask "How did it go?", what someone is trying, and how many people in a group
tried something since its last session (a count, never who)."""

import datetime
from dataclasses import dataclass

from django.db.models import Case, F, Q, When
from django.utils import dateformat, timezone

from cohorts.models import CHECK_IN_OPENS_BEFORE, Cohort, LiveSession, Membership
from colearn.models import User
from courses.models import CoursePage, LessonPage
from learning.models import EntryKind, JournalEntry, TryOutcome

# Followed self-paced (or with no session of the group coming), the question comes a week after committing.
ASK_AFTER = datetime.timedelta(days=7)
TRIED = (TryOutcome.WENT_WELL, TryOutcome.GAVE_IT_A_GO)
# Lists on the dashboard stop here and point to the journal for the rest.
DASHBOARD_TRIES = 10


def next_ask(*, user: User, course: CoursePage | None, now: datetime.datetime | None = None) -> tuple:
    """(the session to ask at, the moment to ask from otherwise) for an action committed now: the first session,
    not cancelled, of a group for this course that the person is in, starting after now; and a week from now."""
    now = now or timezone.now()
    session = None
    if course is not None:
        groups = Membership.objects.active().filter(user=user, cohort__course=course).values("cohort_id")
        session = (
            LiveSession.objects.filter(cohort_id__in=groups, cancelled_at__isnull=True, starts_at__gt=now)
            .order_by("starts_at", "pk")
            .first()
        )
    return session, now + ASK_AFTER


def asks_at_session(entry: JournalEntry) -> LiveSession | None:
    """The session this action is asked about at, while it still takes place (needs `ask_session` loaded)."""
    session = entry.ask_session
    return session if session is not None and session.cancelled_at is None else None


def asks_from(entry: JournalEntry) -> datetime.datetime | None:
    """When "How did it go?" is asked: when the doors of its session open (read now, so a rescheduled session
    takes the question with it), else `ask_from`. A cancelled session falls back to `ask_from`."""
    session = asks_at_session(entry)
    return session.starts_at - CHECK_IN_OPENS_BEFORE if session else entry.ask_from


def is_due(entry: JournalEntry, now: datetime.datetime | None = None) -> bool:
    when = asks_from(entry)
    return when is None or when <= (now or timezone.now())


def ask_sentence(entry: JournalEntry) -> str:
    """When we will ask, in words, for the person who committed (never a deadline: nothing is late)."""
    if is_due(entry):
        return "Whenever you’re ready, say how it went."
    session = asks_at_session(entry)
    if session is not None:
        when = dateformat.format(timezone.localtime(session.starts_at), "l j F")
        return f"We’ll ask how it went at your group’s next session, “{session.title}”, on {when}."
    return f"We’ll ask how it went from {dateformat.format(timezone.localtime(entry.ask_from), 'l j F')}."


def open_tries(user: User):
    """The person's actions to try that are neither answered nor let go, through the privacy rule, with the session
    they are asked at, soonest question first."""
    asks = Case(
        When(ask_session__isnull=False, ask_session__cancelled_at__isnull=True, then=F("ask_session__starts_at")),
        default=F("ask_from"),
    )
    return (
        JournalEntry.objects.visible_to(user, own_only=True)
        .filter(kind=EntryKind.ACTION, outcome_recorded_at__isnull=True, let_go_at__isnull=True)
        .select_related("ask_session")
        .defer("text", "body", "search_vector")
        .annotate(asks=asks)
        .order_by(F("asks").asc(nulls_first=True), "created_at", "pk")
    )


@dataclass
class Tries:
    """What someone is trying: those it is time to ask about, those still to come, and whether there are more
    than the dashboard shows."""

    due: list[JournalEntry]
    waiting: list[JournalEntry]
    more: bool = False


def tries_for_dashboard(user: User, *, limit: int = DASHBOARD_TRIES) -> Tries:
    """One query, however many: the soonest `limit`, the due ones first (they are the soonest asked)."""
    rows = list(open_tries(user)[: limit + 1])
    now = timezone.now()
    shown = rows[:limit]
    return Tries(
        due=[e for e in shown if is_due(e, now)],
        waiting=[e for e in shown if not is_due(e, now)],
        more=len(rows) > limit,
    )


def tries_at_session(user: User, session: LiveSession) -> Tries:
    """The person's actions asked about at this session: due once its doors open, waiting before. A cancelled
    session asks nothing (its actions are asked on the dashboard, a week after committing)."""
    if not user.is_authenticated or session.cancelled_at is not None:
        return Tries(due=[], waiting=[])
    rows = list(open_tries(user).filter(ask_session=session))
    now = timezone.now()
    return Tries(due=[e for e in rows if is_due(e, now)], waiting=[e for e in rows if not is_due(e, now)])


def tries_in_lesson(user: User, lesson: LessonPage) -> dict[str, JournalEntry]:
    """The person's actions taken from this lesson's "Try this week" blocks, by block id."""
    if not user.is_authenticated or not any(block.block_type == "try_this_week" for block in lesson.body):
        return {}
    entries = (
        JournalEntry.objects.visible_to(user, own_only=True)
        .filter(lesson=lesson, kind=EntryKind.ACTION)
        .exclude(try_block_id="")
        .select_related("ask_session")
        .only("pk", "try_block_id", "outcome_choice", "outcome_recorded_at", "let_go_at", "ask_from", "ask_session")
    )
    return {entry.try_block_id: entry for entry in entries}


@dataclass
class TriedSinceLast:
    count: int
    since: LiveSession | None


def tried_since_last(session: LiveSession) -> TriedSinceLast:
    """How many members of the session's group said an action for the group's course went well or that they gave
    it a go, from the end of the group's previous session to the end of this one. Distinct people, not answers; a
    count only, for a facilitator to open the conversation."""
    previous = (
        LiveSession.objects.filter(
            cohort_id=session.cohort_id, cancelled_at__isnull=True, starts_at__lt=session.starts_at
        )
        .exclude(pk=session.pk)
        .order_by("-starts_at", "-pk")
        .first()
    )
    members = Membership.objects.members().filter(cohort_id=session.cohort_id).values("user_id")
    answered = Q(outcome_recorded_at__lte=session.ends_at)
    if previous is not None:
        answered &= Q(outcome_recorded_at__gt=previous.ends_at)
    count = (
        JournalEntry.objects.filter(
            answered,
            kind=EntryKind.ACTION,
            course_id__in=Cohort.objects.filter(pk=session.cohort_id).values("course_id"),
            outcome_choice__in=TRIED,
            author_id__in=members,
        )
        .values("author_id")
        .distinct()
        .count()
    )
    return TriedSinceLast(count=count, since=previous)


def kept_small_win(entry: JournalEntry) -> JournalEntry | None:
    """The small win kept from this action, if its author kept one."""
    return (
        JournalEntry.objects.visible_to(entry.author, own_only=True)
        .filter(small_win_from=entry)
        .only("pk", "title", "created_at")
        .first()
    )
