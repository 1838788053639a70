from functools import wraps

from django.shortcuts import render


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
