import re

from allauth.mfa.models import Authenticator
from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render

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
    In an address it is a bad request; in what someone typed it is silently dropped, so their text still saves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any("\x00" in value for value in request.GET.values()):
            return render(request, "400.html", status=400)
        if request.method == "POST" and any("\x00" in value for value in request.POST.values()):
            cleaned = request.POST.copy()
            for key in cleaned:
                cleaned.setlist(key, [value.replace("\x00", "") for value in cleaned.getlist(key)])
            request.POST = cleaned
        return self.get_response(request)


class RequireTwoFactorMiddleware:
    """Facilitators see applications and access needs; admins see everything in the CMS. Both need two-factor
    sign-in before they reach those pages (settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF)."""

    PROTECTED = re.compile(r"^/(admin/|cohorts/[^/]+/facilitate/)")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF
            and request.user.is_authenticated
            and self.PROTECTED.match(request.path_info)
            and not Authenticator.objects.filter(user=request.user).exists()
        ):
            messages.info(
                request,
                "To run a group or use the CMS, please set up two-factor sign-in first. It keeps other people’s "
                "details safe. It takes two minutes with an authenticator app.",
            )
            return redirect("mfa_index")
        return self.get_response(request)
