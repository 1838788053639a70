"""Readers of someone's own learning record. Each works in a fixed number of queries."""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import (
    CharField,
    Count,
    Exists,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.http import Http404

from cohorts.models import Membership
from cohorts.selectors import my_cohorts, upcoming_sessions_for
from colearn.models import User
from colearn.security import log_event
from courses.models import CoursePage, LessonPage
from courses.selectors import CourseOutline, ModuleOutline, course_outlines
from learning.models import (
    Certificate,
    CourseFollow,
    EntryKind,
    JournalDraft,
    JournalEntry,
    LessonCompletion,
    Response,
    Visibility,
)
from learning.partner_selectors import waiting_invitations
from learning.try_selectors import open_tries, tries_for_dashboard


@dataclass
class ModuleProgress:
    entry: ModuleOutline
    done: int

    @property
    def total(self) -> int:
        return len(self.entry.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class CourseProgress:
    """Progress counted against the course's live lessons only, so totals change honestly as the course does."""

    outline: CourseOutline
    done_ids: set[int]
    following: bool = False
    last_active_at: object = None
    certificate: Certificate | None = None
    modules: list[ModuleProgress] = field(default_factory=list)

    def __post_init__(self):
        self.modules = [
            ModuleProgress(entry=entry, done=sum(1 for lesson in entry.lessons if lesson.pk in self.done_ids))
            for entry in self.outline.modules
        ]

    @property
    def course(self) -> CoursePage:
        return self.outline.course

    @property
    def total(self) -> int:
        return self.outline.lesson_count

    @property
    def done(self) -> int:
        return sum(module.done for module in self.modules)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def next_lesson(self) -> LessonPage | None:
        """The first lesson, in course order, not yet marked done."""
        return next((lesson for lesson in self.outline.lessons if lesson.pk not in self.done_ids), None)

    def for_module(self, module) -> ModuleProgress | None:
        return next((entry for entry in self.modules if entry.entry.module.pk == module.pk), None)

    def is_done(self, lesson: LessonPage) -> bool:
        return lesson.pk in self.done_ids


def _progress_for(
    *, user: User, courses: list[CoursePage], outlines: dict[int, CourseOutline] | None = None
) -> dict[int, CourseProgress]:
    outlines = outlines or course_outlines(courses=courses)
    mine = Q(user=user, course__in=courses)
    # The person's completions, follows and certificates of these courses in one round trip: every page that
    # shows progress needs them together. Certificates are loaded whole only for courses that have one.
    kinds = {kind: Value(kind, output_field=CharField()) for kind in ("done", "following", "certificate")}
    rows = (
        LessonCompletion.objects.filter(mine)
        .values_list(kinds["done"], "course_id", "lesson_id", "completed_at")
        .union(
            CourseFollow.objects.filter(mine)
            .order_by()
            .values_list(kinds["following"], "course_id", "pk", "last_active_at"),
            Certificate.objects.filter(mine).values_list(kinds["certificate"], "course_id", "pk", "issued_at"),
            all=True,
        )
    )
    done: dict[int, set[int]] = {course.pk: set() for course in courses}
    last_active: dict[int, object] = {}
    certificate_ids = []
    for kind, course_id, row_id, when in rows:
        if kind == "done":
            done[course_id].add(row_id)
        elif kind == "following":
            last_active[course_id] = when
        else:
            certificate_ids.append(row_id)
    certificates = (
        {c.course_id: c for c in Certificate.objects.filter(pk__in=certificate_ids)} if certificate_ids else {}
    )
    return {
        course.pk: CourseProgress(
            outline=outlines[course.pk],
            done_ids=done[course.pk],
            following=course.pk in last_active,
            last_active_at=last_active.get(course.pk),
            certificate=certificates.get(course.pk),
        )
        for course in courses
    }


def course_progress(*, user: User, course: CoursePage, outline: CourseOutline | None = None) -> CourseProgress:
    """Pass the outline when the page already has one, to save building it twice."""
    outlines = {course.pk: outline} if outline is not None else None
    return _progress_for(user=user, courses=[course], outlines=outlines)[course.pk]


@dataclass
class DashboardSection:
    """One block of the dashboard. Later capabilities (sessions, journal, small wins) add their own."""

    key: str
    title: str
    template: str
    context: dict = field(default_factory=dict)


@dataclass
class Dashboard:
    courses: list[CourseProgress]
    continue_with: CourseProgress | None
    sections: list[DashboardSection]


def courses_taken(user: User, *, cohorts: list[Membership] | None = None) -> list[CoursePage]:
    """The live courses a person takes: those they follow, most recently active first, then their groups'
    courses — a member of a group takes its course whether or not they have opened a lesson yet. One query, and
    one more when the person's groups are not given."""
    taken = [
        follow.course for follow in CourseFollow.objects.filter(user=user, course__live=True).select_related("course")
    ]
    for membership in my_cohorts(user) if cohorts is None else cohorts:
        course = membership.cohort.course
        if not membership.is_facilitating and course.live and all(course.pk != other.pk for other in taken):
            taken.append(course)
    return taken


def dashboard_for(user: User) -> Dashboard:
    cohorts = my_cohorts(user)
    taken = courses_taken(user, cohorts=cohorts)
    progress = _progress_for(user=user, courses=taken)
    courses = [progress[course.pk] for course in taken]
    continue_with = next((p for p in courses if p.next_lesson is not None), None)
    return Dashboard(courses=courses, continue_with=continue_with, sections=dashboard_sections(user, cohorts=cohorts))


def certificate_public(*, code: str) -> Certificate | None:
    return Certificate.objects.filter(code=code).first()


@dataclass
class GridRow:
    membership: object
    cells: list[tuple[int, int]]  # (done, total) per module
    last_active: object


def cohort_progress_grid(cohort) -> tuple[list, list[GridRow]]:
    """Each member × each module: lessons done, and when they last marked one. Progress only, never writing."""
    outline = course_outlines(courses=[cohort.course])[cohort.course.pk]
    members = list(
        Membership.objects.members().filter(cohort=cohort).select_related("user").order_by("user__display_name")
    )
    done: dict[int, set[int]] = {m.user_id: set() for m in members}
    last_active: dict[int, object] = {}
    completions = LessonCompletion.objects.filter(course=cohort.course, user_id__in=done).values_list(
        "user_id", "lesson_id", "completed_at"
    )
    for user_id, lesson_id, completed_at in completions:
        done[user_id].add(lesson_id)
        if user_id not in last_active or completed_at > last_active[user_id]:
            last_active[user_id] = completed_at
    rows = [
        GridRow(
            membership=m,
            cells=[
                (sum(1 for lesson in e.lessons if lesson.pk in done[m.user_id]), len(e.lessons))
                for e in outline.modules
            ],
            last_active=last_active.get(m.user_id),
        )
        for m in members
    ]
    return outline.modules, rows


def _journal_glimpse(user, *, each: int = 3) -> dict[str, list[JournalEntry]]:
    """The newest few entries and small wins, in ONE query that costs the same for a journal of ten entries or of
    thousands: each list is a small LIMIT subquery on the (author, -created_at) index, and only what the titles need
    is loaded, never the texts. The newest `each` of a kind among the rows are that kind's newest overall, so
    splitting the rows gives the two lists. (Actions still to hear about are "Things you're trying".)"""
    newest = ("-created_at", "-pk")
    own = JournalEntry.objects.visible_to(user, own_only=True).order_by(*newest)
    picked = (own.exclude(kind=EntryKind.SMALL_WIN), own.filter(kind=EntryKind.SMALL_WIN))
    chosen = Q()
    for entries in picked:
        chosen |= Q(pk__in=entries.values("pk")[:each])
    rows = list(own.filter(chosen).only("pk", "kind", "title", "created_at"))
    return {
        "recent": [e for e in rows if e.kind != EntryKind.SMALL_WIN][:each],
        "wins": [e for e in rows if e.kind == EntryKind.SMALL_WIN][:each],
    }


def dashboard_sections(user, *, cohorts: list[Membership] | None = None) -> list[DashboardSection]:
    sections = [DashboardSection("journal", "Your journal", "learning/dashboard/journal.html", _journal_glimpse(user))]
    tries = tries_for_dashboard(user)
    if tries.due or tries.waiting:
        sections.insert(
            0, DashboardSection("tries", "Things you’re trying", "learning/dashboard/tries.html", {"tries": tries})
        )
    cohorts = my_cohorts(user) if cohorts is None else cohorts
    if cohorts:
        sections.append(
            DashboardSection("cohorts", "Your groups", "learning/dashboard/cohorts.html", {"memberships": cohorts})
        )
        sections.append(
            DashboardSection(
                "sessions",
                "Upcoming sessions",
                "learning/dashboard/sessions.html",
                {"sessions": upcoming_sessions_for(user, limit=5)},
            )
        )
    # Learning partner invitations are between members: a facilitator-only dashboard does not ask.
    is_a_member = any(not membership.is_facilitating for membership in cohorts)
    if is_a_member and (invitations := waiting_invitations(user)):
        sections.insert(
            1,
            DashboardSection(
                "partner-invitations",
                "Learning partner invitations",
                "learning/dashboard/partner_invitations.html",
                {"invitations": invitations},
            ),
        )
    return sections


@dataclass
class JournalFilters:
    kind: str = ""
    course_id: int | None = None
    visibility: str = ""
    query: str = ""


def journal_for(user: User, filters: JournalFilters):
    """The person's own entries only (never anyone else's, even if shared with them), newest first.

    Lazy, so the paginator slices it in the database. The list shows the stored preview, so the text, the body and
    the lesson's own body stay behind; the response count is a subquery, so counting entries needs no join."""
    entries = (
        JournalEntry.objects.visible_to(user, own_only=True)
        .select_related("lesson", "cohort")
        .defer("text", "body", "search_vector", "lesson__body")
    )
    if filters.kind:
        entries = entries.filter(kind=filters.kind)
    if filters.course_id:
        entries = entries.filter(course_id=filters.course_id)
    if filters.visibility:
        entries = entries.filter(visibility=filters.visibility)
    if filters.query:
        entries = _search(entries, filters.query)
    shown_responses = (
        Response.objects.filter(entry=OuterRef("pk"), hidden_at__isnull=True)
        .order_by()
        .values("entry")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return entries.annotate(response_count=Coalesce(Subquery(shown_responses), 0)).order_by("-created_at", "-pk")


def _search(entries, query: str):
    """Full-text search on PostgreSQL (stemmed, so "walks" finds "walking"), against the stored and indexed
    `search_vector` (learning.models.search_document); a plain contains search elsewhere."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery

        return entries.filter(search_vector=SearchQuery(query, config="english", search_type="websearch"))
    matches = Q()
    for word in query.split():
        matches &= Q(title__icontains=word) | Q(text__icontains=word)
    return entries.filter(matches)


def journal_courses(user: User):
    """Courses the person has written about, for the filter: one index probe per course, however long the journal."""
    written_about = JournalEntry.objects.filter(author=user, course_id=OuterRef("pk"))
    return CoursePage.objects.filter(Exists(written_about)).order_by("title")


def _visible_or_404(model, visible, pk):
    """One object through the privacy rule. A denial is the same 404 as a missing id; when the id does exist, the
    refusal goes in the security log (model and id only), so probing other people's addresses can be seen."""
    found = visible.filter(pk=pk).first()
    if found is None:
        if model.objects.filter(pk=pk).exists():
            log_event("object_denied", model=model.__name__, id=pk)
        raise Http404(f"No such {model._meta.verbose_name}")
    return found


def entry_for(user: User, entry_id: int) -> JournalEntry:
    """One entry, through the privacy rule: anything the viewer may not see is a 404 like a missing id."""
    return _visible_or_404(
        JournalEntry,
        JournalEntry.objects.visible_to(user).select_related("author", "cohort", "course", "lesson"),
        entry_id,
    )


def response_for(user: User, response_id: int, *, related: tuple[str, ...] = ("entry",)) -> Response:
    """One response, through the privacy rule, like entry_for."""
    return _visible_or_404(Response, Response.objects.visible_to(user).select_related(*related), response_id)


def responses_for(user: User, entry: JournalEntry) -> list[Response]:
    return list(Response.objects.visible_to(user).filter(entry=entry).select_related("author", "hidden_by"))


def answers_to_prompts(user: User, lesson: LessonPage) -> dict[str, list[JournalEntry]]:
    """The person's own earlier answers to each of a lesson's prompts, keyed by prompt id."""
    answers: dict[str, list[JournalEntry]] = {}
    if not user.is_authenticated:
        return answers
    for entry in (
        JournalEntry.objects.visible_to(user, own_only=True)
        .filter(lesson=lesson)
        .exclude(prompt_id="")
        .order_by("created_at")
    ):
        answers.setdefault(entry.prompt_id, []).append(entry)
    return answers


def drafts_for(user: User, keys: list[str]) -> dict[str, JournalDraft]:
    if not user.is_authenticated:
        return {}
    return {draft.key: draft for draft in JournalDraft.objects.filter(author=user, key__in=keys)}


def shared_entries_for_cohort(cohort, viewer: User):
    """The cohort feed: entries shared with this group (or its facilitators) that the viewer may read, newest first.

    Lazy, for the paginator to slice in the database. The feed shows how many responses the viewer may read, not
    the responses, so that is a count subquery (through the responses' privacy rule) rather than loading them."""
    readable_responses = (
        Response.objects.visible_to(viewer)
        .filter(entry=OuterRef("pk"))
        .order_by()
        .values("entry")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        JournalEntry.objects.visible_to(viewer)
        # What partners share is read on their partner page: the feed is for what was shared with the group.
        .filter(cohort=cohort, visibility__in=[Visibility.COHORT, Visibility.FACILITATORS])
        .select_related("author")
        .defer("text", "preview", "search_vector")
        .annotate(response_count=Coalesce(Subquery(readable_responses), 0))
        .order_by("-created_at")
    )


def actions_awaiting_outcome(user: User) -> list[JournalEntry]:
    """For the journal page: the person can say how any of them went whenever they like, due or not."""
    return list(open_tries(user)[:5])
