"""The only writers for cohorts. Capacity and the application state machine are enforced under a row lock."""

import secrets
import uuid
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import dateformat, timezone

from cohorts import emails
from cohorts.calendar import calendar_file
from cohorts.models import (
    ALLOWED_TRANSITIONS,
    MAX_FACILITATION_MINUTES,
    Announcement,
    Application,
    ApplicationStatus,
    Attendance,
    AttendanceStatus,
    CalendarFeed,
    Cohort,
    FacilitatorNote,
    GroupAnswer,
    GroupQuestion,
    JoinMode,
    LiveSession,
    Membership,
    ModuleRelease,
    ProfileSharing,
    Role,
    SessionCheckIn,
    SessionFacilitation,
    SessionReminder,
    SessionState,
    new_token,
)
from cohorts.permissions import can_facilitate
from cohorts.selectors import facilitating_roles, missing_from_pair
from colearn.fields import too_long_message, typed_text
from colearn.models import User
from colearn.notifications import send_email, wants_email
from colearn.sanitize import rich_text_to_plain, text_to_rich_text
from colearn.security import log_event
from colearn.services import earlier_submission, save_once, sign_in_code_issue, user_create_without_email
from colearn.tasks import enqueue_after
from courses.selectors import course_outline

FULL_MESSAGE = "This cohort is full. You can put the person on the waiting list instead."
FULL_MESSAGE_FOR_JOINER = "Sorry, this group is full. Ask its facilitators about the next one."


def _locked_cohort(cohort: Cohort) -> Cohort:
    """Lock the cohort row: every decision that could take a place waits its turn here (PostgreSQL)."""
    return Cohort.objects.select_for_update().get(pk=cohort.pk)


def _take_place(*, cohort: Cohort, user: User, perspective: str, joining: bool = False) -> Membership:
    """Add a member, or bring back one who left. Call with the cohort row locked. `joining`: the person is adding
    themselves, so messages speak to them rather than to a facilitator."""
    if Membership.objects.members().filter(cohort=cohort).count() >= cohort.capacity:
        raise ValidationError(FULL_MESSAGE_FOR_JOINER if joining else FULL_MESSAGE)
    membership = Membership.objects.filter(cohort=cohort, user=user).first()
    if membership is not None and membership.is_active:
        raise ValidationError("You are already in this group." if joining else "This person is already in the group.")
    if membership is None:
        membership = Membership(cohort=cohort, user=user, role=Role.MEMBER, perspective=perspective)
    else:
        membership.role, membership.perspective, membership.ended_at = Role.MEMBER, perspective, None
        membership.joined_at = timezone.now()
    membership.full_clean(validate_unique=False)
    membership.save()
    log_event("membership_role_changed", subject=user.pk, cohort=cohort.pk, role=membership.role, change="joined")
    return membership


def _check_transition(application: Application, to: str) -> None:
    if to not in ALLOWED_TRANSITIONS[application.status]:
        current = application.get_status_display().lower()
        raise ValidationError(f"This application can’t be changed: it is already “{current}”.")


@transaction.atomic
def application_submit(
    *,
    cohort: Cohort,
    user: User,
    statement: str,
    perspective: str,
    access_needs: str = "",
    agreed_to_cohort_agreement: bool,
) -> Application:
    if cohort.join_mode != JoinMode.APPLY:
        raise ValidationError("This group is joined with an invite link from its facilitators.")
    if not cohort.accepting_applications():
        raise ValidationError("Applications for this group are closed.")
    if missing_from_pair(join_mode=cohort.join_mode, roles=facilitating_roles(cohort)):
        raise ValidationError(PAUSED_MESSAGE)
    if not agreed_to_cohort_agreement:
        raise ValidationError({"agreed_to_cohort_agreement": "Please agree to the group agreement to apply."})
    if Membership.objects.active().filter(cohort=cohort, user=user).exists():
        raise ValidationError("You are already in this group.")
    application = Application.objects.select_for_update().filter(cohort=cohort, user=user).first()
    if application is None:
        application = Application(cohort=cohort, user=user)
    elif ApplicationStatus.PENDING not in ALLOWED_TRANSITIONS[application.status]:
        raise ValidationError("You have already applied to this group.")
    application.statement, application.perspective = statement.strip(), perspective
    application.access_needs, application.agreed_to_cohort_agreement = access_needs.strip(), True
    # A full group puts the person on its waiting list at once; its facilitators offer places from it in turn.
    _locked_cohort(cohort)
    full = Membership.objects.members().filter(cohort=cohort).count() >= cohort.capacity
    application.status = ApplicationStatus.WAITLISTED if full else ApplicationStatus.PENDING
    application.submitted_at = timezone.now()
    application.decided_at = application.decided_by = None
    application.decision_message = ""
    application.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            application.save()
    except IntegrityError as error:  # the same form sent twice at once
        raise ValidationError("You have already applied to this group.") from error
    return application


@transaction.atomic
def application_withdraw(*, application: Application, user: User) -> Application:
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.user_id != user.pk:
        raise PermissionDenied
    _check_transition(application, ApplicationStatus.WITHDRAWN)
    application.status = ApplicationStatus.WITHDRAWN
    application.save(update_fields=["status"])
    return application


@transaction.atomic
def application_decide(
    *, application: Application, decided_by: User, decision: str, message: str = "", notify: bool = True
) -> Application:
    """Accept, waitlist or decline. Locks the cohort, then re-reads the application, so a withdrawal or a full
    cohort seen by another request is respected; accepting creates the membership in the same transaction."""
    cohort = _locked_cohort(application.cohort)
    if not can_facilitate(decided_by, cohort):
        raise PermissionDenied
    application = Application.objects.select_for_update().get(pk=application.pk)
    if decision not in {ApplicationStatus.ACCEPTED, ApplicationStatus.WAITLISTED, ApplicationStatus.DECLINED}:
        raise ValidationError("Choose accept, waiting list or decline.")
    _check_transition(application, decision)
    if decision == ApplicationStatus.ACCEPTED:
        _take_place(cohort=cohort, user=application.user, perspective=application.perspective)
    application.status, application.decided_by = decision, decided_by
    application.decided_at, application.decision_message = timezone.now(), message.strip()
    application.full_clean(validate_unique=False)
    application.save()
    if notify:
        transaction.on_commit(lambda: emails.application_decided(application))
    return application


@transaction.atomic
def membership_join_by_invite(*, cohort: Cohort, user: User, code: str, perspective: str) -> Membership:
    if cohort.join_mode != JoinMode.INVITE or not secrets.compare_digest(code, cohort.invite_code):
        raise PermissionDenied
    if cohort.ends_on < timezone.localdate():
        raise ValidationError("This group has finished, so it can no longer be joined.")
    cohort = _locked_cohort(cohort)
    return _take_place(cohort=cohort, user=user, perspective=perspective, joining=True)


@transaction.atomic
def cohort_invite_link_replace(*, cohort: Cohort, by: User) -> Cohort:
    """A new invite link for the group, for when the old one has reached people it should not have: the old link
    stops working at once. People who joined with it stay."""
    _require_facilitator(by, cohort)
    cohort = _locked_cohort(cohort)
    cohort.invite_code = new_token()
    cohort.save(update_fields=["invite_code"])
    log_event("invite_link_replaced", user=by, cohort=cohort.pk)
    return cohort


@transaction.atomic
def membership_leave(*, membership: Membership) -> Membership:
    """Leave a group. What the person wrote stays theirs; access ends at their next request. The last staff or
    peer facilitator of a group that takes applications cannot go until someone takes their place."""
    if membership.is_facilitating:
        _locked_cohort(membership.cohort)  # two co-facilitators stepping down at once: one waits for the other
    membership = Membership.objects.select_for_update().select_related("cohort").get(pk=membership.pk)
    if membership.ended_at is None:
        _refuse_breaking_pair(membership)
        membership.ended_at = timezone.now()
        membership.save(update_fields=["ended_at"])
    return membership


@transaction.atomic
def membership_update_visibility(*, membership: Membership, show_perspective: bool) -> Membership:
    membership.show_perspective = show_perspective
    membership.save(update_fields=["show_perspective"])
    return membership


@transaction.atomic
def membership_share_profile(*, membership: Membership, sharing: str) -> Membership:
    """Who in this group sees the member's one-page profile. Takes effect on the next page anyone opens: nothing
    about a profile is cached, so withdrawing is instant."""
    if not membership.is_active:
        raise ValidationError("You are no longer in this group, so nobody there can see your profile.")
    previous = membership.profile_sharing
    membership.profile_sharing = sharing
    membership.full_clean(validate_unique=False, validate_constraints=False)
    membership.save(update_fields=["profile_sharing"])
    if sharing != previous:
        log_event(
            "profile_sharing_changed",
            subject=membership.user_id,
            cohort=membership.cohort_id,
            sharing=sharing,
            previous=previous,
        )
    return membership


@transaction.atomic
def cohort_set_facilitator(*, cohort: Cohort, email: str, role: str, keep_pair: bool = True) -> Membership:
    """Used by admins in the CMS: make an existing account a facilitator or peer facilitator of the cohort.
    `keep_pair`: refuse a role change that would leave a group taking applications without its pair; False only
    where the whole new list of facilitators has been checked already (_set_facilitators)."""
    if role not in {Role.FACILITATOR, Role.PEER_FACILITATOR}:
        raise ValidationError("Choose facilitator or peer facilitator.")
    user = User.objects.filter(email__iexact=email.strip()).first()
    if user is None:
        raise ValidationError(f"There is no account with the email address {email.strip()}.")
    membership, created = Membership.objects.get_or_create(cohort=cohort, user=user, defaults={"role": role})
    previous = "none" if created or membership.ended_at is not None else membership.role
    if previous not in {"none", role} and keep_pair:
        _refuse_breaking_pair(membership)
    membership.role, membership.ended_at = role, None
    membership.save(update_fields=["role", "ended_at"])
    if previous != role:  # saving the cohort form unchanged is not a role change
        log_event("membership_role_changed", subject=user.pk, cohort=cohort.pk, role=role, previous=previous)
    return membership


@transaction.atomic
def membership_step_down(*, membership: Membership) -> Membership:
    """A facilitator no longer named for the cohort stops facilitating, which ends their membership: they held
    no place as a member, and giving them one could overfill the group. What they wrote stays theirs."""
    previous = membership.role
    membership = membership_leave(membership=membership)  # refused for the last of a pair, so logged after
    log_event(
        "membership_role_changed",
        subject=membership.user_id,
        cohort=membership.cohort_id,
        role="none",
        previous=previous,
    )
    return membership


def _require_facilitator(user: User, cohort: Cohort) -> None:
    if not can_facilitate(user, cohort):
        raise PermissionDenied


@transaction.atomic
def session_schedule(*, cohort: Cohort, by: User, notify: bool = True, **fields) -> LiveSession:
    _require_facilitator(by, cohort)
    session = LiveSession(cohort=cohort, **fields)
    session.full_clean()
    session.save()
    session_reminder_schedule(session=session)
    if notify:
        transaction.on_commit(lambda: emails.session_changed(session, change="scheduled"))
    return session


def _refuse_if_over(session: LiveSession) -> None:
    if session.cancelled_at is not None:
        raise ValidationError("This session is cancelled, so it can’t be changed. Arrange a new one instead.")
    if session.ends_at < timezone.now():
        raise ValidationError("This session has already happened, so it can’t be changed or cancelled.")


@transaction.atomic
def session_update(*, session: LiveSession, by: User, expected_sequence: int | None = None, **fields) -> LiveSession:
    """Change a session. `expected_sequence` is the version the form was opened on: if a co-facilitator saved in
    between, this save is refused rather than silently overwriting their changes. Saving nothing new emails nobody."""
    _require_facilitator(by, session.cohort)
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    _refuse_if_over(session)
    if expected_sequence is not None and expected_sequence != session.sequence:
        raise ValidationError(
            "Someone else changed this session after you opened it. Check the details below against the "
            "session list, then save again to keep yours.",
            code="conflict",
        )
    if all(getattr(session, name) == value for name, value in fields.items()):
        return session
    was_starting_at = session.starts_at
    for name, value in fields.items():
        setattr(session, name, value)
    session.sequence += 1
    session.full_clean()
    session.save()
    if session.starts_at != was_starting_at:  # the task queued for the old time will find it moved and do nothing
        session_reminder_schedule(session=session)
    transaction.on_commit(lambda: emails.session_changed(session, change="changed"))
    return session


@transaction.atomic
def session_cancel(*, session: LiveSession, by: User) -> LiveSession:
    _require_facilitator(by, session.cohort)
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if session.cancelled_at is None:
        _refuse_if_over(session)
        session.cancelled_at = timezone.now()
        session.sequence += 1
        session.save(update_fields=["cancelled_at", "sequence"])
        transaction.on_commit(lambda: emails.session_changed(session, change="cancelled"))
    return session


@transaction.atomic
def attendance_record(
    *, session: LiveSession, by: User, statuses: dict[int, str], facilitation: dict[int, int] | None = None
) -> None:
    """The whole register in one go: {user id: status}. Only current members of the session's cohort count.
    `facilitation`, {user id: minutes}, records who facilitated it in the same save
    (see session_facilitation_record)."""
    _require_facilitator(by, session.cohort)
    if facilitation:
        session_facilitation_record(session=session, by=by, minutes=facilitation)
    members = set(Membership.objects.members().filter(cohort=session.cohort).values_list("user_id", flat=True))
    valid = {choice for choice, _ in AttendanceStatus.choices}
    for user_id, status in statuses.items():
        if user_id not in members:
            raise ValidationError("Someone in the register is not a member of this group.")
        if status and status not in valid:
            raise ValidationError("Choose present, sent apologies or absent.")
    for user_id, status in statuses.items():
        if status:
            Attendance.objects.update_or_create(session=session, user_id=user_id, defaults={"status": status})
        else:
            Attendance.objects.filter(session=session, user_id=user_id).delete()


CHECK_IN_CLOSED = {
    SessionState.UPCOMING: "You can say you’re here from 15 minutes before the session starts.",
    SessionState.FINISHED: "This session has finished, so there is nothing to check in to now.",
    SessionState.CANCELLED: "This session is cancelled, so there is nothing to check in to.",
}


@transaction.atomic
def session_check_in(*, session: LiveSession, user: User) -> tuple[SessionCheckIn, bool]:
    """A member's "I'm here", while the session is happening. (check-in, whether it is new): pressing again keeps
    the first time. Facilitators take the register rather than appear on it, so only members check in."""
    if not Membership.objects.members().filter(cohort_id=session.cohort_id, user=user).exists():
        raise ValidationError("Only members of the group say they’re here. Facilitators take the register.")
    if session.state != SessionState.HAPPENING:
        raise ValidationError(CHECK_IN_CLOSED[session.state])
    return SessionCheckIn.objects.get_or_create(session=session, user=user)


@transaction.atomic
def session_catch_up_set(
    *, session: LiveSession, by: User, catch_up_notes: str, recording_url: str, reflection_prompt: str
) -> LiveSession:
    """The catch-up pack, written before or after the session; members see it once the session has ended."""
    _require_facilitator(by, session.cohort)
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if session.cancelled_at is not None:
        raise ValidationError("This session is cancelled, so it has no catch-up pack.")
    session.catch_up_notes = catch_up_notes
    session.recording_url = recording_url
    session.reflection_prompt = reflection_prompt
    session.full_clean()
    session.save(update_fields=["catch_up_notes", "recording_url", "reflection_prompt"])
    return session


@transaction.atomic
def module_release_set(*, cohort: Cohort, by: User, opens_on: dict[int, object]) -> None:
    """{module id: date or None}. None removes the date, so the module is open straight away."""
    _require_facilitator(by, cohort)
    module_ids = {entry.module.pk for entry in course_outline(course=cohort.course).modules}
    for module_id, date in opens_on.items():
        if module_id not in module_ids:
            raise ValidationError("That module is not part of this group's course.")
        if date is None:
            ModuleRelease.objects.filter(cohort=cohort, module_id=module_id).delete()
        else:
            ModuleRelease.objects.update_or_create(cohort=cohort, module_id=module_id, defaults={"opens_on": date})


@transaction.atomic
def announcement_post(*, cohort: Cohort, author: User, title: str, body: str, notify: bool = True) -> Announcement:
    _require_facilitator(author, cohort)
    cleaned = text_to_rich_text(body)
    if not rich_text_to_plain(cleaned):
        raise ValidationError({"body": "Write the announcement."})
    announcement = Announcement(cohort=cohort, author=author, title=" ".join(title.split()), body=cleaned)
    announcement.full_clean()
    announcement.save()
    if notify:
        transaction.on_commit(lambda: emails.announcement_posted(announcement))
    return announcement


@transaction.atomic
def calendar_feed_regenerate(*, user: User) -> CalendarFeed:
    """A new private address; the old one stops working at once."""
    feed, created = CalendarFeed.objects.get_or_create(user=user)
    if not created:
        feed.token = new_token()
        feed.save(update_fields=["token", "updated_at"])
    return feed


@transaction.atomic
def calendar_feed_get_or_create(*, user: User) -> CalendarFeed:
    feed, _ = CalendarFeed.objects.get_or_create(user=user)
    return feed


def _capacity_message(taken: int) -> str:
    return f"The group already has {taken} members, so its capacity can’t be less."


def check_capacity(*, cohort: Cohort, capacity: int) -> None:
    """Capacity can never be set below the members the group already has. An early answer for forms: only
    cohort_update's check, made under the row lock, is the one that counts."""
    taken = Membership.objects.members().filter(cohort=cohort).count() if cohort.pk else 0
    if capacity < taken:
        raise ValidationError(_capacity_message(taken))


# What an admin may set on a cohort: its own editable columns (not its id, invite code or creation time).
COHORT_FIELDS = frozenset(
    field.name for field in Cohort._meta.concrete_fields if field.editable and not field.primary_key
)


def _check_cohort_fields(fields: dict) -> None:
    unknown = set(fields) - COHORT_FIELDS
    if unknown:
        raise TypeError(f"Not a field an admin can set on a cohort: {', '.join(sorted(unknown))}")


def _set_facilitators(*, cohort: Cohort, facilitators: dict[str, str]) -> None:
    """{email: role} is the whole list: anyone facilitating who is not named steps down."""
    wanted = {email.strip().lower(): role for email, role in facilitators.items()}
    _refuse_without_pair(join_mode=cohort.join_mode, roles=wanted.values())
    for email, role in wanted.items():
        cohort_set_facilitator(cohort=cohort, email=email, role=role, keep_pair=False)
    for membership in Membership.objects.facilitating().filter(cohort=cohort).select_related("user"):
        if (membership.user.email or "").lower() not in wanted:
            membership_step_down(membership=membership)


@transaction.atomic
def cohort_create(*, facilitators: dict[str, str] | None = None, **fields) -> Cohort:
    """A new cohort (the CMS, the demo seeder). `facilitators`: {email: role} of the people who run it."""
    _check_cohort_fields(fields)
    cohort = Cohort(**fields)
    cohort.full_clean()
    _refuse_without_pair(join_mode=cohort.join_mode, roles=(facilitators or {}).values())
    cohort.save()
    if facilitators:
        _set_facilitators(cohort=cohort, facilitators=facilitators)
    return cohort


@transaction.atomic
def cohort_update(*, cohort: Cohort, facilitators: dict[str, str] | None = None, **fields) -> Cohort:
    """Change a cohort (the CMS). Takes the same row lock as accepting someone and counts the members under it,
    so a capacity lowered while someone is being accepted can never leave more members than places.
    `facilitators`, when given, is the whole list of who runs it ({email: role})."""
    _check_cohort_fields(fields)
    cohort = _locked_cohort(cohort)
    for name, value in fields.items():
        setattr(cohort, name, value)
    taken = Membership.objects.members().filter(cohort=cohort).count()
    if cohort.capacity is not None and cohort.capacity < taken:
        raise ValidationError({"capacity": _capacity_message(taken)})
    cohort.full_clean()
    if facilitators is None and "join_mode" in fields:
        _refuse_without_pair(join_mode=cohort.join_mode, roles=facilitating_roles(cohort))
    cohort.save()
    if facilitators is not None:
        _set_facilitators(cohort=cohort, facilitators=facilitators)
    return cohort


# --- Co-facilitation: the pair, facilitator notes, facilitation hours ------------------------------------------

PAIR_MESSAGES = {
    Role.FACILITATOR: "A group that takes applications needs at least one staff facilitator.",
    Role.PEER_FACILITATOR: "A group that takes applications needs at least one peer facilitator, so that it is "
    "run together by someone on the staff and someone with lived experience.",
}
PAUSED_MESSAGE = (
    "This group is not taking applications just now, while it waits for its facilitators to be named. "
    "Please try again in a few days."
)


def _refuse_without_pair(*, join_mode: str, roles) -> None:
    """{role: message} for each half of the pair missing, keyed by role so the CMS shows it beside that field."""
    missing = missing_from_pair(join_mode=join_mode, roles=roles)
    if missing:
        raise ValidationError({role: PAIR_MESSAGES[role] for role in missing})


def _refuse_breaking_pair(membership: Membership) -> None:
    """Refuse to end, or change the role of, the last staff or peer facilitator of a group taking applications.
    A group that is already without its pair is not held to it: anyone may still step down."""
    if not membership.is_active or not membership.is_facilitating:
        return
    cohort = membership.cohort
    roles = list(facilitating_roles(cohort))
    if missing_from_pair(join_mode=cohort.join_mode, roles=roles):
        return
    roles.remove(membership.role)
    if membership.role not in roles:
        who = "staff facilitator" if membership.role == Role.FACILITATOR else "peer facilitator"
        raise ValidationError(
            {
                membership.role: f"{membership.user.public_name} is the only {who} of {cohort.name}, which takes "
                f"applications. Name another {who} first, or change the group to join by invite."
            }
        )


MAX_NOTE = 10_000


def _note_words(text: str) -> tuple[str, str]:
    """(text, body): what was typed, and it as safe rich text, the way journal entries are kept."""
    text = typed_text(text)
    if len(text) > MAX_NOTE:
        raise ValidationError({"text": too_long_message(limit=MAX_NOTE, length=len(text))})
    body = text_to_rich_text(text)
    if not rich_text_to_plain(body):
        raise ValidationError({"text": "Write the note before saving it."})
    return text, body


@transaction.atomic
def facilitator_note_add(*, cohort: Cohort, author: User, text: str) -> FacilitatorNote:
    _require_facilitator(author, cohort)
    text, body = _note_words(text)
    note = FacilitatorNote(cohort=cohort, author=author, text=text, body=body)
    note.full_clean()
    note.save()
    return note


def _own_note(note: FacilitatorNote, by: User) -> FacilitatorNote:
    """The note, re-read through the one rule and locked: only its author, still facilitating, may change it."""
    note = FacilitatorNote.objects.visible_to(by).select_for_update().filter(pk=note.pk, author=by).first()
    if note is None:
        raise PermissionDenied
    return note


@transaction.atomic
def facilitator_note_edit(*, note: FacilitatorNote, by: User, text: str) -> FacilitatorNote:
    note = _own_note(note, by)
    note.text, note.body = _note_words(text)
    note.full_clean()
    note.save()
    return note


@transaction.atomic
def facilitator_note_delete(*, note: FacilitatorNote, by: User) -> None:
    _own_note(note, by).delete()


@transaction.atomic
def session_facilitation_record(*, session: LiveSession, by: User, minutes: dict[int, int | None]) -> None:
    """Who facilitated a session: {user id: minutes}; 0 or None means they did not, and removes a record. Anyone
    facilitating the group now may be named, and anyone already recorded for the session (someone who has since
    stepped down keeps their hours). Each record keeps the role they held when it was made."""
    _require_facilitator(by, session.cohort)
    session = LiveSession.objects.select_for_update().get(pk=session.pk)
    if session.cancelled_at is not None:
        raise ValidationError("This session was cancelled, so nobody facilitated it.")
    if session.starts_at > timezone.now():
        raise ValidationError("You can record who facilitated this session once it has started.")
    recorded = {row.facilitator_id: row for row in SessionFacilitation.objects.filter(session=session)}
    roles = dict(Membership.objects.facilitating().filter(cohort=session.cohort_id).values_list("user_id", "role"))
    for user_id, value in minutes.items():
        if user_id not in roles and user_id not in recorded:
            raise ValidationError("Someone named is not a facilitator of this group.")
        if value is not None and not 0 <= value <= MAX_FACILITATION_MINUTES:
            raise ValidationError(
                f"Give the minutes each person facilitated, from 0 to {MAX_FACILITATION_MINUTES:,} (24 hours)."
            )
    for user_id, value in minutes.items():
        row = recorded.get(user_id)
        if not value:
            if row is not None:
                row.delete()
            continue
        if row is None:
            row = SessionFacilitation(session=session, facilitator_id=user_id, role=roles[user_id])
        row.minutes = value
        row.full_clean(validate_unique=False)
        row.save()


# --- Erasure (called by learning.services.data_rights.person_erase, through the privacy registry) ----------------


@transaction.atomic
def membership_erase_person(*, user: User) -> None:
    """Memberships end and lose how the person comes to the course; the row stays so group counts add up."""
    from django.db.models.functions import Coalesce

    Membership.objects.filter(user=user).update(
        ended_at=Coalesce("ended_at", timezone.now()),
        perspective="",
        show_perspective=False,
        profile_sharing=ProfileSharing.NOBODY,
    )


@transaction.atomic
def application_erase_person(*, user: User) -> None:
    """Applications lose every word (statement, access needs, the decision message) and the perspective; an open
    one is withdrawn. The anonymous row stays so the group's application counts add up."""
    from cohorts.models import Perspective

    open_states = [ApplicationStatus.PENDING, ApplicationStatus.WAITLISTED]
    Application.objects.filter(user=user, status__in=open_states).update(status=ApplicationStatus.WITHDRAWN)
    Application.objects.filter(user=user).update(
        statement="", access_needs="", decision_message="", perspective=Perspective.PREFER_NOT_TO_SAY
    )


@transaction.atomic
def announcement_erase_person(*, user: User) -> None:
    Announcement.objects.filter(author=user).delete()


@transaction.atomic
def calendar_feed_erase_person(*, user: User) -> None:
    CalendarFeed.objects.filter(user=user).delete()


@transaction.atomic
def session_check_in_erase_person(*, user: User) -> None:
    SessionCheckIn.objects.filter(user=user).delete()


@transaction.atomic
def facilitator_note_erase_person(*, user: User) -> None:
    """What a facilitator wrote leaves with them, as their announcements do: the notes are their words."""
    FacilitatorNote.objects.filter(author=user).delete()


# --- Questions to the facilitators ------------------------------------------------------------------------------

MAX_QUESTION = 3_000
MAX_ANSWER = 5_000
MAX_HIDE_REASON = 300


def _question_words(text: str, *, limit: int, empty: str) -> str:
    if len(text) > limit:
        raise ValidationError({"text": too_long_message(limit=limit, length=len(text))})
    cleaned = text_to_rich_text(text)
    if not rich_text_to_plain(cleaned):
        raise ValidationError({"text": empty})
    return cleaned


@transaction.atomic
def question_ask(
    *,
    cohort: Cohort,
    author: User,
    text: str,
    show_name: bool,
    submission: uuid.UUID | None = None,
    notify: bool = True,
) -> GroupQuestion:
    """Ask the group's facilitators, in the group. Without `show_name` the group is not told who asked; the
    facilitators are. The same form sent again (same token, same words) returns the question it asked."""
    if not Membership.objects.active().filter(cohort=cohort, user=author).exists():
        raise PermissionDenied
    text = typed_text(text)
    earlier, submission = earlier_submission(
        GroupQuestion,
        author=author,
        submission=submission,
        same=lambda q: (q.cohort_id, q.text, q.show_name) == (cohort.pk, text, show_name),
    )
    if earlier is not None:
        return earlier
    body = _question_words(text, limit=MAX_QUESTION, empty="Write your question before sending it.")
    question = GroupQuestion(
        cohort=cohort, author=author, text=text, body=body, show_name=show_name, submission=submission
    )
    question, saved_now = save_once(question, submission=submission)
    if saved_now and notify:
        transaction.on_commit(lambda: emails.question_asked(question))
    return question


@transaction.atomic
def question_answer(
    *, question: GroupQuestion, by: User, text: str, submission: uuid.UUID | None = None, notify: bool = True
) -> GroupAnswer:
    """A facilitator answers, for the whole group to read; the asker is told by email."""
    _require_facilitator(by, question.cohort)
    if question.hidden_at is not None:
        raise ValidationError("This question is hidden, so it can’t be answered in the group.")
    text = typed_text(text)
    earlier, submission = earlier_submission(
        GroupAnswer,
        author=by,
        submission=submission,
        same=lambda a: (a.question_id, a.text) == (question.pk, text),
    )
    if earlier is not None:
        return earlier
    body = _question_words(text, limit=MAX_ANSWER, empty="Write your answer before sending it.")
    answer = GroupAnswer(question=question, author=by, text=text, body=body, submission=submission)
    answer, saved_now = save_once(answer, submission=submission)
    if saved_now and notify and question.author_id != by.pk:
        transaction.on_commit(lambda: emails.question_answered(answer))
    return answer


@transaction.atomic
def question_delete(*, question: GroupQuestion, by: User) -> None:
    """Its asker takes a question back, with its answers. Nobody else can delete it (facilitators hide)."""
    if question.author_id != by.pk:
        raise PermissionDenied
    question.delete()


@transaction.atomic
def question_hide(*, question: GroupQuestion, by: User, reason: str) -> GroupQuestion:
    """A facilitator hides a question from the group. Its asker still sees it, marked hidden, with the reason."""
    _require_facilitator(by, question.cohort)
    reason = typed_text(reason, single_line=True)
    if not reason or len(reason) > MAX_HIDE_REASON:
        raise ValidationError(
            {"reason": "Give a short reason (up to 300 characters). The person who asked will see it."}
        )
    question.hidden_at, question.hidden_by, question.hidden_reason = timezone.now(), by, reason
    question.full_clean(exclude=["submission"])
    question.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    return question


@transaction.atomic
def question_erase_person(*, user: User) -> None:
    """The person's questions go, with their answers; so do the answers they wrote, and their words in a reason
    for hiding someone else's question (that question stays hidden, with no reason given)."""
    GroupQuestion.objects.filter(author=user).delete()
    GroupAnswer.objects.filter(author=user).delete()
    GroupQuestion.objects.filter(hidden_by=user).update(hidden_reason="", hidden_by=None)


# --- People without an email address ----------------------------------------------------------------------------


@transaction.atomic
def membership_add_without_email(*, cohort: Cohort, by: User, display_name: str) -> tuple[Membership, str]:
    """A facilitator adds someone who has no email address: an account with a username the site makes, a place in
    the group (capacity applies, under the row lock) and a one-time sign-in code for the card. Returns the
    membership and the code itself, which is never stored."""
    _require_facilitator(by, cohort)
    display_name = typed_text(display_name, single_line=True)
    if not display_name:
        raise ValidationError({"display_name": "Enter the name the person would like others to see."})
    cohort = _locked_cohort(cohort)
    user = user_create_without_email(display_name=display_name)  # undone with the rest if the group is full
    membership = _take_place(cohort=cohort, user=user, perspective="")
    _, code = sign_in_code_issue(user=user, by=by)
    return membership, code


@transaction.atomic
def sign_in_code_reissue(*, cohort: Cohort, by: User, user_id: int) -> tuple[User, str]:
    """A new card for a member of this group without an email address (lost, or run out); the old code stops
    working at once. Only for members of a group the facilitator runs."""
    _require_facilitator(by, cohort)
    membership = (
        Membership.objects.members()
        .filter(cohort=cohort, user_id=user_id, user__email__isnull=True, user__is_active=True)
        .select_related("user")
        .first()
    )
    if membership is None:
        raise ValidationError("That person is not a member of this group who signs in with a card.")
    _, code = sign_in_code_issue(user=membership.user, by=by)
    return membership.user, code


# --- Reminders the day before a session, for the people who asked (email kind "session_reminders") ---------------
# Scheduling or moving a session queues a task for 24 hours before it starts (cohorts.tasks). The task is told the
# start time it was queued for and does nothing if the session is gone, cancelled, over, or now starts at another
# time: moving a session queues a newer task for the new time. SessionReminder records what was sent, so nobody
# gets a second reminder for the same session.

REMIND_BEFORE = timedelta(hours=24)


def session_reminder_schedule(*, session: LiveSession) -> None:
    """Queue the reminder for the session's current start time. Called inside the transaction that saves the
    session: with the database queue the task commits, or rolls back, with the change."""
    from cohorts.tasks import send_session_reminders  # the task module calls the services below

    run_after = max(session.starts_at - REMIND_BEFORE, timezone.now())
    enqueue_after(send_session_reminders, run_after, session_id=session.pk, starts_at=session.starts_at.isoformat())


@transaction.atomic
def session_reminders_send(*, session_id: int, starts_at: datetime) -> int:
    """Remind each active member of the session's group who asked for reminders and has not had this one.
    Returns how many were sent."""
    session = (
        LiveSession.objects.select_for_update(of=("self",))
        .select_related("cohort")
        .filter(pk=session_id, cancelled_at__isnull=True, starts_at=starts_at, starts_at__gt=timezone.now())
        .first()
    )
    if session is None:
        return 0
    already = SessionReminder.objects.filter(session=session).values("user_id")
    memberships = Membership.objects.active().filter(cohort=session.cohort).exclude(user_id__in=already)
    ics = calendar_file([session], name=session.cohort.name)
    when = dateformat.format(timezone.localtime(session.starts_at), "l j F, H:i")
    sent = 0
    session_path = reverse("cohorts:session", kwargs={"slug": session.cohort.slug, "session_id": session.pk})
    for membership in memberships.select_related("user").order_by("pk"):
        if not wants_email(membership.user, "session_reminders"):
            continue
        reminder = SessionReminder(session=session, user=membership.user)
        reminder.full_clean()
        reminder.save()
        sent += send_email(
            user=membership.user,
            kind="session_reminders",
            subject=f"reminder: {session.title}, {when}",
            template="cohorts/email/session_reminder.txt",
            context={"session": session, "cohort": session.cohort, "session_path": session_path},
            link=session_path,
            attachments=[("session.ics", ics, "text/calendar")],
        )
    return sent


@transaction.atomic
def session_reminder_erase_person(*, user: User) -> None:
    SessionReminder.objects.filter(user=user).delete()
