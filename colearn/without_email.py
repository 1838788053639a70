"""People without an email address: the first sign-in with the username and code on their card, and the notices
their dashboard shows in place of emails.

The code signs them in once (allauth's sign-in, so two-factor and the security log apply as everywhere) and takes
them to allauth's "choose a password" page: the password is only ever theirs, set on allauth's form. Trying codes
counts against the same limits as trying passwords (settings.ACCOUNT_RATE_LIMITS, "login" and "login_failed")."""

from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.utils import perform_login
from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.views.decorators.debug import sensitive_post_parameters

from colearn.account_adapter import seconds_to_wait, too_many_requests
from colearn.forms import FirstSignInForm
from colearn.http import parse_id, post_only, safe_next
from colearn.security import log_event
from colearn.services import SIGN_IN_CODE_NOT_VALID, notice_mark_read, sign_in_code_check, sign_in_code_redeem


def _refused_for_rate(request, key: str):
    if not ratelimit.consume(request, action="login"):
        log_event("sign_in_rate_limited", request=request, page="first_sign_in")
        return too_many_requests(request, seconds=seconds_to_wait(request, "login"))
    if not ratelimit.consume(request, action="login_failed", key=key, dry_run=True):
        log_event("sign_in_rate_limited", request=request, page="first_sign_in", limit="failed_attempts")
        return too_many_requests(request, seconds=seconds_to_wait(request, "login_failed", key))
    return None


@sensitive_post_parameters("code")
def first_sign_in(request):
    if request.user.is_authenticated:
        messages.info(request, "You are already signed in. To use a card for someone else, sign out first.")
        return redirect("dashboard")
    form = FirstSignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        key = form.cleaned_data["username"].lower()
        refused = _refused_for_rate(request, key)
        if refused is not None:
            return refused
        code = sign_in_code_check(username=form.cleaned_data["username"], code=form.cleaned_data["code"])
        try:
            user = sign_in_code_redeem(code=code)
        except ValidationError:
            ratelimit.consume(request, action="login_failed", key=key)
            log_event("sign_in_code_failed", request=request)
            form.add_error(None, SIGN_IN_CODE_NOT_VALID)
        else:
            ratelimit.clear(request, action="login_failed", key=key)
            messages.success(request, "Your card worked. Now choose a password that only you know.")
            return perform_login(
                request,
                user,
                email_verification=EmailVerificationMethod.NONE,
                redirect_url=f"{reverse('account_set_password')}?next={reverse('dashboard')}",
            )
    return render(request, "colearn/first_sign_in.html", {"form": form})


@login_required
@post_only
def notices_read(request):
    """The "Mark as read" buttons: one notice (`notice` is its id) or them all (`notice` is "all"). Someone else's id
    changes nothing."""
    raw = request.POST.get("notice", "")
    notice_id = parse_id(raw)
    if raw != "all" and notice_id is None:
        messages.error(request, "We could not tell which notice to mark as read. Nothing was changed.")
    elif notice_mark_read(user=request.user, notice_id=notice_id):
        messages.success(request, "Marked as read." if notice_id else "All your notices are marked as read.")
    return redirect(safe_next(request, reverse("dashboard")))


urlpatterns = [
    path("account/first-sign-in/", first_sign_in, name="first_sign_in"),
    path("account/notices/read/", notices_read, name="notices_read"),
]
