from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("cohorts/<slug:slug>/facilitate/reports/", views.group_reports, name="group_reports"),
    path("cohorts/<slug:slug>/facilitate/reports/figures.csv", views.group_reports_csv, name="group_reports_csv"),
]
