"""Settings shared by every environment: complete and safe for production on their own.

Every environment variable the project reads is declared once, here, at the top, with its type and
default. dev.py, test.py and production.py only override.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def _env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def _env_bool(name: str, default: bool | None) -> bool | None:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from error


def _env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


# --- Environment: the one place each variable is read ------------------------------------------
ENV_SECRET_KEY = _env_str("SECRET_KEY")  # required in production
ENV_ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS", [])  # required in production
ENV_CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS", [])
ENV_DATABASE_URL = _env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
ENV_REDIS_URL = _env_str("REDIS_URL")  # empty: database cache
ENV_EMAIL_HOST = _env_str("EMAIL_HOST")  # empty: emails are printed to the console
ENV_EMAIL_PORT = _env_int("EMAIL_PORT", 587)
ENV_EMAIL_HOST_USER = _env_str("EMAIL_HOST_USER")
ENV_EMAIL_HOST_PASSWORD = _env_str("EMAIL_HOST_PASSWORD")
ENV_EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS", True)
ENV_DEFAULT_FROM_EMAIL = _env_str("DEFAULT_FROM_EMAIL", "Colearn <hello@colearn.localhost>")
# Where `make run` serves the site (its HOST and PORT): the default site address follows it.
ENV_HOST = _env_str("HOST", "127.0.0.1")
ENV_PORT = _env_int("PORT", 8000)
ENV_SITE_URL = _env_str("SITE_URL", f"http://{ENV_HOST}:{ENV_PORT}")  # used in emails, calendars and the CMS
ENV_TIME_ZONE = _env_str("TIME_ZONE", "Europe/London")
ENV_MEDIA_ROOT = _env_str("MEDIA_ROOT", str(BASE_DIR / "media"))
ENV_STATIC_ROOT = _env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles"))
ENV_SECURE_SSL_REDIRECT = _env_bool("SECURE_SSL_REDIRECT", True)
ENV_SECURE_HSTS_SECONDS = _env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
ENV_SECURE_HSTS_PRELOAD = _env_bool("SECURE_HSTS_PRELOAD", True)
ENV_LOG_LEVEL = _env_str("LOG_LEVEL", "INFO")
# None when not set: production requires two-factor unless told not to, `make run` only when told to (dev.py).
ENV_REQUIRE_TWO_FACTOR_FOR_STAFF = _env_bool("REQUIRE_TWO_FACTOR_FOR_STAFF", None)
ENV_SESSION_IDLE_MINUTES = _env_int("SESSION_IDLE_MINUTES", 30)  # without "Keep me signed in"
ENV_KEEP_DRAFTS_DAYS = _env_int("KEEP_DRAFTS_DAYS", 90)  # abandoned autosaved drafts (manage.py purge_expired)
ENV_KEEP_SESSIONS_DAYS = _env_int("KEEP_SESSIONS_DAYS", 14)  # the longest a sign-in lasts
ENV_PAGE_CACHE_SECONDS = _env_int("PAGE_CACHE_SECONDS", 600)  # anonymous pages (colearn.page_cache); 0: off

# --- Core --------------------------------------------------------------------------------------
SECRET_KEY = ENV_SECRET_KEY
DEBUG = False
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = ENV_CSRF_TRUSTED_ORIGINS

INSTALLED_APPS = [
    "colearn",
    "courses",
    "community",
    "cohorts",
    "learning",
    "reports",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "colearn.security.RequestIdMiddleware",
    "colearn.page_cache.UpdatePageMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "colearn.page_cache.FetchSignedOutPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "colearn.middleware.NullCharacterMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "colearn.middleware.PrivateResponseMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "colearn.middleware.SessionIdleMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "colearn.middleware.ContentSecurityPolicyMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "colearn.middleware.RequireTwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: it needs the person, their messages and the idle sign-out settled, and a stored page skips the rest.
    "colearn.page_cache.FetchPageMiddleware",
]

ROOT_URLCONF = "colearn.urls"
WSGI_APPLICATION = "colearn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "colearn.context_processors.site",
            ],
        },
    },
]

DATABASES = {"default": dj_database_url.parse(ENV_DATABASE_URL, conn_max_age=60, conn_health_checks=True)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several requests (and the autosave) write at once. WAL lets people read while someone writes; a write
    # transaction takes the write lock when it begins (IMMEDIATE), so it waits its turn (busy_timeout, in ms)
    # instead of failing half-way with "database is locked". Measured in tests/perf/test_sqlite_load.py: with
    # 50 writers on a busy 2-core machine some waits passed 5 s, so the wait is 20 s (gunicorn's own limit is 30 s).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=20000; PRAGMA synchronous=NORMAL",
            "transaction_mode": "IMMEDIATE",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if ENV_REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": ENV_REDIS_URL,
        }
    }
    # Read from Redis, written through to the database: a signed-in request no longer queries the session table,
    # and a session Redis has dropped is still in the database. Only with Redis: on the database cache it would be
    # the same query on another table. Sessions are ended through the engine (colearn.services.user_erase_sessions,
    # allauth's "sign out of other devices"), which removes both copies.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "colearn_cache",
            # Rate-limit counters share this table with stored pages; the default (300 rows) would cull counters.
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        }
    }

AUTH_USER_MODEL = "colearn.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "/"

# --- Accounts (django-allauth) -----------------------------------------------------------------
# People a facilitator added without an email address sign in with the username on their card; everyone else signs
# up and in by email, and is never asked for a username (colearn.account_adapter leaves theirs empty).
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Colearn: "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_FORMS = {
    "login": "colearn.account_forms.ColearnLoginForm",
    "signup": "colearn.account_forms.ColearnSignupForm",
    "add_email": "colearn.account_forms.ColearnAddEmailForm",
    "change_password": "colearn.account_forms.ColearnChangePasswordForm",
    "set_password": "colearn.account_forms.ColearnSetPasswordForm",
    "reset_password": "colearn.account_forms.ColearnResetPasswordForm",
    "reset_password_from_key": "colearn.account_forms.ColearnResetPasswordKeyForm",
    "reauthenticate": "colearn.account_forms.ColearnReauthenticateForm",
    "confirm_login_code": "colearn.account_forms.ColearnConfirmLoginCodeForm",
}
MFA_FORMS = {
    "authenticate": "colearn.account_forms.ColearnAuthenticateForm",
    "reauthenticate": "colearn.account_forms.ColearnMFAReauthenticateForm",
    "activate_totp": "colearn.account_forms.ColearnActivateTOTPForm",
}
# A sign-in stopped by the rate limit answers 429 with when to try again (colearn.account_adapter).
ACCOUNT_ADAPTER = "colearn.account_adapter.ColearnAccountAdapter"
MFA_ADAPTER = "colearn.account_adapter.ColearnMFAAdapter"
# Confirm it is you (password, or two-factor code) before changing an email address; allauth.mfa already asks
# before two-factor changes, and colearn.one_way_in before a new password and learning's downloads.
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_SIGNUP_FORM_CLASS = "colearn.forms.SignupDetailsForm"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Colearn"
USERSESSIONS_TRACK_ACTIVITY = False

# --- Wagtail -----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Colearn"
WAGTAILADMIN_BASE_URL = ENV_SITE_URL
WAGTAILADMIN_LOGIN_URL = "account_login"
# One guarded way in (colearn.one_way_in): private pages send people to allauth's sign-in; the CMS offers no
# password, email or reset forms of its own, and no pages or documents behind a shared password.
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_I18N_ENABLED = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflows.publish_after_review"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are always sent by Wagtail's serving view (/documents/<id>/<name>), after the collection's privacy
# check; never a redirect to, or a link into, the storage. MEDIA_ROOT/documents must not be served publicly.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "odt",
    "rtf",
    "txt",
    "xlsx",
    "ods",
    "csv",
    "pptx",
    "odp",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["bold", "italic", "ol", "ul", "link", "document-link"]},
    }
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Internationalisation ----------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
# Our words for Django's and allauth's defaults: locale/en_GB/LC_MESSAGES/django.po.
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = ENV_TIME_ZONE
USE_I18N = True
USE_TZ = True

# --- Static and media --------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = ENV_STATIC_ROOT
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = ENV_MEDIA_ROOT
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Email -------------------------------------------------------------------------------------
if ENV_EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = ENV_EMAIL_HOST
    EMAIL_PORT = ENV_EMAIL_PORT
    EMAIL_HOST_USER = ENV_EMAIL_HOST_USER
    EMAIL_HOST_PASSWORD = ENV_EMAIL_HOST_PASSWORD
    EMAIL_USE_TLS = ENV_EMAIL_USE_TLS
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = ENV_DEFAULT_FROM_EMAIL
SERVER_EMAIL = ENV_DEFAULT_FROM_EMAIL

# --- Background worker -------------------------------------------------------------------------
# Email delivery, session reminders and the weekly digest (colearn.tasks, cohorts.tasks, learning.tasks), and
# Wagtail's search and reference index updates, are queued as rows in the database and run by a second process,
# `manage.py db_worker` (README "The background worker"). The database is the queue so no extra service is needed,
# a queued email commits or rolls back with the change it is about, and nothing is lost while the worker is stopped.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A sent email's copy in the queue is removed this long after it went (manage.py purge_expired).
COLEARN_KEEP_SENT_EMAILS_DAYS = 7

# --- Security ----------------------------------------------------------------------------------
SECURE_SSL_REDIRECT = ENV_SECURE_SSL_REDIRECT
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = ENV_SECURE_HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = ENV_SECURE_HSTS_PRELOAD
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_FAILURE_VIEW = "colearn.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override this for themselves

# The public site allows nothing inline but nonce'd scripts; colearn.middleware loosens this for the CMS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# --- Colearn -----------------------------------------------------------------------------------
# Demo people have known passwords: only dev.py turns this on.
COLEARN_ALLOW_DEMO_DATA = False
# How long the one-time code on a printed sign-in card works (people without an email address; colearn.services).
COLEARN_SIGN_IN_CODE_DAYS = 14
# Facilitators and admins must set up two-factor sign-in before facilitator pages or the CMS.
COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = ENV_REQUIRE_TWO_FACTOR_FOR_STAFF is not False
# Shared computers: a session without "Keep me signed in" ends after this long without activity; the page warns
# SESSION_IDLE_WARNING_SECONDS before and offers "Stay signed in" (WCAG 2.2.1). colearn.middleware enforces it.
SESSION_IDLE_SECONDS = ENV_SESSION_IDLE_MINUTES * 60
SESSION_IDLE_WARNING_SECONDS = 120
# Retention (README "Your data and retention"; colearn/privacy.py's kept_for says the same in words). `manage.py
# purge_expired`, run daily, removes autosaved drafts untouched for COLEARN_KEEP_DRAFTS_DAYS and expired sign-ins;
# a sign-in lasts at most COLEARN_KEEP_SESSIONS_DAYS.
COLEARN_KEEP_DRAFTS_DAYS: int = ENV_KEEP_DRAFTS_DAYS
COLEARN_KEEP_SESSIONS_DAYS: int = ENV_KEEP_SESSIONS_DAYS
SESSION_COOKIE_AGE = COLEARN_KEEP_SESSIONS_DAYS * 24 * 60 * 60
# Anonymous Wagtail pages are kept whole on the shared cache for this long, cleared whenever what they show changes
# (colearn.page_cache). Signed-in people always get their own live page.
COLEARN_PAGE_CACHE_SECONDS: int = ENV_PAGE_CACHE_SECONDS
# Per person, on writes that notify someone or cost something (colearn/ratelimit.py): allauth's rate syntax,
# "amount/period/user", several joined by commas. Counted on the shared cache. An empty dict switches them off.
COLEARN_RATE_LIMITS = {
    "journal_entry": "10/1m/user,200/1d/user",
    "response": "10/1m/user,200/1d/user",
    "check_in": "3/10m/user,10/1d/user",
    "check_in_note": "10/10m/user,60/1d/user",
    "export": "10/10m/user",
    "autosave": "60/1m/user",
    "application": "5/1h/user",
    "announcement": "5/10m/user,30/1d/user",
    "partner_invitation": "5/1h/user,20/1d/user",
    "group_question": "5/10m/user,30/1d/user",
    "group_answer": "20/10m/user,200/1d/user",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": ENV_LOG_LEVEL},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Wagtail logs every page action, and its background tasks every step, at INFO: too chatty for a console.
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # Sign-ins, refusals, exports, deletions, role changes: ids and addresses only, never what people wrote.
        "colearn.security": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
