"""One live session, for its group: when and where, "I'm here" while it happens, the catch-up pack after it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from cohorts.forms import CatchUpForm
from cohorts.models import LiveSession
from cohorts.selectors import cohort_for_facilitator, cohort_for_member, session_page
from cohorts.services import session_catch_up_set, session_check_in
from colearn.http import add_service_errors, post_only


@login_required
def session(request, slug: str, session_id: int):
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    page = session_page(membership=membership, session_id=session_id)
    return render(request, "cohorts/session.html", {"cohort": cohort, "session": page.session, "page": page})


@post_only
@login_required
def check_in(request, slug: str, session_id: int):
    cohort, _ = cohort_for_member(user=request.user, slug=slug)
    live_session = get_object_or_404(LiveSession.objects.select_related("cohort"), pk=session_id, cohort=cohort)
    try:
        said, is_new = session_check_in(session=live_session, user=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        at = f"{timezone.localtime(said.said_at):%H:%M}"
        if is_new:
            messages.success(request, f"Thank you. Your facilitator can see you said you’re here, at {at}.")
        else:
            messages.info(request, f"You already said you’re here, at {at}, so nothing has changed.")
    return redirect("cohorts:session", slug=slug, session_id=session_id)


@login_required
def catch_up(request, slug: str, session_id: int):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    live_session = get_object_or_404(LiveSession.objects.select_related("cohort"), pk=session_id, cohort=cohort)
    initial = {name: getattr(live_session, name) for name in CatchUpForm.base_fields}
    form = CatchUpForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            session_catch_up_set(session=live_session, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "Catch-up pack saved. The group sees it on the session’s page once it has ended.")
            return redirect("cohorts:session", slug=slug, session_id=session_id)
    context = {"cohort": cohort, "session": live_session, "form": form}
    return render(request, "cohorts/facilitate/catch_up.html", context)
