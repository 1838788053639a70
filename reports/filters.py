"""The filters every report offers (days, course, group), as Wagtail's own reports do. They choose what the
selectors count; the rows are totals already, so nothing is filtered after."""

import django_filters
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from cohorts.models import Cohort, Perspective
from courses.models import CoursePage
from reports.selectors.base import Choice


def _unfiltered(queryset, name, value):
    return queryset  # the selectors use the choice (see ReportFilterSet.choice); rows are not filtered again


class ReportFilterSet(WagtailFilterSet):
    days = django_filters.DateFromToRangeFilter(label="Between", widget=DateRangePickerWidget, method=_unfiltered)
    course = django_filters.ModelChoiceFilter(
        label="Course", queryset=CoursePage.objects.order_by("title"), empty_label="Every course", method=_unfiltered
    )
    cohort = django_filters.ModelChoiceFilter(
        label="Group",
        queryset=Cohort.objects.select_related("course").order_by("-starts_on", "name"),
        empty_label="Every group",
        method=_unfiltered,
    )

    class Meta:
        model = Cohort
        fields = []

    def choice(self) -> Choice:
        """What was chosen; anything not valid counts as not chosen (its field shows why)."""
        data = self.form.cleaned_data if self.is_valid() else {}
        days = data.get("days")
        return Choice(
            start=days.start.date() if days and days.start else None,
            end=days.stop.date() if days and days.stop else None,
            course=data.get("course"),
            cohort=data.get("cohort"),
            perspective=data.get("perspective") or None,
        )


class PerspectiveReportFilterSet(ReportFilterSet):
    perspective = django_filters.ChoiceFilter(
        label="How they come to the course", choices=Perspective.choices, empty_label="Everyone", method=_unfiltered
    )

    class Meta(ReportFilterSet.Meta):
        pass
