"""The figures on a course's public "What changed" page (reports.WhatChangedPage).

Nothing here counts anyone. Each figure group asks the admin reports' own selectors (reports.selectors) for this
course and the page's days, so every figure has already passed through reports.gate: whole blocks of five, held
back as "fewer than 5" under five people. The public sees a subset of what an admin sees, never a finer cut: no
group or perspective filter, so no view here can be set against another to single anyone out.

Caching: the figures move as people take part, and the rows they come from (lessons done, attendance, check-ins)
do not clear the anonymous page cache. So the figures are worked out at most once an hour (FIGURES_SECONDS) for
every visitor, signed in or not, and the page says when ("as at"). Publishing any page (this one included, so a
changed choice of figures or dates shows at once) starts afresh, because the key carries the page tree's version.
The anonymous page cache then keeps the whole page as usual: it shows the "as at" time it was rendered with.
"""

import dataclasses
import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone

from colearn.charts import BarChart
from courses.models import CoursePage
from courses.selectors import course_outline
from courses.tree_cache import cached, tree_version
from reports.gate import Figure
from reports.selectors import activity, enrolment
from reports.selectors.base import Choice, Report
from reports.selectors.confidence import confidence_change

FIGURES_SECONDS = 60 * 60


@dataclass(frozen=True)
class Line:
    label: str
    figure: Figure


@dataclass(frozen=True)
class Section:
    """One figure group: a heading, a plain sentence, a table of figures and/or charts (each with its table)."""

    key: str
    title: str
    sentence: str
    lines: tuple[Line, ...] = ()
    label_heading: str = ""
    value_heading: str = ""
    charts: tuple[BarChart, ...] = ()


@dataclass(frozen=True)
class Figures:
    sections: tuple[Section, ...]
    as_at: datetime.datetime


def _public(chart: BarChart, *, title: str | None = None) -> BarChart:
    # The admin's chart summaries speak of "the days chosen" in its filter; here the days are the page's own.
    summary = chart.summary.replace("in the days chosen", "in this time")
    return dataclasses.replace(chart, title=title or chart.title, summary=summary)


Reports = Callable[[Callable[[Choice], Report]], Report]


def _people(report: Reports) -> Section:
    rows = report(enrolment.perspective_mix).rows
    return Section(
        key="people",
        title="People who took part",
        sentence="How many people joined each of the course’s groups in this time. Facilitators are not counted.",
        lines=tuple(Line(row.group, row.members) for row in rows),
        label_heading="Group",
        value_heading="People who joined",
    )


def _mix(report: Reports) -> Section:
    return Section(
        key="mix",
        title="The mix of perspectives",
        sentence="The course brings together people who work in services, people who use them, carers and others. "
        "This is how the people who joined a group in this time said they come to it.",
        # The admin's title adds "in every group shown", for its group filter; here it is always every group.
        charts=tuple(
            _public(chart, title="How members come to the course") for chart in report(enrolment.perspective_mix).charts
        ),
    )


def _lessons(report: Reports) -> Section:
    (row,) = report(activity.completion).rows
    return Section(
        key="lessons",
        title="Lessons and modules done",
        sentence="Lessons people marked done in this time, and the modules they finished (every lesson of a module "
        "done).",
        lines=(Line("Lessons marked done", row.lessons_done), Line("Modules finished", row.modules_done)),
        label_heading="What",
        value_heading="How many",
    )


def _finished(report: Reports) -> Section:
    (row,) = report(activity.completion).rows
    return Section(
        key="finished",
        title="People who finished the course",
        sentence="People who marked every lesson of the course done in this time.",
        lines=(Line("Finished the course", row.certificates),),
        label_heading="What",
        value_heading="People",
    )


def _sessions(report: Reports) -> Section:
    return Section(
        key="sessions",
        title="Sessions attended",
        sentence="How many times people were at a live session of each of the course’s groups in this time, as the "
        "facilitators recorded it.",
        charts=tuple(_public(chart) for chart in report(activity.attendance).charts),
    )


def _steps(report: Reports) -> Section:
    found = report(activity.small_steps)
    return Section(
        key="steps",
        title="Small steps",
        sentence="Small wins people noted, actions they chose to try and how those went, and community places and "
        "people they added to their connections, in this time. We count them; nobody’s words are read.",
        # The breakdowns ("Actions to try: it went well") are in the charts after the table.
        lines=tuple(Line(row.what, row.number) for row in found.rows if ":" not in row.what),
        label_heading="What",
        value_heading="How many",
        charts=tuple(_public(chart) for chart in found.charts),
    )


def _confidence(report: Reports) -> Section:
    found = report(confidence_change)
    return Section(
        key="confidence",
        title="Confidence",
        sentence="Now and then people rate their own confidence, from 1 to 5, in each thing the course helps them "
        "do. This is how each person’s rating moved from their first check-in in this time to their latest. A "
        "positive average means people feel more confident.",
        lines=tuple(Line(row.capability, row.average_change) for row in found.rows),
        label_heading="What the course helps people do",
        value_heading="Average change, in steps",
        charts=tuple(_public(chart) for chart in found.charts),
    )


SECTIONS: dict[str, Callable[[Reports], Section]] = {
    "people": _people,
    "mix": _mix,
    "lessons": _lessons,
    "finished": _finished,
    "sessions": _sessions,
    "steps": _steps,
    "confidence": _confidence,
}


def sections_for(
    *, course: CoursePage, start: datetime.date | None, end: datetime.date | None, chosen: list[str]
) -> list[Section]:
    """The chosen figure groups, in the page's order. Each report is asked once, even when two groups share it
    (lessons and courses finished both come from the completion report). A fixed number of queries."""
    choice = Choice(course=course, start=start, end=end)
    asked: dict[Callable[[Choice], Report], Report] = {}

    def report(build: Callable[[Choice], Report]) -> Report:
        if build not in asked:
            asked[build] = build(choice)
        return asked[build]

    return [build(report) for key, build in SECTIONS.items() if key in chosen]


def figures_for(*, course: CoursePage, start, end, chosen: list[str]) -> Figures:
    """The figures as at the last hour or so: see the module's docstring."""
    key = f"reports:what-changed:{tree_version()}:{course.pk}:{start}:{end}:{','.join(chosen)}"
    figures = cache.get(key)
    if figures is None:
        figures = Figures(
            sections=tuple(sections_for(course=course, start=start, end=end, chosen=chosen)), as_at=timezone.now()
        )
        cache.set(key, figures, FIGURES_SECONDS)
    return figures


def page_figures(*, page) -> dict:
    """What the page's template needs: its course, breadcrumbs and figures."""
    course = CoursePage.objects.get(path=page.path[: -page.steplen])  # its parent: parent_page_types
    outline = course_outline(course=course)
    figures = figures_for(course=course, start=page.figures_from, end=page.figures_to, chosen=page.chosen_figures())
    return {"course": course, "crumbs": [*outline.ancestors, course], "figures": figures}


def _live_page_of(course_path: str) -> dict:
    from reports.models import WhatChangedPage

    page = WhatChangedPage.objects.filter(path__startswith=course_path).live().public().first()
    return {"title": page.title, "url": page.get_url()} if page is not None else {}


def what_changed_link(*, course: CoursePage) -> dict:
    """The course's live, public "What changed" page as {"title", "url"}, or {} when it has none. Kept with the
    course outline (same tree version), so a warm course page asks nothing more of the database."""
    return cached("what-changed", course.path, lambda: _live_page_of(course.path))
