"""The reports' figures for one group, for its facilitators: the same gated figures the admin reports show, with
the group chosen, laid out as tables (and charts) for a page and as one long CSV."""

from dataclasses import dataclass

from cohorts.models import Cohort
from colearn.charts import BarChart
from reports import admin_views
from reports.selectors import activity, enrolment
from reports.selectors.base import Choice
from reports.selectors.confidence import confidence_change

# (title, the admin report whose figures and headings it shows, the columns that would only repeat the group)
SECTIONS = [
    ("Applications and places", admin_views.EnrolmentReportView, {"course"}),
    ("How members come to the course", admin_views.PerspectiveMixReportView, {"course"}),
    ("Attendance", admin_views.AttendanceReportView, {"group"}),
    ("Lessons, modules and courses finished", admin_views.CompletionReportView, set()),
    ("Small steps", admin_views.SmallStepsReportView, set()),
    ("Confidence", admin_views.ConfidenceReportView, {"course"}),
    ("Check-ins", admin_views.CheckInsReportView, {"group"}),
]
BUILDERS = {
    admin_views.EnrolmentReportView: enrolment.enrolment,
    admin_views.PerspectiveMixReportView: enrolment.perspective_mix,
    admin_views.AttendanceReportView: activity.attendance,
    admin_views.CompletionReportView: activity.completion,
    admin_views.SmallStepsReportView: activity.small_steps,
    admin_views.ConfidenceReportView: confidence_change,
    admin_views.CheckInsReportView: activity.check_ins,
}


@dataclass(frozen=True)
class Section:
    title: str
    slug: str
    sentence: str
    headings: list[str]
    rows: list[list[str]]  # every cell as shown; the first names the row
    charts: list[BarChart]


def group_figures(cohort: Cohort) -> list[Section]:
    """Every report, for this group and its course. A fixed number of queries (about two a section)."""
    choice = Choice(cohort=cohort, course=cohort.course)
    sections = []
    for title, view, repeated in SECTIONS:
        report = BUILDERS[view](choice)
        fields = [(name, heading) for name, heading in view.fields if name not in repeated]
        sections.append(
            Section(
                title=title,
                slug=view.export_filename,
                sentence=report.sentence,
                headings=[heading for _, heading in fields],
                rows=[[str(getattr(row, name)) for name, _ in fields] for row in report.rows],
                charts=report.charts,
            )
        )
    return sections


def group_figures_csv_rows(sections: list[Section]) -> list[list[str]]:
    """One long table: report, row, figure, value — one line per figure, whatever shape each report has."""
    lines = [["Report", "Row", "Figure", "Value"]]
    for section in sections:
        for row in section.rows:
            lines += [
                [section.title, row[0], heading, cell]
                for heading, cell in zip(section.headings[1:], row[1:], strict=True)
            ]
    return lines
