"""The test suite: fast hashing, in-memory cache and email, a named test database so --reuse-db works."""

from pathlib import Path

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
ACCOUNT_RATE_LIMITS = False
COLEARN_RATE_LIMITS = {}  # tests/colearn/test_rate_limits.py turns them on
# Off for the rest of the suite, which checks pages as they are rendered; tests/colearn/test_page_cache.py turns
# it on.
COLEARN_PAGE_CACHE_SECONDS = 0
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so --reuse-db can keep the migrated database between runs (~10 s saved each time).
    database_file = Path(DATABASES["default"]["NAME"])
    DATABASES["default"]["TEST"] = {"NAME": str(database_file.with_name(f".test-{database_file.name}"))}
COLEARN_ALLOW_DEMO_DATA = True
# Tasks run as they are queued, so email lands in mail.outbox at once; tests/colearn/test_worker.py runs the real
# database queue and its worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Tested on its own (tests/colearn/test_two_factor.py); elsewhere tests go straight to the page.
COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = False
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
# Serve static files straight from the apps: the suite never runs collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
