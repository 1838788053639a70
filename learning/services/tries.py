"""The only writers for "Try this week". A commitment is an action to try in the journal (private, like every
entry unless shared), so the journal's privacy rule, export and erasure cover it; answering "How did it go?" is
learning.services.journal.entry_record_outcome."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import Truncator

from colearn.models import User
from courses.models import LessonPage
from learning.models import EntryKind, JournalEntry, TryOutcome
from learning.services.journal import entry_create
from learning.try_selectors import next_ask

TITLE_LENGTH = 150  # JournalEntry.title


def _try_block(lesson: LessonPage, block_id: str):
    for block in lesson.body:
        if block.block_type == "try_this_week" and block.id == block_id:
            return block
    raise ValidationError({"block": "That is not one of this lesson’s things to try. Reload the lesson and try again."})


@transaction.atomic
def try_commit(*, user: User, lesson: LessonPage, block_id: str) -> tuple[JournalEntry, bool]:
    """ "I'll try this": (the action in the person's journal, whether this call made it). Pressing again finds the
    one already there; one that was let go is taken up again, with a new moment to ask."""
    block = _try_block(lesson, block_id)
    mine = JournalEntry.objects.visible_to(user, own_only=True).filter(lesson=lesson, try_block_id=block_id)
    earlier = mine.select_for_update().first()
    if earlier is not None:
        if earlier.let_go_at is None:
            return earlier, False
        earlier.let_go_at = None
        earlier.ask_session, earlier.ask_from = next_ask(user=user, course=earlier.course)
        earlier.save(update_fields=["let_go_at", "ask_session", "ask_from"])
        return earlier, True
    action = block.value["action"]
    try:
        with transaction.atomic():
            entry = entry_create(
                author=user,
                kind=EntryKind.ACTION,
                title=Truncator(action).chars(TITLE_LENGTH),
                text=action,
                lesson=lesson,
                try_block_id=block_id,
            )
    except IntegrityError:  # pressed twice at once: the other press made it
        return mine.get(), False
    return entry, True


def _own_action(entry: JournalEntry, by: User) -> None:
    if entry.author_id != by.pk:
        raise PermissionDenied
    if entry.kind != EntryKind.ACTION:
        raise ValidationError("Only an action to try can be left or kept as a small win.")


@transaction.atomic
def try_let_go(*, entry: JournalEntry, by: User) -> JournalEntry:
    """ "I'll leave this one": never asked about again. It stays in the journal, and can still be answered there."""
    _own_action(entry, by)
    if entry.outcome_recorded_at is None and entry.let_go_at is None:
        entry.let_go_at = timezone.now()
        entry.save(update_fields=["let_go_at"])
    return entry


def _small_win_words(entry: JournalEntry) -> str:
    action = entry.title or entry.preview
    opening = {
        TryOutcome.WENT_WELL: f"I tried “{action}”, and it went well.",
        TryOutcome.GAVE_IT_A_GO: f"I gave “{action}” a go, even though it was harder than I thought.",
    }.get(entry.outcome_choice, f"I tried “{action}”.")
    return f"{opening}\n\n{entry.outcome}" if entry.outcome else opening


@transaction.atomic
def try_keep_as_small_win(*, entry: JournalEntry, by: User) -> JournalEntry:
    """ "Keep this as a small win": a private small win, linked to the action, in the person's words. Once per
    action: asking again gives the one already kept."""
    _own_action(entry, by)
    if entry.outcome_recorded_at is None or entry.outcome_choice == TryOutcome.NOT_YET:
        raise ValidationError("Say how it went first: a small win is something you tried.")
    kept = JournalEntry.objects.filter(author=by, small_win_from=entry).first()
    if kept is not None:
        return kept
    try:
        with transaction.atomic():
            win = entry_create(
                author=by,
                kind=EntryKind.SMALL_WIN,
                title=entry.title,
                text=_small_win_words(entry),
                lesson=entry.lesson,
            )
            win.small_win_from = entry
            win.save(update_fields=["small_win_from"])
    except IntegrityError:  # kept twice at once: the other one stands
        return JournalEntry.objects.get(author=by, small_win_from=entry)
    return win
