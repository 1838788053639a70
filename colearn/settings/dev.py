"""Local development: `make run`. Plain HTTP on 127.0.0.1, console email, demo people allowed."""

from .base import *  # noqa: F403
from .base import ENV_REQUIRE_TWO_FACTOR_FOR_STAFF, ENV_SECRET_KEY, MIDDLEWARE

DEBUG = True
SECRET_KEY = ENV_SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
COLEARN_ALLOW_DEMO_DATA = True
# Off unless asked for: the demo people have no authenticator app. REQUIRE_TWO_FACTOR_FOR_STAFF=true turns it on.
COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = ENV_REQUIRE_TWO_FACTOR_FOR_STAFF is True
# The site's own "Page not found", not DEBUG's list of every address.
MIDDLEWARE = [*MIDDLEWARE, "colearn.middleware.SiteNotFoundMiddleware"]
# A changed template shows at once (PAGE_CACHE_SECONDS does not apply here).
COLEARN_PAGE_CACHE_SECONDS = 0
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
