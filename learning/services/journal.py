"""The only writers of journal entries, drafts and check-in requests."""

import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Cohort, Membership
from colearn.fields import typed_text
from colearn.models import User
from colearn.notifications import send_email
from colearn.sanitize import preview_of, text_to_rich_text
from courses.models import CoursePage, LessonPage
from learning.models import (
    CheckInRequest,
    EntryKind,
    JournalDraft,
    JournalEntry,
    LearningPartnership,
    TryOutcome,
    Visibility,
    draft_key_for,
    search_document,
)
from learning.partner_selectors import current_partnership
from learning.permissions import groups_to_share_with
from learning.services.check_ins import group_facilitators
from learning.services.submission import earlier_submission, save_once
from learning.try_selectors import next_ask

MAX_BODY = 50_000
MAX_OUTCOME = 2_000


class DraftConflict(Exception):
    """A save from a tab that had not seen the latest text. Carries the newer draft so both can be shown."""

    def __init__(self, draft: JournalDraft):
        super().__init__("This text changed in another tab or window.")
        self.draft = draft


def _clean_body(text: str) -> tuple[str, str]:
    """(the body as rich text, its preview)."""
    if len(text) > MAX_BODY:  # the form says so first (TypedTextField); this guards every other caller
        message = f"This is longer than we can save at once ({MAX_BODY:,} characters). Please split it in two."
        raise ValidationError({"text": message})
    body = text_to_rich_text(text)
    preview = preview_of(body)
    if not preview:
        raise ValidationError({"text": "Write something before saving. A few words is enough."})
    return body, preview


def _index_for_search(entry: JournalEntry) -> None:
    """PostgreSQL searches a stored vector (indexed), so it follows every change of the title or text."""
    if connection.vendor == "postgresql":
        JournalEntry.objects.filter(pk=entry.pk).update(search_vector=search_document("title", "text"))


def _check_audience(
    *, author: User, visibility: str, cohort: Cohort | None, course: CoursePage | None
) -> Cohort | None:
    if visibility == Visibility.PRIVATE:
        return None
    if cohort is None or cohort not in groups_to_share_with(author, course):
        raise ValidationError({"cohort": "Choose one of your groups to share this with."})
    return cohort


def _partnership(*, author: User, visibility: str, cohort: Cohort | None) -> LearningPartnership | None:
    """For "my learning partner": the partnership it is shared in, which must be current (checked after
    _check_audience, so the group is one of the author's)."""
    if visibility != Visibility.PARTNER:
        return None
    partnership = current_partnership(user=author, cohort=cohort)
    if partnership is None:
        raise ValidationError({"cohort": "You do not have a learning partner in that group at the moment."})
    return partnership


def _prompt_text(lesson: LessonPage, prompt_id: str) -> str:
    for block in lesson.reflection_prompts():
        if block.id == prompt_id:
            return block.value["question"]
    raise ValidationError("That reflection prompt is not part of this lesson.")


@transaction.atomic
def entry_create(
    *,
    author: User,
    text: str,
    kind: str = EntryKind.REFLECTION,
    title: str = "",
    visibility: str = Visibility.PRIVATE,
    cohort: Cohort | None = None,
    lesson: LessonPage | None = None,
    prompt_id: str = "",
    draft_key: str = "",
    submission: uuid.UUID | None = None,
    try_block_id: str = "",
) -> JournalEntry:
    """Save a new entry. The same form sent again (same `submission` token, same words) returns the entry it made:
    no double. Other words under a used token (the back button, then more writing) are saved as a new entry."""
    text, title = typed_text(text), typed_text(title, single_line=True)
    earlier, submission = earlier_submission(
        JournalEntry, author=author, submission=submission, same=lambda e: (e.text, e.title) == (text, title)
    )
    if earlier is not None:
        return earlier
    course = (
        CoursePage.objects.ancestor_of(lesson).first() if lesson is not None else (cohort.course if cohort else None)
    )
    body, preview = _clean_body(text)
    entry = JournalEntry(
        author=author,
        kind=kind,
        title=title,
        text=text,
        body=body,
        preview=preview,
        visibility=visibility,
        cohort=_check_audience(author=author, visibility=visibility, cohort=cohort, course=course),
        course=course,
        lesson=lesson,
        prompt_id=prompt_id if lesson is not None else "",
        prompt_text=_prompt_text(lesson, prompt_id) if lesson is not None and prompt_id else "",
        submission=submission,
        try_block_id=try_block_id if lesson is not None else "",
    )
    if kind == EntryKind.ACTION:  # every action to try has its moment to ask how it went
        entry.ask_session, entry.ask_from = next_ask(user=author, course=course)
    entry.partnership = _partnership(author=author, visibility=visibility, cohort=entry.cohort)
    entry, saved_now = save_once(entry, submission=submission)
    if saved_now:
        _index_for_search(entry)
    if draft_key and saved_now:
        JournalDraft.objects.filter(author=author, key=draft_key).delete()
    return entry


@transaction.atomic
def entry_update(
    *,
    entry: JournalEntry,
    by: User,
    version: int,
    text: str,
    title: str = "",
    kind: str | None = None,
    visibility: str = Visibility.PRIVATE,
    cohort: Cohort | None = None,
) -> JournalEntry:
    """Save an edit. A save based on an older version is refused as a conflict, so nothing is silently lost."""
    entry = JournalEntry.objects.select_for_update().defer("search_vector").get(pk=entry.pk)
    if entry.author_id != by.pk:
        raise PermissionDenied
    if version != entry.version:
        raise ValidationError("This entry was changed in another tab or window since you opened it.", code="conflict")
    text = typed_text(text)
    entry.title, entry.text = typed_text(title, single_line=True), text
    entry.body, entry.preview = _clean_body(text)
    entry.kind = kind or entry.kind
    if entry.kind == EntryKind.ACTION and entry.ask_from is None:
        entry.ask_session, entry.ask_from = next_ask(user=by, course=entry.course)
    entry.cohort = _check_audience(author=by, visibility=visibility, cohort=cohort, course=entry.course)
    entry.partnership = _partnership(author=by, visibility=visibility, cohort=entry.cohort)
    entry.visibility = visibility
    entry.version += 1
    entry.full_clean()
    entry.save()
    _index_for_search(entry)
    JournalDraft.objects.filter(author=by, key=draft_key_for(entry=entry)).delete()
    return entry


@transaction.atomic
def entry_delete(*, entry: JournalEntry, by: User) -> None:
    if entry.author_id != by.pk:
        raise PermissionDenied
    JournalDraft.objects.filter(author=by, key=draft_key_for(entry=entry)).delete()
    entry.delete()


@transaction.atomic
def entry_record_outcome(*, entry: JournalEntry, by: User, outcome: str = "", choice: str = "") -> JournalEntry:
    """For an action to try: "how did it go?", as one of three kind answers (`choice`), a note in the person's own
    words (`outcome`), or both. Answering it stops the dashboard asking."""
    if entry.author_id != by.pk:
        raise PermissionDenied
    if entry.kind != EntryKind.ACTION:
        raise ValidationError("Only an action to try has an outcome.")
    outcome = typed_text(outcome)
    if choice and choice not in TryOutcome.values:
        raise ValidationError({"choice": "Choose one of the three answers, or say in your own words how it went."})
    if not (outcome or choice):
        raise ValidationError({"choice": "Choose how it went, or say it in a few words."})
    if len(outcome) > MAX_OUTCOME:
        raise ValidationError({"outcome": f"Keep the note to {MAX_OUTCOME:,} characters or fewer."})
    entry.outcome, entry.outcome_choice, entry.outcome_recorded_at = outcome, choice, timezone.now()
    entry.let_go_at = None  # answered after all: it is no longer one they left
    entry.save(update_fields=["outcome", "outcome_choice", "outcome_recorded_at", "let_go_at"])
    return entry


@transaction.atomic
def draft_save(*, author: User, key: str, title: str, text: str, version: int) -> JournalDraft:
    """Autosave. `version` is the draft version the page last saw; a different one on the server is a conflict."""
    if len(text) > MAX_BODY or len(title) > 150 or not key or len(key) > 120:
        raise ValidationError("This draft is too long to save. Please split it.")
    draft = JournalDraft.objects.select_for_update().filter(author=author, key=key).first()
    if draft is None:
        try:
            with transaction.atomic():
                return JournalDraft.objects.create(
                    author=author, key=key, title=title, text=text.replace("\r\n", "\n"), version=1
                )
        except IntegrityError:  # another tab created it a moment ago
            draft = JournalDraft.objects.select_for_update().get(author=author, key=key)
    if draft.version != version:
        raise DraftConflict(draft)
    draft.title, draft.text, draft.version = title, text.replace("\r\n", "\n"), draft.version + 1
    draft.save(update_fields=["title", "text", "version", "updated_at"])
    return draft


@transaction.atomic
def draft_discard(*, author: User, key: str) -> None:
    JournalDraft.objects.filter(author=author, key=key).delete()


@transaction.atomic
def check_in_request(
    *, user: User, cohort: Cohort, lesson: LessonPage | None = None, notify: bool = True
) -> CheckInRequest:
    """Tell the group's facilitators that this person would like a check-in — and nothing of what they wrote."""
    if not Membership.objects.active().filter(user=user, cohort=cohort).exists():
        raise PermissionDenied
    request = CheckInRequest(user=user, cohort=cohort, lesson=lesson, asked_at=timezone.now())
    request.full_clean()
    request.save()
    facilitators = group_facilitators(request)

    def tell_facilitators():
        for facilitator in facilitators:
            send_email(
                user=facilitator,
                kind="check_ins",
                subject=f"{user.public_name} would like a check-in",
                template="learning/email/check_in.txt",
                context={"person": user, "cohort": cohort},
                link=reverse("cohort_check_in", kwargs={"slug": cohort.slug, "check_in_id": request.pk}),
            )

    if notify:
        transaction.on_commit(tell_facilitators)
    return request
