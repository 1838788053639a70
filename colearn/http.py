import re
from functools import wraps

from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme


def post_only(view):
    """Like Django's require_POST, but a person who lands here by a link gets a page that explains, not a blank 405."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method != "POST":
            response = render(request, "405.html", status=405)
            response["Allow"] = "POST"
            return response
        return view(request, *args, **kwargs)

    return wrapper


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def add_service_errors(form, error) -> None:
    """Show a service's ValidationError on the form: next to the field it names, or at the top."""
    if hasattr(error, "error_dict"):
        for field, field_messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, field_messages)
    else:
        form.add_error(None, error.messages)


def safe_next(request, fallback: str) -> str:
    """A same-site path to go back to, from the form's `next` field; anything else is ignored and `fallback` used.

    Only a plain path ("/journal/…") is kept: never another site, a scheme, a bare word (redirect() would try it
    as a URL name and fail) or control characters. It never raises, so a view can work it out before any write."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if is_safe_path(request, candidate):
        return candidate
    return fallback


_UNSAFE_IN_PATH = re.compile(r"[\x00-\x20\x7f\\]")


def is_safe_path(request, candidate: str) -> bool:
    return (
        0 < len(candidate) <= 2000
        and candidate.startswith("/")
        and not candidate.startswith("//")
        and not _UNSAFE_IN_PATH.search(candidate)
        and url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    )


_ID = re.compile(r"[0-9]{1,18}")


def parse_id(value) -> int | None:
    """An id typed into a form or address: ASCII digits only ("²".isdigit() is true, but int() refuses it),
    and short enough for any database's integer. Anything else is None, never an error page."""
    value = str(value or "")
    return int(value) if _ID.fullmatch(value) else None
