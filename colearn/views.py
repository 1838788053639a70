from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render


def health(request):
    """For load balancers and uptime checks: answers only when the database does."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def csrf_failure(request, reason=""):
    """A form was sent with an expired or missing security token, usually after a long pause."""
    return render(request, "403_csrf.html", status=403)
