"""Take your journal away: download it as Markdown or JSON, or print it. Only what you wrote, and nothing else."""

import json

from allauth.account.decorators import reauthentication_required
from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from colearn.http import parse_id
from colearn.ratelimit import rate_limited
from colearn.security import logs_download
from learning.selectors import journal_courses
from learning.services.data_rights import (
    day,
    journal_export_entries,
    journal_export_json,
    journal_export_markdown,
    own_entries,
    scope_sentence,
)

FORMATS = {"md": ("md", "text/markdown; charset=utf-8"), "json": ("json", "application/json")}


class ExportForm(forms.Form):
    """What to take away and in which format. Read from the address, so a download is a plain link."""

    course = forms.ChoiceField(
        label="What would you like?",
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Choose everything, or one of the courses you have written about."},
    )
    format = forms.ChoiceField(
        label="Which format?",
        required=False,
        widget=forms.RadioSelect,
        choices=[
            ("md", "Markdown (.md): plain text that opens in any notes app or text editor"),
            ("json", "JSON (.json): data for moving your journal to another service"),
        ],
        error_messages={"invalid_choice": "Choose Markdown or JSON."},
    )
    date_from = forms.DateField(
        label="Written on or after",
        required=False,
        help_text="Leave empty to start from your first entry. For example, 14/3/2027.",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Enter a real date for the start, for example 14/3/2027."},
    )
    date_to = forms.DateField(
        label="Written on or before",
        required=False,
        help_text="Leave empty to go up to today.",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Enter a real date for the end, for example 14/3/2027."},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.courses = {str(course.pk): course for course in journal_courses(user)}
        self.fields["course"].choices = [
            ("", "Everything in my journal"),
            *((pk, f"Only what I wrote about {course.title}") for pk, course in self.courses.items()),
        ]

    def clean_course(self):
        return self.courses.get(self.cleaned_data["course"])

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_from", "The start date must be on or before the end date.")
        entry_id = self.data.get("entry", "")
        cleaned["entry_id"] = parse_id(entry_id)
        if entry_id and cleaned["entry_id"] is None:
            self.add_error(None, "That link to one entry is not right. Choose what to download below.")
        return cleaned


def _read(request):
    """The form, and the one entry asked for (a 404 unless it is the person's own, like a missing id)."""
    form = ExportForm(request.GET, user=request.user)
    entry_id = form.cleaned_data["entry_id"] if form.is_valid() else None
    entry = get_object_or_404(own_entries(user=request.user), pk=entry_id) if entry_id is not None else None
    return form, entry


def _dates(data) -> dict:
    return {"date_from": data.get("date_from"), "date_to": data.get("date_to")}


def _page(request, form, entry, status=200):
    if form.is_valid():  # nothing wrong yet: show the choices, Markdown first
        initial = {"format": "md", **{key: request.GET.get(key, "") for key in ("course", "date_from", "date_to")}}
        form = ExportForm(initial=initial, user=request.user)
    return render(request, "learning/journal/export.html", {"form": form, "entry": entry}, status=status)


@never_cache
@login_required
@reauthentication_required  # an open session on a shared computer is not enough to take a journal away
@rate_limited("export", when=lambda request: bool(request.GET.get("format")))
@logs_download("journal_exported")
def export(request):
    form, entry = _read(request)
    if not form.is_valid():
        return _page(request, form, None, status=400)
    data = form.cleaned_data
    if not data["format"]:
        return _page(request, form, entry)
    extension, content_type = FORMATS[data["format"]]
    scope = {"user": request.user, "course": data["course"], "entry": entry, **_dates(data)}
    if extension == "md":
        content = journal_export_markdown(**scope)
    else:
        content = json.dumps(journal_export_json(**scope), ensure_ascii=False, indent=2)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="colearn-journal-{timezone.localdate():%Y-%m-%d}.{extension}"'
    )
    return response


@never_cache
@login_required
@reauthentication_required  # an open session on a shared computer is not enough to take a journal away
@rate_limited("export", when=lambda request: True)
@logs_download("journal_printed")
def print_view(request):
    form, entry = _read(request)
    if not form.is_valid():
        return _page(request, form, None, status=400)
    course, dates = form.cleaned_data["course"], _dates(form.cleaned_data)
    context = {
        "items": journal_export_entries(user=request.user, course=course, entry=entry, **dates),
        "scope": scope_sentence(course=course, entry=entry, **dates),
        "today": day(timezone.now()),
        "entry": entry,
        "course": course,
    }
    return render(request, "learning/journal/print.html", context)
