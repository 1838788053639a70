"""Your data: what Colearn keeps about you and why, all of it to take away, and deleting your account.

The page is generated from the privacy registry (colearn.privacy), so it says what is really kept. Downloading
and deleting both ask for the password again first: an open session on a shared computer is not enough."""

from allauth.account.decorators import reauthentication_required
from django import forms
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from colearn.fields import TypedLineField
from colearn.privacy import holdings
from colearn.ratelimit import rate_limited
from colearn.security import log_event
from learning.services.account_deletion import account_delete
from learning.services.data_rights import person_export_zip

CONFIRMATION = "delete my account"


class DeleteAccountForm(forms.Form):
    confirm = TypedLineField(
        label=f"To confirm, type “{CONFIRMATION}”",
        help_text="This cannot be undone.",
        error_messages={"required": f"Type “{CONFIRMATION}” to delete your account."},
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}),
    )

    def clean_confirm(self):
        typed = self.cleaned_data["confirm"].strip(".").casefold()
        if typed != CONFIRMATION:
            raise forms.ValidationError(
                f"Type “{CONFIRMATION}” exactly as it is shown to delete your account. Nothing has been deleted."
            )
        return typed


@login_required
def your_data(request):
    return render(request, "learning/your_data/index.html", {"holdings": holdings()})


@never_cache
@require_safe
@login_required
@reauthentication_required  # an open session on a shared computer is not enough to take everything away
@rate_limited("export", when=lambda request: True)
def download(request):
    """Everything, as one zip streamed a file at a time as it is made, so a long journal never times out (measured
    in tests/perf/test_export_download.py)."""
    log_event("data_exported", request=request, format="zip")
    response = StreamingHttpResponse(person_export_zip(user=request.user), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="colearn-data-{timezone.localdate():%Y-%m-%d}.zip"'
    return response


@never_cache
@login_required
@reauthentication_required
def delete_account(request):
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        account_delete(user=request.user)
        logout(request)
        request.session["account_deleted"] = True  # a fresh, anonymous session: only the goodbye page reads it
        return redirect("account_deleted")
    status = 400 if form.errors else 200
    return render(request, "learning/your_data/delete.html", {"form": form, "holdings": holdings()}, status=status)


@never_cache
def account_deleted(request):
    if not request.session.pop("account_deleted", False):
        return redirect("your_data" if request.user.is_authenticated else "/")
    return render(request, "learning/your_data/deleted.html")
