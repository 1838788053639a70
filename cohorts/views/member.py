"""The cohort space for its members, calendar files and feeds."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from cohorts.calendar import calendar_file
from cohorts.forms import ProfileSharingForm, VisibilityForm
from cohorts.models import LiveSession, ProfileSharing
from cohorts.selectors import cohort_for_member, cohort_space, feed_sessions
from cohorts.services import (
    calendar_feed_get_or_create,
    calendar_feed_regenerate,
    membership_leave,
    membership_share_profile,
    membership_update_visibility,
)
from colearn.http import post_only


@login_required
def space(request, slug: str):
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    visibility = VisibilityForm(initial={"show_perspective": membership.show_perspective})
    sharing = ProfileSharingForm(cohort=cohort, initial={"sharing": membership.profile_sharing})
    context = {
        "space": cohort_space(cohort=cohort, membership=membership, viewer=request.user),
        "visibility": visibility,
        "profile_sharing": sharing,
    }
    return render(request, "cohorts/space.html", context)


@post_only
@login_required
def visibility(request, slug: str):
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    if "show_perspective" not in request.POST:  # the page always sends it (a hidden "false" under the box)
        messages.error(request, "We could not tell which you chose, so nothing changed. Please save your choice again.")
        return redirect("cohorts:space", slug=slug)
    form = VisibilityForm(request.POST)
    form.is_valid()  # a single optional checkbox: always valid
    membership_update_visibility(membership=membership, show_perspective=form.cleaned_data["show_perspective"])
    messages.success(
        request,
        "Saved. "
        + (
            "Other members can see how you come to the course."
            if form.cleaned_data["show_perspective"]
            else "Only your facilitators can see how you come to the course."
        ),
    )
    return redirect("cohorts:space", slug=slug)


PROFILE_SHARED = {
    ProfileSharing.NOBODY: "Saved. Nobody in {group} can see your one-page profile now.",
    ProfileSharing.FACILITATORS: "Saved. The facilitators of {group} can see your one-page profile.",
    ProfileSharing.GROUP: "Saved. Everyone in {group} can see your one-page profile.",
}


@post_only
@login_required
def profile_sharing(request, slug: str):
    """Chosen on the group's space and on the one-page profile page (`return_to=profile` goes back there)."""
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    to_profile = request.POST.get("return_to") == "profile"
    back = reverse("one_page_profile") if to_profile else reverse("cohorts:space", args=[slug])
    form = ProfileSharingForm(request.POST, cohort=cohort)
    if not form.is_valid():
        messages.error(request, form.errors["sharing"][0])
        return redirect(back)
    sharing = form.cleaned_data["sharing"]
    membership_share_profile(membership=membership, sharing=sharing)
    messages.success(request, PROFILE_SHARED[sharing].format(group=cohort.name))
    return redirect(back)


@login_required
def leave(request, slug: str):
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    if request.method == "POST":
        try:
            membership_leave(membership=membership)
        except ValidationError as error:  # the last of the pair who run a group taking applications
            messages.error(request, error.messages[0])
            return redirect("cohorts:space", slug=slug)
        messages.success(request, f"You have left {cohort.name}. Everything you wrote stays yours.")
        return redirect("dashboard")
    return render(request, "cohorts/leave.html", {"cohort": cohort})


@login_required
def session_ics(request, slug: str, session_id: int):
    cohort, _ = cohort_for_member(user=request.user, slug=slug)
    session = get_object_or_404(LiveSession.objects.select_related("cohort"), pk=session_id, cohort=cohort)
    response = HttpResponse(calendar_file([session], name=cohort.name), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="colearn-session-{session.pk}.ics"'
    return response


@login_required
def calendar_settings(request):
    if request.method == "POST":
        calendar_feed_regenerate(user=request.user)
        messages.success(request, "You have a new calendar address. The old one no longer works.")
        return redirect("cohorts:calendar")
    feed = calendar_feed_get_or_create(user=request.user)
    return render(request, "cohorts/calendar.html", {"feed": feed})


def calendar_feed(request, token: str):
    """A private, signed-out subscription: the secret token in the address is the key."""
    found = feed_sessions(token)
    if found is None:
        raise Http404("No such calendar")
    _, sessions = found
    response = HttpResponse(
        calendar_file(sessions, name="Colearn sessions"), content_type="text/calendar; charset=utf-8"
    )
    response["Cache-Control"] = "private, max-age=900"
    return response
