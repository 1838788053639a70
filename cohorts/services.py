"""The only writers for cohorts. Capacity and the application state machine are enforced under a row lock."""

import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from cohorts import emails
from cohorts.models import (
    ALLOWED_TRANSITIONS,
    Announcement,
    Application,
    ApplicationStatus,
    Attendance,
    AttendanceStatus,
    CalendarFeed,
    Cohort,
    JoinMode,
    LiveSession,
    Membership,
    ModuleRelease,
    Role,
    new_token,
)
from cohorts.permissions import can_facilitate
from colearn.models import User
from colearn.sanitize import rich_text_to_plain, text_to_rich_text
from colearn.security import log_event
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
    application.status, application.submitted_at = ApplicationStatus.PENDING, timezone.now()
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
def membership_leave(*, membership: Membership) -> Membership:
    """Leave a group. What the person wrote stays theirs; access ends at their next request."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.ended_at is None:
        membership.ended_at = timezone.now()
        membership.save(update_fields=["ended_at"])
    return membership


@transaction.atomic
def membership_update_visibility(*, membership: Membership, show_perspective: bool) -> Membership:
    membership.show_perspective = show_perspective
    membership.save(update_fields=["show_perspective"])
    return membership


@transaction.atomic
def cohort_set_facilitator(*, cohort: Cohort, email: str, role: str) -> Membership:
    """Used by admins in the CMS: make an existing account a facilitator or peer facilitator of the cohort."""
    if role not in {Role.FACILITATOR, Role.PEER_FACILITATOR}:
        raise ValidationError("Choose facilitator or peer facilitator.")
    user = User.objects.filter(email__iexact=email.strip()).first()
    if user is None:
        raise ValidationError(f"There is no account with the email address {email.strip()}.")
    membership, created = Membership.objects.get_or_create(cohort=cohort, user=user, defaults={"role": role})
    previous = "none" if created or membership.ended_at is not None else membership.role
    membership.role, membership.ended_at = role, None
    membership.save(update_fields=["role", "ended_at"])
    if previous != role:  # saving the cohort form unchanged is not a role change
        log_event("membership_role_changed", subject=user.pk, cohort=cohort.pk, role=role, previous=previous)
    return membership


@transaction.atomic
def membership_step_down(*, membership: Membership) -> Membership:
    """A facilitator no longer named for the cohort stops facilitating, which ends their membership: they held
    no place as a member, and giving them one could overfill the group. What they wrote stays theirs."""
    log_event(
        "membership_role_changed",
        subject=membership.user_id,
        cohort=membership.cohort_id,
        role="none",
        previous=membership.role,
    )
    return membership_leave(membership=membership)


def _require_facilitator(user: User, cohort: Cohort) -> None:
    if not can_facilitate(user, cohort):
        raise PermissionDenied


@transaction.atomic
def session_schedule(*, cohort: Cohort, by: User, notify: bool = True, **fields) -> LiveSession:
    _require_facilitator(by, cohort)
    session = LiveSession(cohort=cohort, **fields)
    session.full_clean()
    session.save()
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
    for name, value in fields.items():
        setattr(session, name, value)
    session.sequence += 1
    session.full_clean()
    session.save()
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
def attendance_record(*, session: LiveSession, by: User, statuses: dict[int, str]) -> None:
    """The whole register in one go: {user id: status}. Only current members of the session's cohort count."""
    _require_facilitator(by, session.cohort)
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
    for email, role in wanted.items():
        cohort_set_facilitator(cohort=cohort, email=email, role=role)
    for membership in Membership.objects.facilitating().filter(cohort=cohort).select_related("user"):
        if membership.user.email.lower() not in wanted:
            membership_step_down(membership=membership)


@transaction.atomic
def cohort_create(*, facilitators: dict[str, str] | None = None, **fields) -> Cohort:
    """A new cohort (the CMS, the demo seeder). `facilitators`: {email: role} of the people who run it."""
    _check_cohort_fields(fields)
    cohort = Cohort(**fields)
    cohort.full_clean()
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
    cohort.save()
    if facilitators is not None:
        _set_facilitators(cohort=cohort, facilitators=facilitators)
    return cohort


# --- Erasure (called by learning.services.data_rights.person_erase, through the privacy registry) ----------------


@transaction.atomic
def membership_erase_person(*, user: User) -> None:
    """Memberships end and lose how the person comes to the course; the row stays so group counts add up."""
    from django.db.models.functions import Coalesce

    Membership.objects.filter(user=user).update(
        ended_at=Coalesce("ended_at", timezone.now()), perspective="", show_perspective=False
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
