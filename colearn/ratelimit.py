"""Per-person limits on writes that notify someone or cost something: journal entries, responses, check-ins,
exports, autosave, applications and announcements.

The limits are declared once, in settings.COLEARN_RATE_LIMITS ({action: "amount/period/user", …}, allauth's rate
syntax). allauth's rate-limit helpers do the counting on the shared Django cache, so several app servers agree.
An action with no limit (or COLEARN_RATE_LIMITS = {}, as in the test settings) is never counted.

Over the limit the person gets HTTP 429 with a plain message saying when to try again, and everything they typed
back on the page (or, for scripts asking for JSON, a JSON body with the message). Nothing is written.
"""

import math
import time
from functools import wraps

from allauth.core.internal import ratelimit as allauth_ratelimit
from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render

from colearn.fields import TYPED_FIELDS
from colearn.http import wants_json
from colearn.security import log_event

APP = "colearn"

# Sending again carries only the person's words (in boxes), the kind of entry and the one-time submission token
# (so it still saves once): never an audience, group, confirmation or id, so who reads it is asked afresh.
CARRIED_HIDDEN = {"submission", "kind"}


def _rates(action: str):
    return allauth_ratelimit.get_rates(app=APP, action=action, config=settings.COLEARN_RATE_LIMITS)


def seconds_until_allowed(request, action: str) -> int:
    """How long until the next try would be counted, from the times kept for this person."""
    now = time.time()
    waits = []
    for rate in _rates(action):
        key = allauth_ratelimit.get_cache_key(request, app=APP, action=action, rate=rate, user=request.user)
        recent = [stamp for stamp in cache.get(key, []) if stamp > now - rate.duration]
        if len(recent) >= rate.amount:
            waits.append(sorted(recent, reverse=True)[rate.amount - 1] + rate.duration - now)
    return max(1, math.ceil(max(waits, default=1)))


def in_words(seconds: int) -> str:
    if seconds < 60:
        return "in less than a minute"
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return "in a minute" if minutes == 1 else f"in {minutes} minutes"
    hours = math.ceil(minutes / 60)
    return "in an hour" if hours == 1 else f"in {hours} hours" if hours < 24 else "tomorrow"


def rate_limited(action: str, *, when=None, json: bool = False):
    """Count this view against `action`'s limit for the signed-in person. By default only POSTs count; `when`
    (a function of the request) says which requests count instead, e.g. downloads made by GET. `json`: the
    view only ever answers a script, so the refusal is JSON whatever the request asked for."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            counts = when(request) if when is not None else request.method == "POST"
            if counts and request.user.is_authenticated and _rates(action):
                usage = allauth_ratelimit.consume(
                    request,
                    app=APP,
                    action=action,
                    config=settings.COLEARN_RATE_LIMITS,
                    user=request.user,
                    limit_get=True,
                )
                if usage is None:
                    return too_many(request, action, json=json)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate


def too_many(request, action: str, *, json: bool = False):
    seconds = seconds_until_allowed(request, action)
    log_event("rate_limited", request=request, action=action, retry_after=seconds)
    message = (
        "You have done this a lot in a short time, so we have paused it for a moment to keep everyone safe. "
        f"Please try again {in_words(seconds)}."
    )
    if json or wants_json(request):
        response = JsonResponse({"message": message, "retry_after": seconds}, status=429)
    else:
        kept = [
            (name, value, TYPED_FIELDS.get(name))
            for name, values in request.POST.lists()
            if name in TYPED_FIELDS or name in CARRIED_HIDDEN
            for value in values[:1]
        ]
        response = render(
            request,
            "colearn/rate_limited.html",
            {"message": message, "kept": kept, "has_text": any(label for _, _, label in kept)},
            status=429,
        )
    response["Retry-After"] = str(seconds)
    return response
