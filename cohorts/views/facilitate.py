"""The facilitator's space: applications, the mix, sessions and the register, module dates, announcements."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from cohorts.forms import AnnouncementForm, DecisionForm, ModuleReleaseForm, RegisterForm, SessionForm
from cohorts.models import Application, LiveSession
from cohorts.selectors import (
    cohort_for_facilitator,
    facilitation_for,
    facilitator_dashboard,
    module_openings,
    register_for,
)
from cohorts.services import (
    announcement_post,
    application_decide,
    attendance_record,
    cohort_invite_link_replace,
    module_release_set,
    session_cancel,
    session_schedule,
    session_update,
)
from colearn.http import add_service_errors
from colearn.ratelimit import rate_limited


@login_required
def dashboard(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    return render(request, "cohorts/facilitate/dashboard.html", {"board": facilitator_dashboard(cohort)})


@login_required
def application(request, slug: str, application_id: int):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    application = get_object_or_404(Application.objects.select_related("user"), pk=application_id, cohort=cohort)
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            application_decide(application=application, decided_by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(
                request,
                f"Decision saved. {application.user.public_name} is told by email unless they switched it off.",
            )
            return redirect("cohorts:facilitate", slug=slug)
    return render(
        request, "cohorts/facilitate/application.html", {"cohort": cohort, "application": application, "form": form}
    )


@login_required
def session_form(request, slug: str, session_id: int | None = None):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    session = get_object_or_404(LiveSession, pk=session_id, cohort=cohort) if session_id else None
    modules = [opening.module for opening in module_openings(cohort)]
    initial = {"sequence": session.sequence} if session else {}
    form = SessionForm(request.POST or None, instance=session, modules=modules, initial=initial)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in SessionForm.Meta.fields}
        try:
            if session is None:
                session_schedule(cohort=cohort, by=request.user, **fields)
            else:
                session_update(
                    session=session, by=request.user, expected_sequence=form.cleaned_data["sequence"], **fields
                )
        except ValidationError as error:
            if getattr(error, "code", None) == "conflict":
                # Keep what this facilitator typed; the next save, made knowingly, goes through.
                form.data = form.data.copy()
                form.data["sequence"] = str(LiveSession.objects.get(pk=session.pk).sequence)
            add_service_errors(form, error)
        else:
            messages.success(request, "Session saved. The group is emailed the details with a calendar file.")
            return redirect("cohorts:facilitate", slug=slug)
    return render(request, "cohorts/facilitate/session_form.html", {"cohort": cohort, "session": session, "form": form})


@login_required
def session_cancel_view(request, slug: str, session_id: int):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    session = get_object_or_404(LiveSession, pk=session_id, cohort=cohort)
    if request.method != "POST":
        return render(request, "cohorts/facilitate/session_cancel.html", {"cohort": cohort, "session": session})
    try:
        session_cancel(session=session, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"“{session.title}” is cancelled. The group is being told by email.")
    return redirect("cohorts:facilitate", slug=slug)


@login_required
def invite_link_replace(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    if request.method == "POST":
        cohort_invite_link_replace(cohort=cohort, by=request.user)
        messages.success(request, "Here is a new invite link. The old one no longer works.")
    return redirect(reverse("cohorts:facilitate", kwargs={"slug": slug}) + "#invite-heading")


@login_required
def register(request, slug: str, session_id: int):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    session = get_object_or_404(LiveSession, pk=session_id, cohort=cohort)
    # Who facilitated is asked once the session has started: until then nobody has.
    started = session.cancelled_at is None and session.starts_at <= timezone.now()
    form = RegisterForm(
        request.POST or None,
        rows=register_for(session, viewer=request.user),
        facilitation=facilitation_for(session) if started else (),
    )
    if request.method == "POST" and form.is_valid():
        try:
            attendance_record(session=session, by=request.user, statuses=form.statuses(), facilitation=form.minutes())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            saved = f"Attendance for “{session.title}” is saved."
            saved += " So is who facilitated it." if form.minutes() else ""
            messages.success(request, f"{saved} You can change it at any time.")
            return redirect("cohorts:facilitate", slug=slug)
    return render(request, "cohorts/facilitate/register.html", {"cohort": cohort, "session": session, "form": form})


@login_required
def modules(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    form = ModuleReleaseForm(request.POST or None, openings=module_openings(cohort))
    if request.method == "POST" and form.is_valid():
        try:
            module_release_set(cohort=cohort, by=request.user, opens_on=form.dates())
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Module dates saved.")
            return redirect("cohorts:facilitate", slug=slug)
    return render(request, "cohorts/facilitate/modules.html", {"cohort": cohort, "form": form})


@login_required
@rate_limited("announcement")
def announce(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    form = AnnouncementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            announcement_post(cohort=cohort, author=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Announcement posted. Members who get announcement emails have been sent it.")
            return redirect("cohorts:facilitate", slug=slug)
    return render(request, "cohorts/facilitate/announce.html", {"cohort": cohort, "form": form})
