"""Readers for cohorts. Each returns what its template needs in a fixed number of queries."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Case, Count, Exists, OuterRef, Prefetch, Q, Subquery, Sum, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from cohorts.models import (
    FACILITATING_ROLES,
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
    Perspective,
    ProfileSharing,
    Role,
    SessionCheckIn,
    SessionFacilitation,
    SessionState,
)
from cohorts.permissions import facilitates
from colearn.models import OnePageProfile, User
from colearn.security import has_required_two_factor
from courses.models import CoursePage
from courses.selectors import course_outline


def places_taken(cohort: Cohort) -> int:
    return Membership.objects.members().filter(cohort=cohort).count()


def upcoming_cohorts_for_course(course: CoursePage) -> list[Cohort]:
    """Cohorts people can still apply to or join, with how many places are left and, for a group people apply to,
    whether it has its staff and peer pair (without it, it takes no applications)."""
    active = Q(memberships__ended_at__isnull=True)
    cohorts = (
        Cohort.objects.filter(course=course, apply_by__gte=timezone.now())
        .annotate(
            taken=Count("memberships", filter=active & Q(memberships__role=Role.MEMBER)),
            staff=Count("memberships", filter=active & Q(memberships__role=Role.FACILITATOR)),
            peers=Count("memberships", filter=active & Q(memberships__role=Role.PEER_FACILITATOR)),
        )
        .order_by("starts_on")
    )
    for cohort in cohorts:
        cohort.places_left = max(cohort.capacity - cohort.taken, 0)
        roles = [Role.FACILITATOR] * bool(cohort.staff) + [Role.PEER_FACILITATOR] * bool(cohort.peers)
        cohort.waiting_for_pair = bool(missing_from_pair(join_mode=cohort.join_mode, roles=roles))
    return list(cohorts)


def cohort_for_member(*, user, slug: str) -> tuple[Cohort, Membership]:
    """The cohort and the viewer's active membership; anyone else gets a 404 exactly like a missing cohort.
    One query: the membership with its cohort and course, as every cohort page starts here."""
    membership = None
    if user.is_authenticated:
        membership = (
            Membership.objects.active().filter(user=user, cohort__slug=slug).select_related("cohort__course").first()
        )
    if membership is None:
        raise Http404("No such group")
    return membership.cohort, membership


def cohort_for_facilitator(*, user, slug: str) -> tuple[Cohort, Membership]:
    cohort, membership = cohort_for_member(user=user, slug=slug)
    if not facilitates(user, membership):
        raise Http404("No such group")
    return cohort, membership


@dataclass
class ModuleOpening:
    module: object
    number: int
    lessons: list
    opens_on: object
    session: LiveSession | None = None  # the next session about this module, which the module is suggested for

    @property
    def is_open(self) -> bool:
        return self.opens_on is None or self.opens_on <= timezone.localdate()


def module_openings(cohort: Cohort, *, sessions=()) -> list[ModuleOpening]:
    """Each module with the date it opens for the group and, from `sessions` (the group's, already loaded, in
    order), the next one about it."""
    outline = course_outline(course=cohort.course)
    releases = dict(ModuleRelease.objects.filter(cohort=cohort).values_list("module_id", "opens_on"))
    suggested = {}
    for session in sessions:
        if session.module_id and session.state in (SessionState.UPCOMING, SessionState.HAPPENING):
            suggested.setdefault(session.module_id, session)
    return [
        ModuleOpening(
            module=entry.module,
            number=entry.number,
            lessons=entry.lessons,
            opens_on=releases.get(entry.module.pk),
            session=suggested.get(entry.module.pk),
        )
        for entry in outline.modules
    ]


# The member list: the pair who run the group first, staff then peer facilitators, then everyone else.
FACILITATORS_FIRST = Case(
    When(role=Role.FACILITATOR, then=Value(0)), When(role=Role.PEER_FACILITATOR, then=Value(1)), default=Value(2)
)


def active_members(cohort: Cohort | int):
    return (
        Membership.objects.active()
        .filter(cohort=cohort)
        .select_related("user")
        .order_by(FACILITATORS_FIRST, "user__display_name", "pk")
    )


@dataclass
class CohortSpace:
    cohort: Cohort
    membership: Membership
    next_session: LiveSession | None
    upcoming: list[LiveSession]
    past: list[LiveSession]
    my_attendance: dict[int, str]
    announcements: list[Announcement]
    modules: list[ModuleOpening]
    members: list[Membership]


def cohort_space(*, cohort: Cohort, membership: Membership, viewer) -> CohortSpace:
    now = timezone.now()
    # The viewer's own attendance rides on each session row, so it costs no query of its own.
    mine = Attendance.objects.filter(session=OuterRef("pk"), user_id=membership.user_id).values("status")[:1]
    sessions = list(
        LiveSession.objects.filter(cohort=cohort)
        .select_related("module")
        .annotate(my_attendance=Subquery(mine))
        .order_by("starts_at")
    )
    upcoming = [s for s in sessions if s.ends_at >= now]
    past = [s for s in sessions if s.ends_at < now][::-1]
    attendance = {s.pk: s.my_attendance for s in sessions if s.my_attendance}
    return CohortSpace(
        cohort=cohort,
        membership=membership,
        next_session=next((s for s in upcoming if not s.cancelled_at), None),
        upcoming=upcoming,
        past=past,
        my_attendance=attendance,
        announcements=list(Announcement.objects.filter(cohort=cohort).select_related("author")[:10]),
        modules=module_openings(cohort, sessions=sessions),
        members=with_shared_profiles(active_members(cohort), viewer=viewer, cohort=cohort),
    )


@dataclass
class CohortMix:
    counts: list[tuple[str, int]]
    total: int
    lived_experience: int
    aim_percent: int

    @property
    def lived_experience_percent(self) -> int:
        return round(100 * self.lived_experience / self.total) if self.total else 0

    @property
    def meets_aim(self) -> bool:
        return self.total > 0 and self.lived_experience_percent >= self.aim_percent


def cohort_mix(cohort: Cohort) -> CohortMix:
    """Counts per perspective among members. Facilitators only: perspectives are never shown to members by this."""
    counts = Counter(Membership.objects.members().filter(cohort=cohort).values_list("perspective", flat=True))
    total = sum(counts.values())
    return CohortMix(
        counts=[(label, counts.get(value, 0)) for value, label in Perspective.choices],
        total=total,
        lived_experience=counts.get(Perspective.USES_SERVICES, 0),
        aim_percent=cohort.lived_experience_aim,
    )


@dataclass
class FacilitatorDashboard:
    cohort: Cohort
    pending: list[Application]
    waitlist: list[Application]
    places_left: int
    mix: CohortMix
    upcoming: list[LiveSession]
    past: list[LiveSession]
    announcements: list[Announcement]
    modules: list[ModuleOpening]
    missing_pair: list[str]

    @property
    def missing_pair_labels(self) -> list[str]:
        return [Role(role).label.lower() for role in self.missing_pair]

    @property
    def offer_next(self) -> Application | None:
        """When a place is free, the next person waiting is offered it first."""
        return self.waitlist[0] if self.places_left > 0 and self.waitlist else None


def facilitator_dashboard(cohort: Cohort) -> FacilitatorDashboard:
    applications = list(
        Application.objects.filter(cohort=cohort, status__in=[ApplicationStatus.PENDING, ApplicationStatus.WAITLISTED])
        .select_related("user")
        .order_by("submitted_at")
    )
    now = timezone.now()
    sessions = list(LiveSession.objects.filter(cohort=cohort).select_related("module"))
    mix = cohort_mix(cohort)
    return FacilitatorDashboard(
        cohort=cohort,
        pending=[a for a in applications if a.status == ApplicationStatus.PENDING],
        waitlist=[a for a in applications if a.status == ApplicationStatus.WAITLISTED],
        places_left=max(cohort.capacity - mix.total, 0),  # the mix counts the same members as places_taken
        mix=mix,
        upcoming=[s for s in sessions if s.ends_at >= now],
        past=[s for s in sessions if s.ends_at < now][::-1],
        announcements=list(Announcement.objects.filter(cohort=cohort).select_related("author")[:5]),
        modules=module_openings(cohort, sessions=sessions),
        missing_pair=missing_from_pair(join_mode=cohort.join_mode, roles=facilitating_roles(cohort)),
    )


def register_for(session: LiveSession, *, viewer) -> list[tuple[Membership, str]]:
    """Every active member with their recorded attendance (blank if not yet taken), for one form, each with the
    one-page profile they share with this viewer, if any, and `said_here_at`: when they pressed "I'm here" (or
    None)."""
    recorded = dict(Attendance.objects.filter(session=session).values_list("user_id", "status"))
    said_here = dict(SessionCheckIn.objects.filter(session=session).values_list("user_id", "said_at"))
    members = with_shared_profiles(
        active_members(session.cohort_id).filter(role=Role.MEMBER), viewer=viewer, cohort=session.cohort_id
    )
    for membership in members:
        membership.said_here_at = said_here.get(membership.user_id)
    return [(m, recorded.get(m.user_id, "")) for m in members]


@dataclass
class SessionPage:
    session: LiveSession
    membership: Membership
    attendance: str  # the viewer's status on the register, "" if not taken
    said_here_at: object  # when the viewer pressed "I'm here", or None
    module_opens_on: object  # when the session's module opens for the group, or None (open, or no module)

    @property
    def can_check_in(self) -> bool:
        return self.membership.role == Role.MEMBER and self.session.state == SessionState.HAPPENING

    @property
    def attendance_shown(self) -> str:
        """As in the group's space: present or sent apologies. Nobody is told they were absent."""
        kind = {AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES}
        return AttendanceStatus(self.attendance).label if self.attendance in kind else ""

    @property
    def module_is_open(self) -> bool:
        return self.module_opens_on is None or self.module_opens_on <= timezone.localdate()

    @property
    def catch_up_first(self) -> bool:
        """After the session, a member the register does not show as there sees the catch-up pack first."""
        return self.membership.role == Role.MEMBER and self.attendance != AttendanceStatus.PRESENT


def session_page(*, membership: Membership, session_id: int) -> SessionPage:
    """One session of the viewer's group, with their own attendance and "I'm here" on the same row: one query."""
    mine = {"session": OuterRef("pk"), "user_id": membership.user_id}
    session = get_object_or_404(
        LiveSession.objects.select_related("module", "cohort").annotate(
            my_attendance=Subquery(Attendance.objects.filter(**mine).values("status")[:1]),
            my_check_in=Subquery(SessionCheckIn.objects.filter(**mine).values("said_at")[:1]),
            module_opens_on=Subquery(
                ModuleRelease.objects.filter(cohort=OuterRef("cohort_id"), module=OuterRef("module_id")).values(
                    "opens_on"
                )[:1]
            ),
        ),
        pk=session_id,
        cohort_id=membership.cohort_id,
    )
    return SessionPage(
        session=session,
        membership=membership,
        attendance=session.my_attendance or "",
        said_here_at=session.my_check_in,
        module_opens_on=session.module_opens_on,
    )


def my_applications(user):
    is_member = Exists(Membership.objects.active().filter(cohort=OuterRef("cohort"), user=user))
    return (
        Application.objects.filter(user=user)
        .select_related("cohort", "cohort__course")
        .annotate(is_member=is_member)
        .order_by("-submitted_at")
    )


def my_cohorts(user) -> list[Membership]:
    return list(Membership.objects.active().filter(user=user).select_related("cohort", "cohort__course"))


def upcoming_sessions_for(user, *, limit: int | None = None) -> list[LiveSession]:
    sessions = (
        LiveSession.objects.filter(
            cohort__memberships__user=user,
            cohort__memberships__ended_at__isnull=True,
            ends_at__gte=timezone.now(),
            cancelled_at__isnull=True,
        )
        .select_related("cohort")
        .order_by("starts_at")
    )
    return list(sessions[:limit] if limit else sessions)


def feed_sessions(token: str) -> tuple[object, list[LiveSession]] | None:
    """The sessions for a private calendar feed: every session of the person's current cohorts."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None:
        return None
    sessions = LiveSession.objects.filter(
        cohort__memberships__user=feed.user, cohort__memberships__ended_at__isnull=True
    ).select_related("cohort")
    return feed.user, list(sessions)


# --- Co-facilitation: the pair, facilitator notes, facilitation hours ------------------------------------------


def facilitating_roles(cohort: Cohort | int) -> list[str]:
    """The role of each person facilitating the group now, to tell whether it has its staff and peer pair."""
    return list(Membership.objects.facilitating().filter(cohort=cohort).values_list("role", flat=True))


def missing_from_pair(*, join_mode: str, roles) -> list[str]:
    """The halves of the pair a group taking applications lacks: a staff facilitator, a peer facilitator, or both.
    Empty when it has both, or when people join by invite. Such a group takes no applications until it has both."""
    if join_mode != JoinMode.APPLY:
        return []
    roles = set(roles)
    return [role for role in (Role.FACILITATOR, Role.PEER_FACILITATOR) if role not in roles]


def facilitator_notes(*, cohort: Cohort, viewer):
    """The group's facilitator notes this viewer may read (FacilitatorNote.objects.visible_to), newest first."""
    return FacilitatorNote.objects.visible_to(viewer).filter(cohort=cohort).select_related("author")


def facilitator_note_for(*, viewer, cohort: Cohort, note_id: int) -> FacilitatorNote:
    """One of the viewer's own notes in this group, through the one rule; anything else is a 404 like a missing one."""
    return get_object_or_404(facilitator_notes(cohort=cohort, viewer=viewer), pk=note_id, author=viewer)


@dataclass
class FacilitationRow:
    """One line of a session's "who facilitated": the person, their role, and the minutes to show in the form."""

    user: object
    role_label: str
    minutes: int


def facilitation_for(session: LiveSession) -> list[FacilitationRow]:
    """Everyone facilitating the group now, and anyone already recorded for the session, staff first. Until anything
    is recorded, each current facilitator is offered the session's length, as the pair usually runs it together."""
    recorded = list(SessionFacilitation.objects.filter(session=session).select_related("facilitator"))
    current = active_members(session.cohort_id).filter(role__in=[Role.FACILITATOR, Role.PEER_FACILITATOR])
    length = round((session.ends_at - session.starts_at).total_seconds() / 60)
    default = 0 if recorded else length
    rows = {
        row.facilitator_id: FacilitationRow(row.facilitator, row.get_role_display(), row.minutes) for row in recorded
    }
    for membership in current:
        rows.setdefault(membership.user_id, FacilitationRow(membership.user, membership.get_role_display(), default))
    order = {Role.FACILITATOR.label: 0, Role.PEER_FACILITATOR.label: 1}
    return sorted(rows.values(), key=lambda row: (order[row.role_label], row.user.public_name, row.user.pk))


@dataclass
class HoursRow:
    name: str
    role: str
    sessions: int
    minutes: int

    @property
    def hours(self) -> str:
        """Hours and minutes as a payroll clerk reads them, e.g. 7.5 for seven and a half hours."""
        return f"{self.minutes / 60:.2f}".rstrip("0").rstrip(".")


def facilitation_hours(*, start, end, cohort: Cohort | None = None) -> list[HoursRow]:
    """Per facilitator and role: how many sessions they facilitated and for how long, for sessions starting on a
    day from `start` to `end` (both included; cancelled ones do not count). One group's, or every group's. One query."""
    rows = SessionFacilitation.objects.filter(
        session__starts_at__date__gte=start, session__starts_at__date__lte=end, session__cancelled_at__isnull=True
    )
    if cohort is not None:
        rows = rows.filter(session__cohort=cohort)
    totals = list(
        rows.values("facilitator_id", "role")
        .annotate(sessions=Count("session", distinct=True), minutes=Sum("minutes"))
        .order_by("role", "facilitator__display_name", "facilitator_id")
    )
    people = User.objects.in_bulk({row["facilitator_id"] for row in totals})
    return [
        HoursRow(
            name=people[row["facilitator_id"]].public_name,
            role=Role(row["role"]).label,
            sessions=row["sessions"],
            minutes=row["minutes"],
        )
        for row in totals
    ]


# --- Questions to the facilitators ------------------------------------------------------------------------------


def questions_for_group(*, cohort: Cohort, viewer):
    """The group's questions this viewer may read (GroupQuestion.objects.visible_to), each with its answers and
    their writers. Questions still waiting for an answer come first, newest first, so facilitators see what needs
    them and members see what is being asked now; answered ones follow, newest first. Two queries a page."""
    answered = Exists(GroupAnswer.objects.filter(question=OuterRef("pk")))
    return (
        GroupQuestion.objects.visible_to(viewer)
        .filter(cohort=cohort)
        .select_related("author")
        .annotate(answered=answered)
        .prefetch_related(Prefetch("answers", queryset=GroupAnswer.objects.select_related("author")))
        .order_by("answered", "-asked_at", "-id")
    )


def question_for(*, viewer, cohort: Cohort, question_id: int) -> GroupQuestion:
    """One question, through the one rule: a question this viewer may not read is a 404 exactly like a missing one."""
    return get_object_or_404(
        GroupQuestion.objects.visible_to(viewer).select_related("author", "cohort"), pk=question_id, cohort=cohort
    )


def unanswered_question_count(*, cohort: Cohort, viewer) -> int:
    """For the facilitator's space: questions in view that nobody has answered yet (hidden ones need no answer)."""
    waiting = GroupQuestion.objects.visible_to(viewer).filter(cohort=cohort, hidden_at__isnull=True)
    return waiting.exclude(Exists(GroupAnswer.objects.filter(question=OuterRef("pk")))).count()


# --- One-page profiles --------------------------------------------------------------------------------------------


def profile_visible_to(viewer, *, cohort: Cohort | int | None = None):
    """THE rule for one-page profiles (colearn.OnePageProfile): every read of someone's profile goes through here.

    Readers: the owner, always. In a group where the owner is an active member: the group's facilitators (with
    two-factor sign-in where the site requires it, as colearn.security.has_required_two_factor says) when the owner
    shares it there with the facilitators or the group; the group's other active members when the owner shares it
    with the group. People who left the group see nothing more; superusers get nothing extra.

    With `cohort`, only what that one group may see (and the viewer's own): a profile shared in one group is not
    shown in another's pages."""
    if not getattr(viewer, "is_authenticated", False):
        return OnePageProfile.objects.none()
    viewer_in = Membership.objects.active().filter(user_id=viewer.pk)
    if cohort is not None:
        viewer_in = viewer_in.filter(cohort=cohort)
    shared = Membership.objects.active()
    readable = Q(user_id=viewer.pk) | Q(
        user_id__in=shared.filter(
            cohort__in=viewer_in.values("cohort_id"), profile_sharing=ProfileSharing.GROUP
        ).values("user_id")
    )
    if has_required_two_factor(viewer):
        led = viewer_in.filter(role__in=FACILITATING_ROLES).values("cohort_id")
        with_facilitators = [ProfileSharing.FACILITATORS, ProfileSharing.GROUP]
        readable |= Q(
            user_id__in=shared.filter(cohort__in=led, profile_sharing__in=with_facilitators).values("user_id")
        )
    return OnePageProfile.objects.filter(readable)


def with_shared_profiles(memberships, *, viewer, cohort: Cohort | int) -> list[Membership]:
    """The memberships (a queryset), each with `shared_profile`: the member's one-page profile if this viewer may
    read it in this group and it has any words, else None. The profile rides on the members' own query, with the
    one rule's answer beside it, so a shared profile costs the page no query of its own."""
    readable = profile_visible_to(viewer, cohort=cohort).filter(user_id=OuterRef("user_id"))
    rows = list(memberships.select_related("user__one_page_profile").annotate(profile_readable=Exists(readable)))
    for membership in rows:
        profile = getattr(membership.user, "one_page_profile", None) if membership.profile_readable else None
        membership.shared_profile = profile if profile is not None and profile.has_words else None
    return rows


def own_profile(user) -> OnePageProfile | None:
    """The person's own one-page profile (through the one rule, which always lets the owner read theirs)."""
    return profile_visible_to(user).filter(user_id=user.pk).first()


def profile_sharing_choices(user) -> list[Membership]:
    """Every group the person is in now, with who there sees their one-page profile, for the profile page."""
    return list(
        Membership.objects.active().filter(user=user).select_related("cohort").order_by("cohort__starts_on", "pk")
    )


def members_without_email(cohort: Cohort):
    """Members of the group who sign in with a card (no email address), by name, with their card's dates."""
    return (
        Membership.objects.members()
        .filter(cohort=cohort, user__email__isnull=True, user__is_active=True)
        .select_related("user", "user__sign_in_code")
        .order_by("user__display_name", "pk")
    )
