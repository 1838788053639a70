"""The reports under the Wagtail admin's one Reports menu (next to Wagtail's own and the facilitation hours),
shown to superusers and to people given "Can view reports"."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reports import admin_views

REPORTS = [
    ("enrolment", "Enrolment", admin_views.EnrolmentReportView, "reports_enrolment", "user"),
    ("mix", "Mix of perspectives", admin_views.PerspectiveMixReportView, "reports_mix", "group"),
    ("completion", "Completion", admin_views.CompletionReportView, "reports_completion", "tick"),
    ("attendance", "Attendance", admin_views.AttendanceReportView, "reports_attendance", "date"),
    ("small-steps", "Small steps", admin_views.SmallStepsReportView, "reports_small_steps", "pick"),
    ("confidence", "Confidence", admin_views.ConfidenceReportView, "reports_confidence", "resubmit"),
    ("check-ins", "Check-ins", admin_views.CheckInsReportView, "reports_check_ins", "comment"),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = []
    for slug, _, view, name, _ in REPORTS:
        urls += [
            path(f"reports/colearn/{slug}/", view.as_view(), name=name),
            path(f"reports/colearn/{slug}/results/", view.as_view(results_only=True), name=f"{name}_results"),
        ]
    return urls


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("reports.view_report")


def _menu_item(label: str, name: str, icon: str):
    return lambda: ReportMenuItem(label, reverse(name), name=name.replace("_", "-"), icon_name=icon)


for _, label, _, name, icon in REPORTS:
    hooks.register("register_reports_menu_item", _menu_item(label, name, icon))


@hooks.register("register_permissions")
def register_report_permission():
    return Permission.objects.filter(content_type__app_label="reports", codename="view_report")
