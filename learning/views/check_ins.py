"""Check-ins that close the loop: the person's own list and thread, and a group's check-ins for its facilitators."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse

from cohorts.models import Membership
from cohorts.selectors import cohort_for_facilitator
from colearn.http import post_only, safe_next
from colearn.ratelimit import rate_limited
from learning import compose
from learning.check_in_selectors import group_check_in, group_check_ins, own_check_in, own_check_ins
from learning.forms import CheckInNoteForm, CheckInStateForm
from learning.services.check_ins import check_in_acknowledge, check_in_mark_done, check_in_note_add

CHECK_INS_PER_PAGE = 20


@login_required
def check_ins(request):
    page = Paginator(own_check_ins(request.user), CHECK_INS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "learning/check_ins/list.html", {"page_obj": page})


def _thread(request, check_in, *, template: str, context: dict, back_url: str):
    """Show a check-in's thread with a note form; a note sent is added, then back to the thread (post/redirect/get)."""
    form = CheckInNoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():

        def write():
            data = form.cleaned_data
            return check_in_note_add(
                check_in=check_in, author=request.user, text=data["text"], submission=data["submission"]
            )

        def done(_):
            messages.success(request, context["sent_message"])
            return redirect(f"{back_url}#notes")

        if answer := compose.submit(request, form, write=write, done=done, back_url=back_url):
            return answer
    status = 400 if form.errors else 200
    return render(request, template, {**context, "check_in": check_in, "form": form}, status=status)


@rate_limited("check_in_note")
def check_in_detail(request, check_in_id: int):
    if not request.user.is_authenticated:
        return compose.signed_out(request, back_url=request.path)
    check_in = own_check_in(request.user, check_in_id)
    in_group = Membership.objects.active().filter(user=request.user, cohort_id=check_in.cohort_id).exists()
    context = {"in_group": in_group, "sent_message": "Your note is sent. Only your facilitators can read it."}
    return _thread(request, check_in, template="learning/check_ins/detail.html", context=context, back_url=request.path)


@login_required
def cohort_check_ins(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    page = Paginator(group_check_ins(cohort, request.user), CHECK_INS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "learning/check_ins/group.html", {"cohort": cohort, "page_obj": page})


@rate_limited("check_in_note")
def cohort_check_in(request, slug: str, check_in_id: int):
    if not request.user.is_authenticated:
        return compose.signed_out(request, back_url=request.path)
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    check_in = group_check_in(cohort, request.user, check_in_id)
    sent = f"Your reply is sent. {check_in.user.public_name} has been told there is a note for them."
    context = {"cohort": cohort, "sent_message": sent}
    template = "learning/check_ins/facilitate.html"
    return _thread(request, check_in, template=template, context=context, back_url=request.path)


@post_only
@login_required
def cohort_check_in_state(request, slug: str, check_in_id: int):
    """ "I've seen this" or "Mark as done", from the group's list or one check-in's page."""
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    check_in = group_check_in(cohort, request.user, check_in_id)
    back_url = safe_next(request, reverse("cohort_check_in", args=[cohort.slug, check_in.pk]))
    form = CheckInStateForm(request.POST)
    if not form.is_valid():
        problem = form.errors["state"][0]
        return render(request, "learning/progress_unclear.html", {"problem": problem, "back_url": back_url}, status=400)
    name = check_in.user.public_name
    if form.cleaned_data["state"] == "seen":
        check_in_acknowledge(check_in=check_in, by=request.user)
        messages.success(request, f"Thank you. {name} can see that you have seen their check-in.")
    else:
        check_in_mark_done(check_in=check_in, by=request.user)
        messages.success(request, f"Marked as done. {name} has been told, and can add a note if they need to.")
    return redirect(back_url)
