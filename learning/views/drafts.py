"""Autosave: the text being typed is kept on the server every few seconds, with a version number."""

import logging
from functools import wraps

from django.core.exceptions import ValidationError
from django.db import OperationalError
from django.http import JsonResponse

from colearn.http import parse_id, post_only
from colearn.ratelimit import rate_limited
from learning.services.journal import DraftConflict, draft_save

logger = logging.getLogger(__name__)

KEPT = "Your text is kept on this page and on this device, and we will try again."
BROKEN = f"Something went wrong on our side, so this draft was not saved. {KEPT}"
BUSY = f"The site is busy just now, so this draft was not saved. {KEPT}"
RETRY_AFTER_SECONDS = 15


def answers_json_on_error(view):
    """The script reads every answer as JSON, so an unexpected failure is JSON too (never an HTML error page it
    cannot read): 503 with Retry-After when the database is busy or away, 500 for anything else. Logged with the
    request id only, never the text."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request_id = getattr(request, "request_id", "")
        try:
            return view(request, *args, **kwargs)
        except OperationalError:
            logger.exception("Autosave could not reach the database (request %s)", request_id)
            response = JsonResponse({"message": BUSY, "request_id": request_id}, status=503)
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
            return response
        except Exception:
            logger.exception("Autosave failed (request %s)", request_id)
            return JsonResponse({"message": BROKEN, "request_id": request_id}, status=500)

    return wrapper


@post_only
@answers_json_on_error
@rate_limited("autosave", json=True)
def autosave(request):
    """JSON only. Signed out: 401 (never a sign-in page the script cannot read). Stale version: 409 with both texts."""
    if not request.user.is_authenticated:
        return JsonResponse(
            {"message": "You have been signed out. Your text is safe on this page: sign in again to keep saving."},
            status=401,
        )
    version = request.POST.get("version", "0")
    try:
        draft = draft_save(
            author=request.user,
            key=request.POST.get("key", ""),
            title=request.POST.get("title", ""),
            text=request.POST.get("text", ""),
            version=parse_id(version) if parse_id(version) is not None else -1,
        )
    except DraftConflict as conflict:
        newer = conflict.draft
        return JsonResponse(
            {"message": str(conflict), "version": newer.version, "title": newer.title, "text": newer.text},
            status=409,
        )
    except ValidationError as error:
        return JsonResponse({"message": error.messages[0]}, status=400)
    return JsonResponse({"version": draft.version, "saved_at": draft.updated_at.isoformat()})
