"""Co-facilitation in the facilitator's space: the facilitators' shared notes, and the hours each facilitated."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render

from cohorts.forms import FacilitatorNoteForm, HoursForm
from cohorts.selectors import cohort_for_facilitator, facilitation_hours, facilitator_note_for, facilitator_notes
from cohorts.services import facilitator_note_add, facilitator_note_delete, facilitator_note_edit
from colearn.http import add_service_errors
from colearn.spreadsheet import csv_bytes

NOTES_PER_PAGE = 20
HOURS_HEADER = ["Facilitator", "Role", "Sessions", "Minutes", "Hours"]


@login_required
def notes(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    form = FacilitatorNoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            facilitator_note_add(cohort=cohort, author=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Your note is saved. Only the group’s facilitators can read it.")
            return redirect("cohorts:notes", slug=slug)
    page = Paginator(facilitator_notes(cohort=cohort, viewer=request.user), NOTES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "cohorts/facilitate/notes.html", {"cohort": cohort, "form": form, "page_obj": page})


@login_required
def note_edit(request, slug: str, note_id: int):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    note = facilitator_note_for(viewer=request.user, cohort=cohort, note_id=note_id)
    form = FacilitatorNoteForm(request.POST or None, initial={"text": note.text})
    if request.method == "POST" and form.is_valid():
        try:
            facilitator_note_edit(note=note, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Your note is saved.")
            return redirect("cohorts:notes", slug=slug)
    return render(request, "cohorts/facilitate/note_edit.html", {"cohort": cohort, "note": note, "form": form})


@login_required
def note_delete(request, slug: str, note_id: int):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    note = facilitator_note_for(viewer=request.user, cohort=cohort, note_id=note_id)
    if request.method == "POST":
        facilitator_note_delete(note=note, by=request.user)
        messages.success(request, "Your note is deleted.")
        return redirect("cohorts:notes", slug=slug)
    return render(request, "cohorts/facilitate/note_delete.html", {"cohort": cohort, "note": note})


def _hours_csv(rows, *, name: str, start: datetime.date, end: datetime.date) -> HttpResponse:
    lines = [HOURS_HEADER, *([row.name, row.role, row.sessions, row.minutes, row.hours] for row in rows)]
    response = HttpResponse(csv_bytes(lines), content_type="text/csv; charset=utf-8")
    filename = f"{name}-facilitation-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def hours(request, slug: str):
    """Read-only, by GET: the form only chooses the days, so the page and its CSV share one address."""
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    chosen = bool({"start", "end"} & set(request.GET))
    # Unless other days are chosen, the group's whole run.
    days = {"start": cohort.starts_on, "end": cohort.ends_on}
    form = HoursForm(request.GET if chosen else None, initial=days)
    context = {"cohort": cohort, "form": form, "rows": None}
    if chosen and not form.is_valid():
        return render(request, "cohorts/facilitate/hours.html", context)
    if chosen:
        days = form.cleaned_data
    start, end = days["start"], days["end"]
    rows = facilitation_hours(start=start, end=end, cohort=cohort)
    if request.GET.get("format") == "csv":
        return _hours_csv(rows, name=cohort.slug, start=start, end=end)
    context |= {"rows": rows, "start": start, "end": end}
    return render(request, "cohorts/facilitate/hours.html", context)
