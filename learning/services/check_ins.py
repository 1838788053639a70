"""The only writers of a check-in's state and of its notes. Asking is `learning.services.journal.check_in_request`.

A check-in goes asked → seen by a facilitator → done. Facilitators acknowledge it, reply and mark it done; the person
who asked can add a note at any time while they are in the group, and a note on a check-in that was seen or done
opens it again, as a new ask. Emails say only that something happened, and link to the page: never a note's words.
"""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Membership
from colearn.fields import too_long_message, typed_text
from colearn.models import User
from colearn.notifications import send_email
from colearn.sanitize import rich_text_to_plain, text_to_rich_text
from colearn.security import has_required_two_factor
from learning.models import CheckInNote, CheckInRequest, CheckInState
from learning.services.submission import earlier_submission, save_once

MAX_NOTE = 2_000


def _readable(check_in: CheckInRequest, by: User) -> CheckInRequest:
    """The check-in locked for this change, if `by` may read it (the one rule); anyone else is refused."""
    if not CheckInRequest.objects.visible_to(by).filter(pk=check_in.pk).exists():
        raise PermissionDenied
    return CheckInRequest.objects.select_for_update().select_related("user", "cohort").get(pk=check_in.pk)


def _as_facilitator(check_in: CheckInRequest, by: User) -> CheckInRequest:
    locked = _readable(check_in, by)
    if locked.user_id == by.pk:  # the person who asked cannot mark their own check-in seen or done
        raise PermissionDenied
    return locked


def group_facilitators(check_in: CheckInRequest) -> list[User]:
    """Who hears about a check-in: the group's facilitators with the two-factor sign-in the site requires (who
    asked is facilitator-only), never the person themselves."""
    memberships = Membership.objects.facilitating().filter(cohort_id=check_in.cohort_id).select_related("user")
    facilitators = [membership.user for membership in memberships]
    return [f for f in facilitators if f.pk != check_in.user_id and has_required_two_factor(f)]


def _mark_seen(check_in: CheckInRequest, by: User, now) -> None:
    check_in.state, check_in.seen_at, check_in.seen_by = CheckInState.SEEN, now, by


def _tell_the_person(check_in: CheckInRequest, by: User, *, what: str) -> None:
    """`what`: "replied" or "done"."""
    person = check_in.user
    subject = (
        f"{by.public_name} replied to your check-in"
        if what == "replied"
        else f"{by.public_name} marked your check-in as done"
    )
    transaction.on_commit(
        lambda: send_email(
            user=person,
            kind="check_in_replies",
            subject=subject,
            template="learning/email/check_in_reply.txt",
            context={"check_in": check_in, "facilitator": by, "what": what},
            link=reverse("check_in", kwargs={"check_in_id": check_in.pk}),
        )
    )


@transaction.atomic
def check_in_acknowledge(*, check_in: CheckInRequest, by: User) -> CheckInRequest:
    """ "I've seen this": the person sees who saw it and when. Seeing a check-in that is done changes nothing."""
    check_in = _as_facilitator(check_in, by)
    if check_in.state == CheckInState.ASKED:
        _mark_seen(check_in, by, timezone.now())
        check_in.full_clean()
        check_in.save(update_fields=["state", "seen_at", "seen_by"])
    return check_in


@transaction.atomic
def check_in_mark_done(*, check_in: CheckInRequest, by: User, notify: bool = True) -> CheckInRequest:
    """The facilitator and the person have talked. Marking done also marks it seen, if nobody had yet."""
    check_in = _as_facilitator(check_in, by)
    if check_in.state == CheckInState.DONE:
        return check_in
    now = timezone.now()
    if check_in.seen_at is None:
        _mark_seen(check_in, by, now)
    check_in.state, check_in.done_at, check_in.done_by = CheckInState.DONE, now, by
    check_in.full_clean()
    check_in.save(update_fields=["state", "seen_at", "seen_by", "done_at", "done_by"])
    if notify:
        _tell_the_person(check_in, by, what="done")
    return check_in


def _clean(text: str) -> str:
    if len(text) > MAX_NOTE:
        raise ValidationError({"text": too_long_message(limit=MAX_NOTE, length=len(text))})
    cleaned = text_to_rich_text(text)
    if not rich_text_to_plain(cleaned):
        raise ValidationError({"text": "Write your note before sending it. A few words is enough."})
    return cleaned


@transaction.atomic
def check_in_note_add(
    *, check_in: CheckInRequest, author: User, text: str, notify: bool = True, submission: uuid.UUID | None = None
) -> CheckInNote:
    """Add a note to the thread. From a facilitator, it marks the check-in seen and tells the person; from the person,
    it tells the facilitators and opens a check-in that was seen or done again. The same form sent twice (same
    `submission` token, same words) adds one note."""
    check_in = _readable(check_in, author)
    by_person = check_in.user_id == author.pk
    if by_person and not Membership.objects.active().filter(user=author, cohort_id=check_in.cohort_id).exists():
        raise ValidationError(
            f"You are no longer in {check_in.cohort.name}, so its facilitators cannot read new notes here."
        )
    text = typed_text(text)
    earlier, submission = earlier_submission(
        CheckInNote, author=author, submission=submission, same=lambda n: (n.check_in_id, n.text) == (check_in.pk, text)
    )
    if earlier is not None:
        return earlier
    note = CheckInNote(check_in=check_in, author=author, text=text, body=_clean(text), submission=submission)
    note, saved_now = save_once(note, submission=submission)
    if not saved_now:
        return note
    now = timezone.now()
    if by_person and check_in.state != CheckInState.ASKED:
        check_in.state, check_in.asked_at = CheckInState.ASKED, now
        check_in.seen_at = check_in.seen_by = check_in.done_at = check_in.done_by = None
        check_in.save(update_fields=["state", "asked_at", "seen_at", "seen_by", "done_at", "done_by"])
    elif not by_person and check_in.state == CheckInState.ASKED:
        _mark_seen(check_in, author, now)
        check_in.save(update_fields=["state", "seen_at", "seen_by"])
    if notify and by_person:
        facilitators = group_facilitators(check_in)
        transaction.on_commit(lambda: _tell_the_facilitators(check_in, facilitators))
    elif notify:
        _tell_the_person(check_in, author, what="replied")
    return note


def _tell_the_facilitators(check_in: CheckInRequest, facilitators: list[User]) -> None:
    for facilitator in facilitators:
        send_email(
            user=facilitator,
            kind="check_ins",
            subject=f"{check_in.user.public_name} added a note to their check-in",
            template="learning/email/check_in_note.txt",
            context={"check_in": check_in, "person": check_in.user, "cohort": check_in.cohort},
            link=reverse("cohort_check_in", kwargs={"slug": check_in.cohort.slug, "check_in_id": check_in.pk}),
        )
