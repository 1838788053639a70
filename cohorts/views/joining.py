"""Applying to a cohort, joining by invite, and a person's own applications."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from cohorts.forms import ApplicationForm, InviteJoinForm
from cohorts.models import Application, ApplicationStatus, Cohort, JoinMode
from cohorts.permissions import active_membership
from cohorts.selectors import facilitating_roles, missing_from_pair, my_applications, own_profile, places_taken
from cohorts.services import application_submit, application_withdraw, membership_join_by_invite
from colearn.http import add_service_errors, post_only
from colearn.ratelimit import rate_limited


@login_required
@rate_limited("application")
def apply(request, slug: str):
    cohort = get_object_or_404(Cohort.objects.select_related("course"), slug=slug, join_mode=JoinMode.APPLY)
    if active_membership(request.user, cohort) is not None:
        messages.info(request, f"You are already in {cohort.name}, so there is nothing to apply for.")
        return redirect("cohorts:space", slug=cohort.slug)
    profile = own_profile(request.user)
    form = ApplicationForm(request.POST or None, profile_support=profile.how_to_support if profile else "")
    if request.method == "POST" and form.is_valid():
        try:
            application = application_submit(cohort=cohort, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if application.status == ApplicationStatus.WAITLISTED:
                messages.success(
                    request,
                    f"Thank you. {cohort.name} is full, so you are on its waiting list. The facilitators will be in "
                    "touch if a place comes up.",
                )
            else:
                messages.success(request, f"Thank you. Your application to {cohort.name} has been sent.")
            return redirect("cohorts:applications")
    # A group without its staff and peer facilitator pair takes no applications until it has both.
    waiting_for_pair = bool(missing_from_pair(join_mode=cohort.join_mode, roles=facilitating_roles(cohort)))
    context = {"cohort": cohort, "form": form, "waiting_for_pair": waiting_for_pair}
    context["open"] = cohort.accepting_applications() and not waiting_for_pair
    context["places_left"] = max(cohort.capacity - places_taken(cohort), 0)
    return render(request, "cohorts/apply.html", context)


@login_required
def applications(request):
    return render(request, "cohorts/applications.html", {"applications": my_applications(request.user)})


@post_only
@login_required
def withdraw(request, application_id: int):
    application = get_object_or_404(Application, pk=application_id, user=request.user)
    try:
        application_withdraw(application=application, user=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"You have withdrawn your application to {application.cohort.name}.")
    return redirect("cohorts:applications")


@login_required
def join(request, slug: str, code: str):
    cohort = get_object_or_404(Cohort.objects.select_related("course"), slug=slug, join_mode=JoinMode.INVITE)
    if code != cohort.invite_code:
        raise Http404("No such invitation")
    form = InviteJoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership_join_by_invite(
                cohort=cohort, user=request.user, code=code, perspective=form.cleaned_data["perspective"]
            )
        except PermissionDenied as error:
            raise Http404("No such invitation") from error
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Welcome to {cohort.name}.")
            return redirect("cohorts:space", slug=cohort.slug)
    return render(request, "cohorts/join.html", {"cohort": cohort, "form": form})
