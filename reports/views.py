"""A group's reports in its facilitators' space: the same gated figures as the admin reports, for one group."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from cohorts.selectors import cohort_for_facilitator
from colearn.spreadsheet import csv_bytes
from reports.gate import BLOCK
from reports.group import group_figures, group_figures_csv_rows


@login_required
def group_reports(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    context = {"cohort": cohort, "sections": group_figures(cohort), "block": BLOCK}
    return render(request, "reports/group_reports.html", context)


@login_required
def group_reports_csv(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    response = HttpResponse(
        csv_bytes(group_figures_csv_rows(group_figures(cohort))), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{cohort.slug}-reports.csv"'
    return response
