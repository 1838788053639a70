from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, InterfaceError, connection
from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader

from colearn.fields import TYPED_FIELDS, rescued_text
from colearn.forms import OnePageProfileForm, PreferencesForm, ProfileForm
from colearn.http import wants_json
from colearn.models import OnePageProfile, User
from colearn.services import one_page_profile_update, user_update_preferences, user_update_profile


def health(request):
    """For load balancers and uptime checks: 200 when the database answers, 503 (never a traceback) when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (DatabaseError, InterfaceError):  # unreachable, refused, locked, or a connection gone stale
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def _typed_back(request) -> list[dict]:
    if request.method != "POST":
        return []
    try:
        posted = request.POST
    except Exception:  # an unreadable body: nothing to give back, and the error page must not fail
        return []
    return [
        {"name": name, "label": label, "value": posted.get(name, "")}
        for name, label in TYPED_FIELDS.items()
        if str(posted.get(name, "")).strip()
    ]


def server_error(request):
    """handler500. Says sorry, gives the request id to quote, and gives back what the person typed, to copy.
    It must work when the database is down: no queries, no context processors (a plain context), no session."""
    request_id = getattr(request, "request_id", "")
    if wants_json(request):
        message = "Something went wrong on our side, so this was not saved. Your text is kept on this page."
        return JsonResponse({"message": message, "request_id": request_id}, status=500)
    context = {"request_id": request_id, "typed": _typed_back(request)}
    response = HttpResponseServerError(loader.get_template("500.html").render(context))
    response["Cache-Control"] = "no-store, private"  # it may hold what someone wrote
    return response


def csrf_failure(request, reason=""):
    """A form was sent with an expired or missing security token, usually after a long pause or after signing in
    again in another tab. Nothing is saved, but whatever the person wrote comes back in a fresh form: no lost text."""
    if wants_json(request):  # autosave and session.js read JSON; their text stays on the page and the device
        message = "This page has been open a long time, so it could not be saved. Your text is kept on this page."
        return JsonResponse({"message": message, "reason": "security-token"}, status=403)
    # Only the person's own title and text, never the audience, group or confirmation of the refused post: a forged
    # post from another site must not become a one-click share (colearn.fields.rescued_text).
    rescued = rescued_text(request.POST) if request.method == "POST" else None
    return render(request, "403_csrf.html", {"rescued": rescued}, status=403)


def session_keepalive(request):
    """The "Stay signed in" button (POST: like every request it counts as activity, see SessionIdleMiddleware),
    or how long is left (GET, not counted). JSON only. `seconds_left` is null for a "Keep me signed in" session."""
    if request.method not in ("GET", "POST"):
        return JsonResponse({"message": "Use GET or POST."}, status=405, headers={"Allow": "GET, POST"})
    if not request.user.is_authenticated:
        message = "You have been signed out. Anything you typed is still on the page: sign in again to carry on."
        return JsonResponse({"signed_in": False, "seconds_left": 0, "message": message}, status=401)
    return JsonResponse({"signed_in": True, "seconds_left": getattr(request, "session_seconds_left", None)})


def _editable_copy(user):
    """A ModelForm writes what was typed onto its instance even when the form is refused; a copy keeps the page
    (its header, display preferences) showing what is actually saved."""
    return User.objects.get(pk=user.pk)


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=_editable_copy(request.user))
    if request.method == "POST" and form.is_valid():
        user_update_profile(user=request.user, **form.cleaned_data)
        messages.success(request, "Your profile is saved.")
        return redirect("profile")
    return render(request, "colearn/profile.html", {"form": form})


@login_required
def one_page_profile(request):
    # The owner's own profile, to edit: no one else's is ever read here (others' go through
    # cohorts.selectors.profile_visible_to).
    saved = OnePageProfile.objects.filter(user=request.user).first()
    form = OnePageProfileForm(request.POST or None, instance=saved or OnePageProfile(user=request.user))
    if request.method == "POST" and form.is_valid():
        one_page_profile_update(user=request.user, **form.cleaned_data)
        messages.success(request, "Your one-page profile is saved. Nobody sees it unless you share it with a group.")
        return redirect("one_page_profile")
    return render(request, "colearn/one_page_profile.html", {"form": form})


@login_required
def preferences(request):
    form = PreferencesForm(request.POST or None, instance=_editable_copy(request.user))
    if request.method == "POST" and form.is_valid():
        user_update_preferences(user=request.user, **form.cleaned_data)
        messages.success(request, "Your preferences are saved.")
        return redirect("preferences")
    return render(request, "colearn/preferences.html", {"form": form})
