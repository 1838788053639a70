"""The one way what people write is sent: a new entry, an answer to a lesson's prompt, an edit, a response.

form → (ask who can read it, when that changes) → service → redirect. Whatever goes wrong, the words come back:

- signed out while writing: the text back, 401 (`signed_out`);
- the security token expired or was missing: the text back, 403 (`colearn.views.csrf_failure`, the same include);
- another tab saved first: the form again with both texts (`conflict` in the context);
- the server refused (a database error, a bug): the text back, 503, the error logged, nothing saved.

A rescue gives back only the person's own words, title and text, in a fresh form that saves a private entry:
never the audience, group, lesson or confirmation of the post it came from (`colearn.fields.rescued_text`).
"""

import logging

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from colearn.fields import rescued_text
from colearn.http import add_service_errors
from learning.models import JournalDraft, Visibility
from learning.selectors import entry_for
from learning.views.common import audience_sentence

logger = logging.getLogger(__name__)

RESCUE_TEMPLATE = "learning/journal/rescue.html"
ENTRY_TEMPLATE = "learning/journal/form.html"


def rescue(request, *, reason: str, status: int, back_url: str = "") -> HttpResponse:
    """The page that gives someone's words back when they could not be saved. `reason`: signed_out or refused."""
    context = {"reason": reason, "rescued": rescued_text(request.POST), "back_url": back_url}
    return render(request, RESCUE_TEMPLATE, context, status=status)


def signed_out(request, *, back_url: str = "") -> HttpResponse:
    """A link followed while signed out goes to sign in and back; a form sent while signed out gets its text back."""
    if request.method != "POST":
        return redirect_to_login(request.get_full_path())
    return rescue(request, reason="signed_out", status=401, back_url=back_url)


def gone(request) -> HttpResponse:
    """What the words were for has gone while they were being written (a lesson taken down, a prompt removed, an
    entry no longer shared with them): the words come back, 404. The same page for a missing and a refused id."""
    if request.method != "POST" or rescued_text(request.POST) is None:
        raise Http404("No such page")
    return rescue(request, reason="gone", status=404)


def offered_draft(request, key: str) -> JournalDraft | None:
    """Writing left unsaved last time (a closed tab, a lost connection), offered back in the box."""
    return JournalDraft.objects.filter(author=request.user, key=key).first() if request.method == "GET" else None


def submit(request, form, *, write, done, back_url: str = "") -> HttpResponse | None:
    """Run the service. A refusal it explains goes next to the field (None: show the form again, `form.refused_code`
    says which kind); anything unexpected is logged and the text comes back (503). The service's transaction means
    nothing of a failed save is kept."""
    try:
        saved = write()
    except ValidationError as error:
        form.refused_code = getattr(error, "code", None)
        add_service_errors(form, error)
        return None
    except (PermissionDenied, Http404):
        raise
    except Exception:
        logger.exception(
            "Could not save a %s form (request %s)", type(form).__name__, getattr(request, "request_id", "-")
        )
        return rescue(request, reason="refused", status=503, back_url=back_url)
    return done(saved)


def asks_to_share(form, *, now=(Visibility.PRIVATE, None)) -> bool:
    """Widening who can read an entry, or changing the group, needs a yes on the page that names the readers."""
    data = form.cleaned_data
    chosen = (data["visibility"], data["cohort"])
    return data["visibility"] != Visibility.PRIVATE and chosen != now and not data.get("confirmed")


def entry_form(request, form, *, write, done, context: dict, now=(Visibility.PRIVATE, None)) -> HttpResponse:
    """A journal entry's form, new or edited: show it, ask before sharing, save, or show it again with the text."""
    if request.method == "POST" and form.is_valid():
        if asks_to_share(form, now=now):
            data = form.cleaned_data
            audience = audience_sentence(data["cohort"], visibility=data["visibility"], author=request.user)
            return render(request, "learning/journal/confirm_share.html", {"form": form, "audience": audience})
        back_url = reverse("journal_edit", args=[context["entry"].pk]) if context.get("entry") else ""
        if (answer := submit(request, form, write=write, done=done, back_url=back_url)) is not None:
            return answer
        if getattr(form, "refused_code", None) == "conflict":
            context["conflict"] = entry_for(request.user, context["entry"].pk)
    return render(request, ENTRY_TEMPLATE, context)
