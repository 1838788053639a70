"""The cohort's shared reflections and the responses to them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from cohorts.permissions import facilitates
from cohorts.selectors import cohort_for_member
from colearn.http import add_service_errors, post_only
from colearn.ratelimit import rate_limited
from learning import compose
from learning.check_in_selectors import open_check_in_count
from learning.forms import HideForm, ResponseForm
from learning.models import Response
from learning.permissions import can_edit_response, can_moderate, can_respond
from learning.selectors import entry_for, response_for, shared_entries_for_cohort
from learning.services.responses import (
    response_create,
    response_delete,
    response_hide,
    response_show_again,
    response_update,
)
from learning.views.common import response_audience_sentence

ENTRIES_PER_PAGE = 20


@login_required
def cohort_feed(request, slug: str):
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    page = Paginator(shared_entries_for_cohort(cohort, request.user), ENTRIES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        "cohort": cohort,
        "membership": membership,
        "page_obj": page,
        "response_form": ResponseForm(),
        "open_check_ins": open_check_in_count(cohort, request.user) if facilitates(request.user, membership) else None,
    }
    return render(request, "learning/feed.html", context)


def _entry_page(entry) -> str:
    return reverse("journal_entry", args=[entry.pk])


@post_only
@rate_limited("response")
def response_new(request, entry_id: int):
    if not request.user.is_authenticated:
        return compose.signed_out(request, back_url=reverse("journal_entry", args=[entry_id]))
    try:
        entry = entry_for(request.user, entry_id)
    except Http404:
        return compose.gone(request)
    if not can_respond(request.user, entry):
        return compose.gone(request)
    form = ResponseForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data

        def write():
            return response_create(entry=entry, author=request.user, text=data["text"], submission=data["submission"])

        if answer := compose.submit(request, form, write=write, done=lambda _: _saved(request, entry, "posted")):
            return answer
    audience = response_audience_sentence(entry, viewer=request.user)
    context = {"form": form, "entry": entry, "response_audience": audience}
    return render(request, "learning/journal/response_form.html", context, status=400)


def _saved(request, entry, what: str):
    messages.success(request, f"Your response is {what}.")
    return redirect(f"{_entry_page(entry)}#responses")


def _own_response(request, response_id: int) -> Response:
    response = response_for(request.user, response_id)
    if not can_edit_response(request.user, response):
        raise Http404("No such response")
    return response


@rate_limited("response")
def response_edit(request, response_id: int):
    if not request.user.is_authenticated:
        return compose.signed_out(request)
    response = _own_response(request, response_id)
    form = ResponseForm(request.POST or None, initial={"text": response.text}, once=False)
    if request.method == "POST" and form.is_valid():

        def write():
            return response_update(response=response, by=request.user, text=form.cleaned_data["text"])

        def done(_):
            return _saved(request, response.entry, "updated")

        if answer := compose.submit(request, form, write=write, done=done, back_url=_entry_page(response.entry)):
            return answer
    context = {"form": form, "entry": response.entry, "response": response}
    context["response_audience"] = response_audience_sentence(response.entry, viewer=request.user)
    return render(request, "learning/journal/response_form.html", context)


@login_required
def response_delete_view(request, response_id: int):
    response = _own_response(request, response_id)
    if request.method == "POST":
        response_delete(response=response, by=request.user)
        messages.success(request, "Your response is deleted.")
        return redirect(f"{_entry_page(response.entry)}#responses")
    return render(request, "learning/journal/response_delete.html", {"response": response})


@post_only
@login_required
def response_show_again_view(request, response_id: int):
    response = response_for(request.user, response_id, related=("entry__cohort",))
    if not can_moderate(request.user, response):
        raise Http404("No such response")
    response_show_again(response=response, by=request.user)
    messages.success(request, "The response is shown again to everyone who can read the entry.")
    return redirect(f"{_entry_page(response.entry)}#responses")


@login_required
def response_hide_view(request, response_id: int):
    response = response_for(request.user, response_id, related=("entry__cohort",))
    if not can_moderate(request.user, response):
        raise Http404("No such response")
    form = HideForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            response_hide(response=response, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, "The response is hidden. Its author can see that, and your reason.")
            return redirect(f"{_entry_page(response.entry)}#responses")
    return render(request, "learning/journal/hide.html", {"form": form, "response": response})
