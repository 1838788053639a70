"""The security log: who did what, when, from where, under which request id. Never what anyone wrote.

Operators route the `colearn.security` logger wherever they keep audit trails (settings.LOGGING). Every event is
one line of `key=value` pairs, so it can be searched without a parser.
"""

import logging
import secrets
from functools import wraps

from django.conf import settings

logger = logging.getLogger("colearn.security")

REQUEST_ID_HEADER = "X-Request-ID"


def new_request_id() -> str:
    return secrets.token_hex(8)


def client_ip(request) -> str:
    # Only the address the connection came from: a forwarded header is the client's to invent.
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def current_request():
    """The request being served, for events recorded deep in a service or a signal (allauth keeps it per request)."""
    from allauth.core import context

    return getattr(context, "request", None)


def log_event(event: str, *, request=None, user=None, **details) -> None:
    """Record one security event. `details` are short identifiers (ids, names of things), never people's words."""
    request = request if request is not None else current_request()
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


def has_required_two_factor(user) -> bool:
    """THE two-factor rule for facilitator-only data and the CMS: yes when two-factor is not required here
    (settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF) or the person has set up an authenticator app (or a security
    key). The middleware's redirect, cohorts.permissions.can_facilitate and the facilitator part of the journal's
    privacy rule all ask this, so no page or query can answer differently. One query per person per request."""
    if not settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF:
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_colearn_has_two_factor", None)
    if cached is None:
        from allauth.mfa.models import Authenticator

        cached = Authenticator.objects.filter(user_id=user.pk).exclude(type=Authenticator.Type.RECOVERY_CODES).exists()
        user._colearn_has_two_factor = cached
    return cached


def logs_download(event: str):
    """View decorator: record a successful download or print of someone's own data (what was asked, never what is
    in it)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and request.user.is_authenticated:
                # Only ids and the format's short name: what the address asked for, never free text from it.
                asked = {
                    key: value
                    for key in ("format", "course", "entry")
                    if (value := request.GET.get(key, "")) and len(value) <= 20 and value.isalnum()
                }
                log_event(event, request=request, **asked)
            return response

        return wrapper

    return decorator


# --- Receivers: connected once from colearn.apps -------------------------------------------------------------------


def _user_id_for(credentials: dict):
    from colearn.models import User

    login = credentials.get("email") or credentials.get("username") or credentials.get("login") or ""
    if not isinstance(login, str) or not login.strip():
        return None
    return User.objects.for_login(login).values_list("pk", flat=True).first()


def on_login_failed(sender, credentials=None, request=None, **kwargs):
    # Who was tried (their id, if the address belongs to someone), never the address or password typed.
    log_event("sign_in_failed", request=request, account=_user_id_for(credentials or {}) or "-")


def on_two_factor_failed(sender, request=None, user=None, authenticator=None, reauthentication=False, **kwargs):
    log_event(
        "two_factor_failed",
        request=request,
        user=user,
        authenticator=getattr(authenticator, "type", "-"),
        reauthentication=bool(reauthentication),
    )


def on_groups_changed(sender, instance=None, action="", pk_set=None, reverse=False, model=None, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:  # group.user_set.add(...): `instance` is the group, `pk_set` the people
        people, groups = sorted(pk_set or []), [instance.name]
    else:
        people = [instance.pk]
        groups = sorted(model.objects.filter(pk__in=pk_set).values_list("name", flat=True)) if pk_set else ["all"]
    for person in people:
        log_event("groups_changed", subject=person, change=action.removeprefix("post_"), groups=",".join(groups) or "-")


def on_entry_deleted(sender, instance=None, **kwargs):
    log_event("entry_deleted", model=sender.__name__, id=instance.pk, author=instance.author_id)


def connect_receivers() -> None:
    from allauth.mfa.signals import authentication_failed
    from django.contrib.auth import get_user_model
    from django.contrib.auth.signals import user_login_failed
    from django.db.models.signals import m2m_changed, post_delete

    user_login_failed.connect(on_login_failed, dispatch_uid="colearn.security.login_failed")
    authentication_failed.connect(on_two_factor_failed, dispatch_uid="colearn.security.two_factor_failed")
    m2m_changed.connect(
        on_groups_changed, sender=get_user_model().groups.through, dispatch_uid="colearn.security.groups"
    )
    # By name: colearn sits left of learning and does not import it.
    post_delete.connect(on_entry_deleted, sender="learning.JournalEntry", dispatch_uid="colearn.security.entry")


class RequestIdMiddleware:
    """Gives every request an id, sent back as a header and shown on the error page, so a person can quote it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = new_request_id()
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request.request_id
        return response
