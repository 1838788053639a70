"""The yardstick: the smallest Django site that renders a template, with no database and no middleware, served by
gunicorn exactly as the real site is. Every page in the side-by-side table is compared with it."""

from pathlib import Path

DEBUG = False
SECRET_KEY = "bare-bench-only"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "tests.perf.bare.urls"
WSGI_APPLICATION = "tests.perf.bare.wsgi.application"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_TZ = True
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [Path(__file__).resolve().parent / "templates"],
    }
]
