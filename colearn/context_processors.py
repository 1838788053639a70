from django.conf import settings


def site(request):
    # The CSRF cookie's name (it differs in production), so scripts can read a token renewed in another tab.
    return {"site_name": settings.WAGTAIL_SITE_NAME, "csrf_cookie_name": settings.CSRF_COOKIE_NAME}
