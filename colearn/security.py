"""The security log: who did what, when, from where, under which request id. Never what anyone wrote.

Operators route the `colearn.security` logger wherever they keep audit trails (settings.LOGGING). Every event is
one line of `key=value` pairs, so it can be searched without a parser.
"""

import logging
import secrets

logger = logging.getLogger("colearn.security")

REQUEST_ID_HEADER = "X-Request-ID"


def new_request_id() -> str:
    return secrets.token_hex(8)


def client_ip(request) -> str:
    # Only the address the connection came from: a forwarded header is the client's to invent.
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def log_event(event: str, *, request=None, user=None, **details) -> None:
    """Record one security event. `details` are short identifiers (ids, names of things), never people's words."""
    if user is None and request is not None and getattr(request, "user", None) is not None:
        user = request.user if request.user.is_authenticated else None
    fields = {
        "event": event,
        "user": getattr(user, "pk", None) or "-",
        "ip": client_ip(request) or "-",
        "request": getattr(request, "request_id", None) or "-",
        **details,
    }
    logger.info(" ".join(f"{key}={_plain(value)}" for key, value in fields.items()))


def _plain(value) -> str:
    # One token per value, so a crafted value cannot forge another field or a new line.
    return str(value).replace("\n", " ").replace("\r", " ").replace(" ", "_")[:200]


class RequestIdMiddleware:
    """Gives every request an id, sent back as a header and shown on the error page, so a person can quote it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = new_request_id()
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request.request_id
        return response
