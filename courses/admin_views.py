"""Moving a course between services from the Wagtail admin: "Export this course" on a course page downloads the
zip that `manage.py export_course --zip` writes, and "Import a course" loads one, as `manage.py import_course`
does. Only superusers: an import publishes at once, past the co-production review (see FORMAT.md)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.course_files import CourseDataError, files_from_zip
from courses.exporter import course_export, course_export_zip
from courses.loader import course_import
from courses.models import CoursePage


def may_move_courses(user) -> bool:
    return user.is_active and user.is_superuser


def course_export_download(request, page_id: int):
    if not may_move_courses(request.user):
        raise PermissionDenied
    course = get_object_or_404(CoursePage.objects.live(), pk=page_id)
    try:
        files = course_export(course=course)
    except CourseDataError as error:
        messages.error(request, f"“{course.title}” cannot be exported yet. {error}")
        return redirect("wagtailadmin_explore", course.get_parent().pk)
    response = HttpResponse(course_export_zip(files), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{course.slug}.zip"'
    return response


class CourseImportForm(forms.Form):
    course = forms.FileField(
        label="The course's zip file",
        help_text="A zip made by “Export this course” (or manage.py export_course --zip) on any Colearn.",
        error_messages={"required": "Choose the course's zip file to import."},
    )


class CourseImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "courses/admin/course_import.html"
    form_class = CourseImportForm
    page_title = "Import a course"
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not may_move_courses(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [{"url": reverse("wagtailadmin_home"), "label": "Home"}, {"url": "", "label": self.page_title}]

    def form_valid(self, form):
        try:
            report = course_import(files=files_from_zip(form.cleaned_data["course"]), user=self.request.user)
        except CourseDataError as error:
            form.add_error("course", "Nothing was changed. Put these right in the course's files and try again:")
            return self.render_to_response(self.get_context_data(form=form, problems=error.problems))
        return self.render_to_response(self.get_context_data(form=self.form_class(), report=report))
