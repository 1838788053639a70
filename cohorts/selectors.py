"""Readers for cohorts. Each returns what its template needs in a fixed number of queries."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.http import Http404
from django.utils import timezone

from cohorts.models import (
    Announcement,
    Application,
    ApplicationStatus,
    Attendance,
    CalendarFeed,
    Cohort,
    LiveSession,
    Membership,
    ModuleRelease,
    Perspective,
    Role,
)
from cohorts.permissions import facilitates
from courses.models import CoursePage
from courses.selectors import course_outline


def places_taken(cohort: Cohort) -> int:
    return Membership.objects.members().filter(cohort=cohort).count()


def upcoming_cohorts_for_course(course: CoursePage) -> list[Cohort]:
    """Cohorts people can still apply to or join, with how many places are left."""
    cohorts = (
        Cohort.objects.filter(course=course, apply_by__gte=timezone.now())
        .annotate(
            taken=Count("memberships", filter=Q(memberships__ended_at__isnull=True, memberships__role=Role.MEMBER))
        )
        .order_by("starts_on")
    )
    for cohort in cohorts:
        cohort.places_left = max(cohort.capacity - cohort.taken, 0)
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

    @property
    def is_open(self) -> bool:
        return self.opens_on is None or self.opens_on <= timezone.localdate()


def module_openings(cohort: Cohort) -> list[ModuleOpening]:
    outline = course_outline(course=cohort.course)
    releases = dict(ModuleRelease.objects.filter(cohort=cohort).values_list("module_id", "opens_on"))
    return [
        ModuleOpening(
            module=entry.module, number=entry.number, lessons=entry.lessons, opens_on=releases.get(entry.module.pk)
        )
        for entry in outline.modules
    ]


def active_members(cohort: Cohort | int):
    return (
        Membership.objects.active().filter(cohort=cohort).select_related("user").order_by("role", "user__display_name")
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


def cohort_space(*, cohort: Cohort, membership: Membership) -> CohortSpace:
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
        modules=module_openings(cohort),
        members=list(active_members(cohort)),
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
        modules=module_openings(cohort),
    )


def register_for(session: LiveSession) -> list[tuple[Membership, str]]:
    """Every active member with their recorded attendance (blank if not yet taken), for one form."""
    recorded = dict(Attendance.objects.filter(session=session).values_list("user_id", "status"))
    return [(m, recorded.get(m.user_id, "")) for m in active_members(session.cohort_id).filter(role=Role.MEMBER)]


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
