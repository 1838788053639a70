from django.db import models


class Report(models.Model):
    """No table: it only carries the "Can view reports" permission, which admins give to a group in the Wagtail
    admin (Settings → Groups) so people other than superusers can read the reports."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_report", "Can view reports")]
        verbose_name = "report"

    def __str__(self) -> str:
        return "Reports"
