from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import redirect, render

from colearn.forms import PreferencesForm, ProfileForm
from colearn.models import User
from colearn.services import user_update_preferences, user_update_profile


def health(request):
    """For load balancers and uptime checks: answers only when the database does."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def csrf_failure(request, reason=""):
    """A form was sent with an expired or missing security token, usually after a long pause or after signing in
    again in another tab. Nothing is saved, but whatever the person wrote comes back in a fresh form: no lost text."""
    posted = request.POST if request.method == "POST" and request.POST.get("text") else None
    return render(request, "403_csrf.html", {"posted": posted}, status=403)


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
def preferences(request):
    form = PreferencesForm(request.POST or None, instance=_editable_copy(request.user))
    if request.method == "POST" and form.is_valid():
        user_update_preferences(user=request.user, **form.cleaned_data)
        messages.success(request, "Your preferences are saved.")
        return redirect("preferences")
    return render(request, "colearn/preferences.html", {"form": form})
