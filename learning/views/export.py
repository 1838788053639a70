"""Take your journal away: download it as Markdown or JSON, or print it. Only what you wrote, and nothing else."""

import json

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from colearn.http import parse_id
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


def _page(request, form, entry, status=200):
    if form.is_valid():  # nothing wrong yet: show the choices, Markdown first
        form = ExportForm(initial={"format": "md", "course": request.GET.get("course", "")}, user=request.user)
    return render(request, "learning/journal/export.html", {"form": form, "entry": entry}, status=status)


@never_cache
@login_required
def export(request):
    form, entry = _read(request)
    if not form.is_valid():
        return _page(request, form, None, status=400)
    data = form.cleaned_data
    if not data["format"]:
        return _page(request, form, entry)
    extension, content_type = FORMATS[data["format"]]
    scope = {"user": request.user, "course": data["course"], "entry": entry}
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
def print_view(request):
    form, entry = _read(request)
    if not form.is_valid():
        return _page(request, form, None, status=400)
    course = form.cleaned_data["course"]
    context = {
        "items": journal_export_entries(user=request.user, course=course, entry=entry),
        "scope": scope_sentence(course=course, entry=entry),
        "today": day(timezone.now()),
        "entry": entry,
        "course": course,
    }
    return render(request, "learning/journal/print.html", context)
