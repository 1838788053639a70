"""Autosave: the text being typed is kept on the server every few seconds, with a version number."""

from django.core.exceptions import ValidationError
from django.http import JsonResponse

from colearn.http import parse_id, post_only
from learning.services.journal import DraftConflict, draft_save


@post_only
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
