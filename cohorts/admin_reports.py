"""The facilitation hours report in the Wagtail admin: every group's facilitators, staff and peer, with the sessions
and hours they facilitated, so the college can recognise and pay peer trainers. CSV and XLSX come from Wagtail's
report view; CSV cells pass through colearn.spreadsheet, as Wagtail's own writer lets a formula through.

It sits in the admin's Reports menu beside the reports of the reports app and shares their page layout (a sentence
and a chart above the table). Unlike theirs, its figures are not gated: they are named people's own working hours,
kept so they can be paid, not anyone's answers."""

import datetime
from dataclasses import dataclass

import django_filters
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from cohorts.models import Cohort, SessionFacilitation
from cohorts.selectors import HoursRow, facilitation_hours
from colearn.charts import Bar, BarChart, bar_chart
from colearn.spreadsheet import safe_cell


def default_start() -> datetime.date:
    """The first day of last month: a month's pay claim, with room to finish it early in the next."""
    first_of_this_month = timezone.localdate().replace(day=1)
    return (first_of_this_month - datetime.timedelta(days=1)).replace(day=1)


class FacilitationHoursFilterSet(WagtailFilterSet):
    sessions = django_filters.DateFromToRangeFilter(
        label="Sessions between", field_name="session__starts_at__date", widget=DateRangePickerWidget
    )
    cohort = django_filters.ModelChoiceFilter(
        label="Group", field_name="session__cohort", empty_label="Every group", queryset=Cohort.objects.all()
    )

    class Meta:
        model = SessionFacilitation
        fields = []


@dataclass(frozen=True)
class Summary:
    sentence: str
    charts: list[BarChart]


class FacilitationHoursReportView(ReportView):
    results_template_name = "reports/report_results.html"
    page_title = "Facilitation hours"
    header_icon = "time"
    index_url_name = "facilitation_hours_report"
    index_results_url_name = "facilitation_hours_report_results"
    filterset_class = FacilitationHoursFilterSet
    permission_policy = ModelPermissionPolicy(SessionFacilitation)
    any_permission_required = ["view"]
    export_filename = "facilitation-hours"
    columns = [
        Column("name", label="Facilitator"),
        Column("role", label="Role"),
        Column("sessions", label="Sessions"),
        Column("hours", label="Hours"),
    ]
    list_export = ["name", "role", "sessions", "minutes", "hours"]
    export_headings = {
        "name": "Facilitator",
        "role": "Role",
        "sessions": "Sessions",
        "minutes": "Minutes",
        "hours": "Hours",
    }

    def get_page_subtitle(self):
        start, end, _ = self.chosen()
        return f"Sessions from {start:%-d %B %Y} to {end:%-d %B %Y}"

    def chosen(self) -> tuple[datetime.date, datetime.date, Cohort | None]:
        """The days and group chosen in the filters; unless chosen, every group since the start of last month."""
        data = self.filters.form.cleaned_data if self.filters is not None and self.filters.is_valid() else {}
        days = data.get("sessions")
        start = days.start if days and days.start else default_start()
        end = days.stop if days and days.stop else timezone.localdate()
        return start, end, data.get("cohort")

    @cached_property
    def hours(self) -> list[HoursRow]:
        start, end, cohort = self.chosen()
        return facilitation_hours(start=start, end=end, cohort=cohort)

    def get_queryset(self):
        return self.hours

    @cached_property
    def report(self) -> Summary:
        bars = [
            Bar(label=f"{row.name}, {row.role.lower()}", value=row.minutes / 60, display=row.hours)
            for row in self.hours
        ]
        chart = bar_chart(
            title="Hours facilitated",
            summary="Hours each facilitator spent facilitating sessions in the days chosen, by role.",
            bars=bars,
            value_label="hours",
        )
        sentence = (
            "The sessions each staff and peer facilitator facilitated in the days chosen, and for how many hours, "
            "as recorded after each session. Cancelled sessions are not counted."
        )
        return Summary(sentence=sentence, charts=[chart])

    def filter_queryset(self, queryset):
        return queryset  # the rows are totals, already for the days and group chosen (get_queryset)

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )
