"""What people did: lessons and courses finished, sessions attended, small steps taken, check-ins asked for. Counts
only: nothing here reads a word anyone wrote."""

import datetime
from dataclasses import dataclass

from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, Length, Substr
from django.utils import timezone
from wagtail.models import Page

from cohorts.models import Attendance, AttendanceStatus, LiveSession, Membership, Role
from colearn.charts import Bar, bar_chart
from courses.models import CoursePage, LessonPage
from learning.models import (
    Certificate,
    CheckInRequest,
    Connection,
    ConnectionStatus,
    EntryKind,
    JournalEntry,
    LessonCompletion,
    TryOutcome,
)
from reports.gate import Figure, Tally, count, tallies
from reports.selectors.base import Choice, Report, combined, groups_chosen, in_groups, in_persons_group

# A person's own records are cut into blocks per course, and per group and perspective (base.Places).
PERSON_CELLS = ("course_id",)


def _bars(figures: list[tuple[str, Figure]]) -> list[Bar]:
    return [Bar(label=label, value=figure.value, display=figure.display) for label, figure in figures]


# --- Completion -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompletionRow:
    course: str
    lessons_done: Figure
    modules_done: Figure
    certificates: Figure


def _module_of(path: str) -> Substr:
    """A lesson's module, as the module's tree path: the lesson's path less its own last step."""
    return Substr(path, 1, Length(path) - Page.steplen)


def _finishing_lessons(completions: QuerySet) -> QuerySet:
    """Of `completions`, the ones that finished a module: the person's latest lesson done in that module, once they
    have done every live lesson in it. One row per person and module, so each module done counts once, on the day
    it was finished, in the order (id) its last lesson was done. Window functions over the person's lessons in each
    module, and the modules' sizes from one small query of the page tree: nothing is looked up per row."""
    sizes = (
        LessonPage.objects.live()
        .annotate(module=_module_of("path"))
        .order_by()
        .values("module")
        .annotate(lessons=Count("pk"))
        .values_list("module", "lessons")
    )
    module = _module_of("lesson__path")
    per_module = {"partition_by": [F("user_id"), module]}
    # Narrowed as `completions` are (to a course, a group's members): a person's windows never reach past their
    # own lessons in one module, so the narrowing changes nothing but the time.
    finishing = (
        completions.filter(lesson__live=True)
        .annotate(
            report_module=module,
            report_module_lessons=Case(
                *(When(report_module=path, then=Value(lessons)) for path, lessons in sizes), default=Value(0)
            ),
            report_done=Window(Count("pk"), **per_module),
            report_last=Window(Max("pk"), **per_module),
        )
        .filter(report_last=F("pk"), report_done=F("report_module_lessons"))
    )
    # By id, so the gate sees plain rows (a query filtered on a window function is wrapped by Django).
    return completions.filter(pk__in=finishing.values("pk"))


def completion(choice: Choice) -> Report:
    """Per course: lessons marked done in the days chosen, modules finished (every live lesson of a module done)
    and courses finished (a certificate is issued when every lesson is done). Five queries."""
    lessons, places = in_persons_group(LessonCompletion.objects.all(), choice, user="user_id", course="course_id")
    per_course = {"cells": PERSON_CELLS, "by": ("course_id",), "places": places, **choice.days}
    done = tallies(lessons, at="completed_at", **per_course)
    modules = tallies(_finishing_lessons(lessons), at="completed_at", **per_course)
    certificates, _ = in_persons_group(
        Certificate.objects.filter(course__isnull=False), choice, user="user_id", course="course_id"
    )
    finished = tallies(certificates, at="issued_at", **per_course)
    courses = CoursePage.objects.order_by("title")
    if choice.course is not None:
        courses = courses.filter(pk=choice.course.pk)
    rows = [
        CompletionRow(
            course=course.title,
            lessons_done=count(done.get((course.pk,), Tally())),
            modules_done=count(modules.get((course.pk,), Tally())),
            certificates=count(finished.get((course.pk,), Tally())),
        )
        for course in courses
    ]
    charts = [
        bar_chart(
            title="Lessons marked done, by course",
            summary="How many lessons people marked done in the days chosen, in each course.",
            bars=_bars([(row.course, row.lessons_done) for row in rows]),
            value_label="lessons done",
        ),
        bar_chart(
            title="Modules finished, by course",
            summary="How many times someone finished every lesson of a module in the days chosen, in each course.",
            bars=_bars([(row.course, row.modules_done) for row in rows]),
            value_label="modules finished",
        ),
        bar_chart(
            title="Courses finished, by course",
            summary="How many people finished every lesson of each course in the days chosen.",
            bars=_bars([(row.course, row.certificates) for row in rows]),
            value_label="people who finished",
        ),
    ]
    sentence = (
        "Lessons people marked done, the modules they finished (every lesson of the module done) and the courses "
        "they finished (every lesson done, with a certificate), in the days chosen. Counted in whole fives within "
        "each group and perspective, and only when at least five people stand behind a figure."
    )
    return Report(sentence=sentence, rows=rows, charts=charts)


# --- Attendance -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceRow:
    group: str
    session: str
    date: datetime.date
    present: Figure
    apologies: Figure
    absent: Figure


def attendance(choice: Choice) -> Report:
    """Per session held in the days chosen (not cancelled), how many were there, sent apologies or were absent;
    per group, how many were there in all. Three queries."""
    marks = in_groups(Attendance.objects.filter(session__cancelled_at__isnull=True), choice, cohort="session__cohort")
    # Cut per session: every mark of a session has its date, so a date range keeps or drops a session whole.
    found = tallies(marks, cells=("session_id",), by=("session_id", "status"), at="session__starts_at", **choice.days)
    sessions = in_groups(LiveSession.objects.filter(cancelled_at__isnull=True), choice).select_related("cohort")
    if choice.start is not None:
        sessions = sessions.filter(starts_at__date__gte=choice.start)
    if choice.end is not None:
        sessions = sessions.filter(starts_at__date__lte=choice.end)
    rows, present_by_group = [], {}
    for session in sessions.order_by("-starts_at", "pk"):
        parts = {status: found.get((session.pk, status), Tally()) for status in AttendanceStatus.values}
        present_by_group.setdefault(session.cohort.name, []).append(parts[AttendanceStatus.PRESENT])
        rows.append(
            AttendanceRow(
                group=session.cohort.name,
                session=session.title,
                date=timezone.localdate(session.starts_at),
                present=count(parts[AttendanceStatus.PRESENT]),
                apologies=count(parts[AttendanceStatus.APOLOGIES]),
                absent=count(parts[AttendanceStatus.ABSENT]),
            )
        )
    chart = bar_chart(
        title="People at sessions, by group",
        summary="How many times people were at a session of each group, in the days chosen.",
        bars=_bars([(group, count(combined(*parts))) for group, parts in present_by_group.items()]),
        value_label="times people were there",
    )
    sentence = (
        "Who was at each session held in the days chosen, who sent apologies and who was absent, as facilitators "
        "recorded it. Counted in whole fives per session, and only when at least five people stand behind a figure."
    )
    return Report(sentence=sentence, rows=rows, charts=[chart])


# --- Small steps ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepRow:
    what: str
    number: Figure


OUTCOMES = [(TryOutcome.WENT_WELL.value, "It went well"), (TryOutcome.GAVE_IT_A_GO.value, "Gave it a go")]
OUTCOMES += [(TryOutcome.NOT_YET.value, "Not yet"), ("", "Not said yet")]


def _in_latest_course(queryset, *, author: str = "author_id", course: str | None = None):
    """A person's records with `report_course`: their own course where they have one (an entry written on a lesson),
    otherwise the course of the person's latest group — a connection or an entry written away from any lesson
    belongs to the course they are taking, so a course or group filter counts it there."""
    latest = Membership.objects.filter(user_id=OuterRef(author), role=Role.MEMBER).order_by("-joined_at", "-pk")
    of_latest = Subquery(latest.values("cohort__course_id")[:1])
    return queryset.annotate(
        report_course=Coalesce(F(course), of_latest, output_field=BigIntegerField()) if course else of_latest
    )


def small_steps(choice: Choice) -> Report:
    """Small wins logged and actions to try made in the days chosen, with how the actions went; community
    connections people added. Three queries, none reading a word of any entry."""
    cells = ("report_course",)
    entries = _in_latest_course(
        JournalEntry.objects.filter(kind__in=[EntryKind.SMALL_WIN, EntryKind.ACTION]), course="course_id"
    )
    entries, places = in_persons_group(entries, choice, user="author_id", course="report_course")
    per_person = {"cells": cells, "person": "author_id", "at": "created_at", "places": places, **choice.days}
    found = tallies(entries, by=("kind", "outcome_choice"), **per_person)
    wins = combined(*(part for (kind, _), part in found.items() if kind == EntryKind.SMALL_WIN))
    outcomes = [(label, count(found.get((EntryKind.ACTION.value, value), Tally()))) for value, label in OUTCOMES]
    actions = combined(*(part for (kind, _), part in found.items() if kind == EntryKind.ACTION))
    links, _ = in_persons_group(
        _in_latest_course(Connection.objects.all()), choice, user="author_id", course="report_course"
    )
    connections = tallies(links, by=("status",), **per_person)
    statuses = [(status.label, count(connections.get((status.value,), Tally()))) for status in ConnectionStatus]
    rows = [StepRow("Small wins logged", count(wins)), StepRow("Actions to try", count(actions))]
    rows += [StepRow(f"Actions to try: {label.lower()}", figure) for label, figure in outcomes]
    rows.append(StepRow("Community connections added", count(combined(*connections.values()))))
    rows += [StepRow(f"Community connections: {label.lower()}", figure) for label, figure in statuses]
    charts = [
        bar_chart(
            title="How the actions people tried went",
            summary="Actions to try that people chose in the days chosen, by how they said it went.",
            bars=_bars(outcomes),
            value_label="actions",
        ),
        bar_chart(
            title="Community connections, by where people are with them now",
            summary="Community places and people that people added in the days chosen, by where they are now.",
            bars=_bars(statuses),
            value_label="connections",
        ),
    ]
    sentence = (
        "Small steps people took in the days chosen: small wins they logged, actions they chose to try and how those "
        "went, and community places and people they added to their connections (counted in the course of their "
        "latest group). Counts only, in whole fives, and only when at least five people stand behind a figure."
    )
    return Report(sentence=sentence, rows=rows, charts=charts)


# --- Check-ins --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckInRow:
    group: str
    asked: Figure
    within_a_day: Figure
    within_three_days: Figure
    within_a_week: Figure
    longer: Figure
    not_seen_yet: Figure


SPEEDS = [
    ("within_a_day", "Seen within a day"),
    ("within_three_days", "Seen within three days"),
    ("within_a_week", "Seen within a week"),
    ("longer", "Seen after more than a week"),
    ("not_seen_yet", "Not seen yet"),
]


def _speed():
    def seen_within(days: int) -> Q:
        return Q(seen_at__lte=F("asked_at") + datetime.timedelta(days=days))

    return Case(
        When(seen_at__isnull=True, then=Value("not_seen_yet")),
        When(seen_within(1), then=Value("within_a_day")),
        When(seen_within(3), then=Value("within_three_days")),
        When(seen_within(7), then=Value("within_a_week")),
        default=Value("longer"),
    )


def check_ins(choice: Choice) -> Report:
    """Per group: check-ins people asked for in the days chosen, and how soon a facilitator saw each. Two queries."""
    requests = in_groups(CheckInRequest.objects.all(), choice)
    found = tallies(requests, cells=("cohort_id",), by=("cohort_id", _speed()), at="created_at", **choice.days)
    rows, overall = [], {key: [] for key, _ in SPEEDS}
    for cohort in groups_chosen(choice):
        parts = {key: found.get((cohort.pk, key), Tally()) for key, _ in SPEEDS}
        for key, part in parts.items():
            overall[key].append(part)
        figures = {key: count(part) for key, part in parts.items()}
        rows.append(CheckInRow(group=cohort.name, asked=count(combined(*parts.values())), **figures))
    chart = bar_chart(
        title="How soon check-ins were seen",
        summary="Check-ins people asked for in the days chosen, by how soon a facilitator saw them.",
        bars=_bars([(label, count(combined(*overall[key]))) for key, label in SPEEDS]),
        value_label="check-ins",
    )
    sentence = (
        "Check-ins people asked their facilitators for in the days chosen, and how soon a facilitator saw each one. "
        "Counted in whole fives within each group, and only when at least five people stand behind a figure."
    )
    return Report(sentence=sentence, rows=rows, charts=[chart])
