from django.urls import path

from cohorts.views import facilitate, joining, member

app_name = "cohorts"

urlpatterns = [
    path("applications/", joining.applications, name="applications"),
    path("applications/<id:application_id>/withdraw/", joining.withdraw, name="withdraw"),
    path("calendar/", member.calendar_settings, name="calendar"),
    path("calendar/<str:token>.ics", member.calendar_feed, name="calendar_feed"),
    path("<slug:slug>/apply/", joining.apply, name="apply"),
    path("<slug:slug>/join/<str:code>/", joining.join, name="join"),
    path("<slug:slug>/", member.space, name="space"),
    path("<slug:slug>/visibility/", member.visibility, name="visibility"),
    path("<slug:slug>/leave/", member.leave, name="leave"),
    path("<slug:slug>/sessions/<id:session_id>.ics", member.session_ics, name="session_ics"),
    path("<slug:slug>/facilitate/", facilitate.dashboard, name="facilitate"),
    path("<slug:slug>/facilitate/applications/<id:application_id>/", facilitate.application, name="decide"),
    path("<slug:slug>/facilitate/sessions/new/", facilitate.session_form, name="session_new"),
    path("<slug:slug>/facilitate/sessions/<id:session_id>/", facilitate.session_form, name="session_edit"),
    path(
        "<slug:slug>/facilitate/sessions/<id:session_id>/cancel/",
        facilitate.session_cancel_view,
        name="session_cancel",
    ),
    path("<slug:slug>/facilitate/sessions/<id:session_id>/register/", facilitate.register, name="register"),
    path("<slug:slug>/facilitate/modules/", facilitate.modules, name="modules"),
    path("<slug:slug>/facilitate/announcements/new/", facilitate.announce, name="announce"),
]
