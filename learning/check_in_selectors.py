"""Readers of check-ins and their notes, all through the one rule `CheckInRequest.objects.visible_to(user)`.
Each works in a fixed number of queries."""

from django.db.models import Case, Count, IntegerField, Prefetch, Value, When
from django.shortcuts import get_object_or_404

from cohorts.models import Cohort
from colearn.models import User
from learning.models import CheckInNote, CheckInRequest, CheckInState

# Open requests first, then ones a facilitator has seen, then done.
_STATE_ORDER = Case(
    When(state=CheckInState.ASKED, then=Value(0)),
    When(state=CheckInState.SEEN, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)
_SHOWN_WITH = ("cohort", "lesson", "seen_by", "done_by")


def own_check_ins(user: User):
    """The person's own check-ins, newest ask first, with how many notes each has (for their list, paginated)."""
    return (
        CheckInRequest.objects.visible_to(user)
        .filter(user=user)
        .select_related(*_SHOWN_WITH)
        .annotate(note_count=Count("notes"))
        .order_by("-asked_at", "-id")
    )


def group_check_ins(cohort: Cohort, viewer: User):
    """A group's check-ins as its facilitator may read them: open first, then seen, then done (paginated)."""
    return (
        CheckInRequest.objects.visible_to(viewer)
        .filter(cohort=cohort)
        .exclude(user=viewer)
        .select_related("user", *_SHOWN_WITH)
        .annotate(note_count=Count("notes"), state_order=_STATE_ORDER)
        .order_by("state_order", "-asked_at", "-id")
    )


def open_check_in_count(cohort: Cohort, viewer: User) -> int:
    """How many of a group's check-ins wait for a facilitator to see them: a number, never who."""
    return (
        CheckInRequest.objects.visible_to(viewer)
        .filter(cohort=cohort, state=CheckInState.ASKED)
        .exclude(user=viewer)
        .count()
    )


def _with_thread(queryset):
    notes = CheckInNote.objects.select_related("author").order_by("created_at", "id")
    return queryset.select_related("user", *_SHOWN_WITH).prefetch_related(Prefetch("notes", queryset=notes))


def own_check_in(user: User, check_in_id: int) -> CheckInRequest:
    """One of the person's own check-ins with its thread; anything else is a 404, the same as a missing id."""
    return get_object_or_404(_with_thread(CheckInRequest.objects.visible_to(user).filter(user=user)), pk=check_in_id)


def group_check_in(cohort: Cohort, viewer: User, check_in_id: int) -> CheckInRequest:
    """One of a group's check-ins with its thread, for its facilitator; anything else is a 404."""
    readable = CheckInRequest.objects.visible_to(viewer).filter(cohort=cohort).exclude(user=viewer)
    return get_object_or_404(_with_thread(readable), pk=check_in_id)
