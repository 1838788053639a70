from django.urls import path

from learning import views

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("learning/lessons/<int:lesson_id>/progress/", views.lesson_progress_update, name="lesson_progress_update"),
    path("learning/courses/<int:course_id>/follow/", views.course_follow_update, name="course_follow_update"),
    path("learning/courses/<int:course_id>/certificate/", views.certificate, name="certificate"),
    path("certificates/<str:code>/", views.certificate_verify, name="certificate_verify"),
    path("cohorts/<slug:slug>/facilitate/progress/", views.cohort_progress, name="cohort_progress"),
]
