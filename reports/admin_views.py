"""The reports in the Wagtail admin, under its Reports menu. Each is a Wagtail report view, so the CSV and
spreadsheet downloads come from the library; every CSV cell passes through colearn.spreadsheet (Wagtail's own
writer lets a formula through) and the file starts with the byte-order mark spreadsheets look for. Only superusers
and people given "Can view reports" see them."""

from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from colearn.spreadsheet import safe_cell
from reports.filters import PerspectiveReportFilterSet, ReportFilterSet
from reports.gate import Figure
from reports.models import Report
from reports.selectors import activity, enrolment
from reports.selectors.base import Choice
from reports.selectors.base import Report as ReportData
from reports.selectors.confidence import confidence_change


def _figure_cell(figure: Figure):
    return figure.display if figure.value is None else figure.value


class GatedReportView(ReportView):
    """A report whose rows are figures from reports.gate, with its sentence and chart(s) above the table."""

    results_template_name = "reports/report_results.html"
    filterset_class = ReportFilterSet
    permission_policy = ModelPermissionPolicy(Report)
    any_permission_required = ["view"]
    header_icon = "table"
    fields: list[tuple[str, str]] = []  # (attribute of a row, heading), for the table and the download alike
    # Figures go into downloads as numbers a spreadsheet can add up, or as "fewer than 5" when held back.
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        Figure: dict.fromkeys((ReportView.FORMAT_CSV, ReportView.FORMAT_XLSX), _figure_cell),
    }

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.columns = [Column(name, label=heading) for name, heading in cls.fields]
        cls.list_export = [name for name, _ in cls.fields]
        cls.export_headings = dict(cls.fields)

    def build(self, choice: Choice) -> ReportData:
        raise NotImplementedError

    @cached_property
    def report(self) -> ReportData:
        choice = self.filters.choice() if self.filters is not None else Choice()
        return self.build(choice)

    def get_queryset(self):
        return self.report.rows

    def filter_queryset(self, queryset):
        return queryset  # the rows are totals, already for what was chosen (see `report`)

    def get_heading(self, queryset, field):
        return self.export_headings[field]

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )


class EnrolmentReportView(GatedReportView):
    page_title = "Enrolment"
    index_url_name = "reports_enrolment"
    index_results_url_name = "reports_enrolment_results"
    export_filename = "enrolment"
    fields = [
        ("group", "Group"),
        ("course", "Course"),
        ("received", "Applications received"),
        ("pending", "Waiting for a decision"),
        ("accepted", "Accepted"),
        ("waitlisted", "On the waiting list"),
        ("declined", "Not offered a place"),
        ("withdrawn", "Withdrawn"),
        ("places_filled", "Places filled"),
        ("capacity", "Places"),
    ]

    def build(self, choice):
        return enrolment.enrolment(choice)


class PerspectiveMixReportView(GatedReportView):
    page_title = "Mix of perspectives"
    index_url_name = "reports_mix"
    index_results_url_name = "reports_mix_results"
    export_filename = "mix-of-perspectives"
    fields = [
        ("group", "Group"),
        ("course", "Course"),
        ("members", "Members"),
        ("staff", "Work in services"),
        ("lived_experience", "Use or have used services"),
        ("carer", "Carers and supporters"),
        ("other", "Something else"),
        ("not_said", "Rather not say, or not given"),
    ]

    def build(self, choice):
        return enrolment.perspective_mix(choice)


class ConfidenceReportView(GatedReportView):
    page_title = "Confidence"
    index_url_name = "reports_confidence"
    index_results_url_name = "reports_confidence_results"
    export_filename = "confidence"
    filterset_class = PerspectiveReportFilterSet
    fields = [
        ("capability", "Statement"),
        ("course", "Course"),
        ("people", "People"),
        ("up_more", "Up two steps or more"),
        ("up_one", "Up one step"),
        ("same", "The same"),
        ("down_one", "Down one step"),
        ("down_more", "Down two steps or more"),
        ("once", "Checked in once so far"),
        ("average_change", "Average change, in steps"),
    ]

    def build(self, choice):
        return confidence_change(choice)


class CompletionReportView(GatedReportView):
    page_title = "Completion"
    index_url_name = "reports_completion"
    index_results_url_name = "reports_completion_results"
    export_filename = "completion"
    fields = [
        ("course", "Course"),
        ("lessons_done", "Lessons marked done"),
        ("modules_done", "Modules finished"),
        ("certificates", "Courses finished"),
    ]

    def build(self, choice):
        return activity.completion(choice)


class AttendanceReportView(GatedReportView):
    page_title = "Attendance"
    index_url_name = "reports_attendance"
    index_results_url_name = "reports_attendance_results"
    export_filename = "attendance"
    fields = [
        ("group", "Group"),
        ("session", "Session"),
        ("date", "Date"),
        ("present", "There"),
        ("apologies", "Sent apologies"),
        ("absent", "Absent"),
    ]

    def build(self, choice):
        return activity.attendance(choice)


class SmallStepsReportView(GatedReportView):
    page_title = "Small steps"
    index_url_name = "reports_small_steps"
    index_results_url_name = "reports_small_steps_results"
    export_filename = "small-steps"
    fields = [("what", "What"), ("number", "How many")]

    def build(self, choice):
        return activity.small_steps(choice)


class CheckInsReportView(GatedReportView):
    page_title = "Check-ins"
    index_url_name = "reports_check_ins"
    index_results_url_name = "reports_check_ins_results"
    export_filename = "check-ins"
    fields = [
        ("group", "Group"),
        ("asked", "Asked for"),
        ("within_a_day", "Seen within a day"),
        ("within_three_days", "Seen within three days"),
        ("within_a_week", "Seen within a week"),
        ("longer", "Seen after more than a week"),
        ("not_seen_yet", "Not seen yet"),
    ]

    def build(self, choice):
        return activity.check_ins(choice)
