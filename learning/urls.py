from django.urls import path

from learning.views import confidence, drafts, export, feed, journal, progress

urlpatterns = [
    path("dashboard/", progress.dashboard, name="dashboard"),
    path("learning/lessons/<id:lesson_id>/progress/", progress.lesson_progress_update, name="lesson_progress_update"),
    path("learning/courses/<id:course_id>/follow/", progress.course_follow_update, name="course_follow_update"),
    path("learning/courses/<id:course_id>/certificate/", progress.certificate, name="certificate"),
    path("certificates/<str:code>/", progress.certificate_verify, name="certificate_verify"),
    path("cohorts/<slug:slug>/facilitate/progress/", progress.cohort_progress, name="cohort_progress"),
    path("cohorts/<slug:slug>/reflections/", feed.cohort_feed, name="cohort_feed"),
    path("journal/", journal.journal, name="journal"),
    path("journal/new/", journal.entry_new, name="journal_new"),
    path("journal/check-in/", journal.check_in, name="journal_check_in"),
    path("journal/drafts/", drafts.autosave, name="journal_autosave"),
    path("journal/<id:entry_id>/", journal.entry_detail, name="journal_entry"),
    path("journal/<id:entry_id>/edit/", journal.entry_edit, name="journal_edit"),
    path("journal/<id:entry_id>/delete/", journal.entry_delete_view, name="journal_delete"),
    path("journal/<id:entry_id>/outcome/", journal.entry_outcome, name="journal_outcome"),
    path("journal/<id:entry_id>/responses/", feed.response_new, name="response_new"),
    path("journal/responses/<id:response_id>/edit/", feed.response_edit, name="response_edit"),
    path("journal/responses/<id:response_id>/delete/", feed.response_delete_view, name="response_delete"),
    path("journal/responses/<id:response_id>/hide/", feed.response_hide_view, name="response_hide"),
    path("journal/export/", export.export, name="journal_export"),
    path("journal/print/", export.print_view, name="journal_print"),
    path("journal/confidence/", confidence.confidence_index, name="confidence_index"),
    path("journal/confidence/<id:course_id>/", confidence.confidence, name="confidence"),
    path("cohorts/<slug:slug>/facilitate/confidence/", confidence.cohort_confidence_view, name="cohort_confidence"),
]
