import re
import time

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.crypto import salted_hmac

from colearn.fields import NUL
from colearn.http import wants_json
from colearn.security import has_required_two_factor, log_event

# Wagtail's editor uses inline scripts and styles (scheduling dialog, Draftail), and shows images from blob: URLs
# while uploading. The public site keeps the strict nonce policy from settings.
CMS_POLICY_REPLACEMENTS = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith("/admin/") and not report_only:
            parts.replace = {**(parts.replace or {}), **CMS_POLICY_REPLACEMENTS}
        return parts


class NullCharacterMiddleware:
    """PostgreSQL cannot store a NUL character, so one in an address or a form would end in a server error.
    In an address it is a bad request. In a post it is dropped here only as a guard for code that reads posts
    without a form (autosave, scripts): the rule for typed text lives in colearn.fields, and every form applies it
    itself through TypedTextField, with or without this middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or any(NUL in value for value in request.GET.values()):
            return render(request, "400.html", status=400)
        if request.method == "POST" and any(NUL in value for value in request.POST.values()):
            cleaned = request.POST.copy()
            for key in cleaned:
                cleaned.setlist(key, [value.replace(NUL, "") for value in cleaned.getlist(key)])
            request.POST = cleaned
        return self.get_response(request)


class RequireTwoFactorMiddleware:
    """Facilitators see applications and access needs; admins see everything in the CMS. Both need two-factor
    sign-in before they reach those pages (settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF). This only sends them,
    kindly, to set it up: the rule itself is colearn.security.has_required_two_factor, which can_facilitate and
    the journal's privacy rule also ask, so data stays out of reach on any other path too."""

    PROTECTED = re.compile(r"^/(admin/|cohorts/[^/]+/facilitate/)")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.user.is_authenticated
            and self.PROTECTED.match(request.path_info)
            and not has_required_two_factor(request.user)
        ):
            messages.info(
                request,
                "To run a group or use the CMS, please set up two-factor sign-in first. It keeps other people’s "
                "details safe. It takes two minutes with an authenticator app.",
            )
            return redirect("mfa_index")
        return self.get_response(request)


# --- Shared computers: nothing left behind (issue 8) -----------------------------------------------------------
# Day centres, libraries, a friend's phone: the next person on the same browser must find nothing of the last one.

LAST_SEEN_KEY = "colearn_last_seen"
DEVICE_KEY_SALT = "colearn.middleware.device_key"


def device_key(user) -> str:
    """An opaque value naming this person to their own browser (for the device copy of unsaved text), so a copy
    left by someone else can be told apart and removed. Not the email, not the id: an HMAC of the id."""
    return salted_hmac(DEVICE_KEY_SALT, str(user.pk)).hexdigest()[:24]


def session_is_remembered(session) -> bool:
    """Ticked "Keep me signed in": allauth gave the session a lifetime. Otherwise (expiry 0, or none set) it ends
    when the browser closes, and after SESSION_IDLE_SECONDS without activity."""
    return bool(session.get("_session_expiry"))


class PrivateResponseMiddleware:
    """Pages for a signed-in person (journal, drafts, exports, profile, dashboard, cohort pages, account pages) are
    never kept in the browser's or a proxy's cache: every response to a signed-in request, and every account page,
    is `Cache-Control: no-store, private` unless the view set Cache-Control itself for a reason (the calendar feed).
    Signing out also asks the browser to clear this site's cache and storage (the device copies of unsaved text)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        was_signed_in = request.user.is_authenticated
        response = self.get_response(request)
        personal = was_signed_in or request.user.is_authenticated or request.path_info.startswith("/accounts/")
        if personal and not response.has_header("Cache-Control"):
            patch_cache_control(response, no_store=True, private=True)
        if (
            was_signed_in
            and request.method == "POST"
            and not request.user.is_authenticated
            and request.path_info in (reverse("account_logout"), reverse("wagtailadmin_logout"))
            and response.status_code < 400
        ):
            response["Clear-Site-Data"] = '"cache", "storage"'
        return response


class SessionIdleMiddleware:
    """A session without "Keep me signed in" ends after settings.SESSION_IDLE_SECONDS without a request. The page
    warns SESSION_IDLE_WARNING_SECONDS before (static/js/session.js) and a POST to session_keepalive keeps it.

    Past the limit the person is signed out and the request goes on as a signed-out one, so a form of text sent
    after the limit gets the signed-out page that gives the text back, and autosave gets its 401, never a loss.
    Sets request.device_key, request.session_seconds_left and request.session_warning_seconds for base.html."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.device_key = ""
        request.session_seconds_left = None
        request.session_warning_seconds = settings.SESSION_IDLE_WARNING_SECONDS
        if request.user.is_authenticated:
            if session_is_remembered(request.session):
                request.device_key = device_key(request.user)
            else:
                self._check_idle(request)
        return self.get_response(request)

    def _check_idle(self, request) -> None:
        limit = settings.SESSION_IDLE_SECONDS
        now = int(time.time())
        last = request.session.get(LAST_SEEN_KEY)
        if isinstance(last, int) and now - last > limit:
            user = request.user
            logout(request)
            log_event("session_idle_ended", request=request, user=user, idle_seconds=now - last)
            if not wants_json(request):
                messages.info(
                    request,
                    "You were signed out because nothing happened for a while. This keeps your account private "
                    "on a shared computer. Sign in again to carry on.",
                )
            return
        # Asking how long is left (session.js, GET) is not activity; anything else is. Written at most every
        # limit/60 seconds, so a busy page does not save the session on every request.
        quiet = request.method == "GET" and request.path_info == reverse("session_keepalive")
        if not quiet and (not isinstance(last, int) or now - last >= max(1, limit // 60)):
            request.session[LAST_SEEN_KEY] = last = now
        request.device_key = device_key(request.user)
        request.session_seconds_left = max(0, limit - (now - (last if isinstance(last, int) else now)))


class SiteNotFoundMiddleware:
    """For `make run` only (settings/dev.py): with DEBUG on, Django answers a missing page with its own page listing
    every address of the site. This answers with the site's "Page not found", as people will see it; a server error
    still shows its traceback."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            from colearn.views import page_not_found

            return page_not_found(request, exception)
        return None
