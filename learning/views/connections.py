"""My connections: a person's own list of community places and people, each with its story and next small step,
and the choice to share one with a group's facilitators (through the journal)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse

from colearn.http import post_only
from colearn.ratelimit import rate_limited
from learning import compose
from learning.connection_selectors import connection_growth_chart, directory_place, own_connection, own_connections
from learning.forms import ConnectionForm, ConnectionShareForm, ConnectionStepForm
from learning.models import ConnectionStatus
from learning.services.connections import (
    connection_create,
    connection_delete,
    connection_share,
    connection_unshare,
    connection_update,
)
from learning.views.common import audience_sentence

CONNECTIONS_PER_PAGE = 20


def _detail_url(connection) -> str:
    return reverse("connection", args=[connection.pk])


@login_required
def connections(request):
    status = request.GET.get("status", "")
    status = status if status in ConnectionStatus.values else ""
    page = Paginator(own_connections(request.user, status=status), CONNECTIONS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        "page_obj": page,
        "status": status,
        "statuses": ConnectionStatus.choices,
        "query_prefix": f"status={status}&" if status else "",
        "chart": connection_growth_chart(request.user),
    }
    return render(request, "learning/connections/list.html", context)


def connection_new(request):
    """Add a connection, named freely or from the community directory (`?place=<id>`, which fills in its name)."""
    if not request.user.is_authenticated:  # a form sent after the session ended gets its words back
        return compose.signed_out(request, back_url=request.path)
    place = directory_place(request.GET.get("place"))
    initial = {"name": place.name} if place is not None else {}
    form = ConnectionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():

        def write():
            return connection_create(author=request.user, place=place, **form.cleaned_data)

        def done(connection):
            messages.success(request, f"{connection.name} is on your list. Only you can see it.")
            return redirect(_detail_url(connection))

        if (answer := compose.submit(request, form, write=write, done=done)) is not None:
            return answer
    status = 400 if form.errors else 200
    return render(request, "learning/connections/form.html", {"form": form, "place": place}, status=status)


def connection_detail(request, connection_id: int):
    """A connection's page: its story so far, and (posted here) where the person is with it now."""
    if not request.user.is_authenticated:  # a form sent after the session ended gets its words back
        return compose.signed_out(request, back_url=request.path)
    connection = own_connection(request.user, connection_id)
    initial = {"status": connection.status, "next_step": connection.next_step}
    form = ConnectionStepForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():

        def write():
            return connection_update(connection=connection, by=request.user, **form.cleaned_data)

        def done(saved):
            messages.success(request, "Saved. Every step counts, however small.")
            return redirect(_detail_url(saved))

        if (answer := compose.submit(request, form, write=write, done=done)) is not None:
            return answer
    shared = getattr(connection, "journal_entry", None)
    context = {"connection": connection, "form": form, "shared": shared}
    if shared is not None and shared.cohort is not None:
        context["audience"] = audience_sentence(shared)
    return render(request, "learning/connections/detail.html", context, status=400 if form.errors else 200)


def connection_edit(request, connection_id: int):
    if not request.user.is_authenticated:  # a form sent after the session ended gets its words back
        return compose.signed_out(request, back_url=request.path)
    connection = own_connection(request.user, connection_id)
    fields = ("name", "status", "went_with", "how_it_felt", "next_step")
    form = ConnectionForm(request.POST or None, initial={f: getattr(connection, f) for f in fields}, once=False)
    if request.method == "POST" and form.is_valid():

        def write():
            return connection_update(connection=connection, by=request.user, **form.cleaned_data)

        def done(saved):
            messages.success(request, "Your changes are saved.")
            return redirect(_detail_url(saved))

        if (answer := compose.submit(request, form, write=write, done=done)) is not None:
            return answer
    context = {"form": form, "connection": connection, "place": connection.place}
    return render(request, "learning/connections/form.html", context, status=400 if form.errors else 200)


@login_required
@rate_limited("journal_entry")
def connection_share_view(request, connection_id: int):
    """Share it, or just its next step, with one group's facilitators, naming who they are before anything goes."""
    connection = own_connection(request.user, connection_id)
    form = ConnectionShareForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():

        def write():
            data = form.cleaned_data
            return connection_share(connection=connection, by=request.user, cohort=data["cohort"], what=data["what"])

        def done(entry):
            messages.success(request, "Shared. " + audience_sentence(entry))
            return redirect(_detail_url(connection))

        if (answer := compose.submit(request, form, write=write, done=done)) is not None:
            return answer
    audiences = [(cohort, audience_sentence(cohort, visibility="facilitators")) for cohort in form.groups.values()]
    context = {"connection": connection, "form": form, "audiences": audiences}
    return render(request, "learning/connections/share.html", context, status=400 if form.errors else 200)


@post_only
@login_required
def connection_unshare_view(request, connection_id: int):
    connection = own_connection(request.user, connection_id)
    connection_unshare(connection=connection, by=request.user)
    messages.success(request, "It is private again: only you can read it. It stays in your journal.")
    return redirect(_detail_url(connection))


@login_required
def connection_delete_view(request, connection_id: int):
    connection = own_connection(request.user, connection_id)
    if request.method == "POST":
        connection_delete(connection=connection, by=request.user)
        messages.success(request, f"{connection.name} is deleted from your connections.")
        return redirect("connections")
    return render(request, "learning/connections/delete.html", {"connection": connection})
