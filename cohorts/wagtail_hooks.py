from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cohorts.admin_reports import FacilitationHoursReportView
from cohorts.viewsets import CohortViewSet


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return CohortViewSet("cohort_admin", url_prefix="cohorts")


@hooks.register("register_admin_urls")
def register_facilitation_hours_report_urls():
    return [
        path("reports/facilitation-hours/", FacilitationHoursReportView.as_view(), name="facilitation_hours_report"),
        path(
            "reports/facilitation-hours/results/",
            FacilitationHoursReportView.as_view(results_only=True),
            name="facilitation_hours_report_results",
        ),
    ]


class FacilitationHoursMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("cohorts.view_sessionfacilitation")


@hooks.register("register_reports_menu_item")
def register_facilitation_hours_report_menu_item():
    return FacilitationHoursMenuItem(
        "Facilitation hours", reverse("facilitation_hours_report"), name="facilitation-hours", icon_name="time"
    )
