from django.urls import path

from cohorts.views import cofacilitation, facilitate, joining, member, questions, sessions, without_email

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
    path("<slug:slug>/profile-sharing/", member.profile_sharing, name="profile_sharing"),
    path("<slug:slug>/leave/", member.leave, name="leave"),
    path("<slug:slug>/sessions/<id:session_id>.ics", member.session_ics, name="session_ics"),
    path("<slug:slug>/sessions/<id:session_id>/", sessions.session, name="session"),
    path("<slug:slug>/sessions/<id:session_id>/here/", sessions.check_in, name="session_check_in"),
    path("<slug:slug>/facilitate/", facilitate.dashboard, name="facilitate"),
    path("<slug:slug>/facilitate/applications/<id:application_id>/", facilitate.application, name="decide"),
    path("<slug:slug>/facilitate/invite-link/", facilitate.invite_link_replace, name="invite_replace"),
    path("<slug:slug>/facilitate/sessions/new/", facilitate.session_form, name="session_new"),
    path("<slug:slug>/facilitate/sessions/<id:session_id>/", facilitate.session_form, name="session_edit"),
    path(
        "<slug:slug>/facilitate/sessions/<id:session_id>/cancel/",
        facilitate.session_cancel_view,
        name="session_cancel",
    ),
    path("<slug:slug>/facilitate/sessions/<id:session_id>/register/", facilitate.register, name="register"),
    path("<slug:slug>/facilitate/sessions/<id:session_id>/catch-up/", sessions.catch_up, name="session_catch_up"),
    path("<slug:slug>/facilitate/modules/", facilitate.modules, name="modules"),
    path("<slug:slug>/facilitate/announcements/new/", facilitate.announce, name="announce"),
    path("<slug:slug>/facilitate/notes/", cofacilitation.notes, name="notes"),
    path("<slug:slug>/facilitate/notes/<id:note_id>/", cofacilitation.note_edit, name="note_edit"),
    path("<slug:slug>/facilitate/notes/<id:note_id>/delete/", cofacilitation.note_delete, name="note_delete"),
    path("<slug:slug>/facilitate/hours/", cofacilitation.hours, name="hours"),
    path("<slug:slug>/facilitate/members/new/", without_email.member_add, name="member_add"),
    path("<slug:slug>/facilitate/members/card/", without_email.sign_in_card, name="sign_in_card"),
    path("<slug:slug>/facilitate/members/sign-in-cards/", without_email.sign_in_codes, name="sign_in_codes"),
    path("<slug:slug>/questions/", questions.questions, name="questions"),
    path("<slug:slug>/questions/<id:question_id>/answer/", questions.answer, name="question_answer"),
    path("<slug:slug>/questions/<id:question_id>/delete/", questions.delete, name="question_delete"),
    path("<slug:slug>/questions/<id:question_id>/hide/", questions.hide, name="question_hide"),
]
