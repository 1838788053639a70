"""Builds a benchmark's site in the server's own environment (`python -m tests.perf.site_setup`, production settings
from the environment) and prints what the benchmark needs as one JSON line: the session cookie's name, signed-in
sessions, the pages to measure and each page's warm query count.

Run in a subprocess, not in pytest, so the data, sessions and query counts come from exactly the settings gunicorn
serves with (its SECRET_KEY, session engine and cache)."""

import argparse
import json
import time
from importlib import import_module

import django

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from cohorts.models import Cohort  # noqa: E402
from colearn.models import User  # noqa: E402
from courses.models import CoursePage, LessonPage, ModulePage  # noqa: E402
from learning.management.commands.seed_demo import DEMO_COHORT_SLUG  # noqa: E402
from learning.models import Visibility  # noqa: E402
from learning.services.journal import entry_create  # noqa: E402
from learning.services.progress import lesson_complete  # noqa: E402

LEARNER, FACILITATOR = "sam@colearn.localhost", "priya@colearn.localhost"
THOUGHTS = [
    "I noticed that asking one open question at the start of the group changed how much people spoke.",
    "A quiet week. I read the lesson twice and tried the breathing space on the bus.",
    "Talked to Lin about what she would like from the centre. She wants somewhere to sit that is not the office.",
    "Small win: I waited for an answer instead of filling the silence, and it came.",
    "The visit to the library reminded me that **being known by name** matters more than the building.",
    "Try next week:\n- ask before suggesting\n- leave the rules board for later\n- notice who is not here",
]


def build(scale_args: list[str]) -> dict:
    timings = {}
    started = time.perf_counter()
    # The cache table first: the page cache is cleared when Wagtail's own migrations create the Site.
    call_command("createcachetable", verbosity=0)
    call_command("migrate", "--no-input", verbosity=0)
    call_command("collectstatic", "--no-input", verbosity=0)
    call_command("load_course", verbosity=0)
    # Demo people have known passwords, so production settings refuse them; this throwaway database allows them.
    # The demo facilitator accepts the group's members before an authenticator app exists (it is set up below).
    with override_settings(COLEARN_ALLOW_DEMO_DATA=True, COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF=False):
        call_command("seed_demo", verbosity=0)
    timings["site_seconds"] = round(time.perf_counter() - started, 1)
    _give_the_learner_a_record(User.objects.get(email=LEARNER))
    if scale_args:
        started = time.perf_counter()
        with override_settings(COLEARN_ALLOW_DEMO_DATA=True):
            call_command("seed_scale", *scale_args, verbosity=0)
        timings["seed_scale_seconds"] = round(time.perf_counter() - started, 1)
    # Facilitator pages ask for two-factor: the bench facilitator sets up an authenticator app, as a real one would.
    TOTP.activate(User.objects.get(email=FACILITATOR), generate_totp_secret())
    return timings


def _give_the_learner_a_record(learner: User) -> None:
    """Progress, prompt answers and a journal of a few months, written through the services as the pages write."""
    cohort = Cohort.objects.get(slug=DEMO_COHORT_SLUG)
    lessons = list(LessonPage.objects.live().specific().order_by("path"))
    for lesson in lessons[:8]:
        lesson_complete(user=learner, lesson=lesson)
        for prompt in lesson.reflection_prompts():
            entry_create(author=learner, lesson=lesson, prompt_id=prompt.id, text=THOUGHTS[lesson.pk % len(THOUGHTS)])
    for n in range(60):
        shared = n % 4 == 0
        entry_create(
            author=learner,
            kind=["reflection", "small_win", "action"][n % 3],
            title=f"Week {n // 5 + 1}, note {n % 5 + 1}",
            text=THOUGHTS[n % len(THOUGHTS)],
            visibility=Visibility.COHORT if shared else Visibility.PRIVATE,
            cohort=cohort if shared else None,
        )


def signed_in(user: User) -> str:
    """A real session in the configured session store, as the sign-in form would leave it."""
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def load_people(count: int) -> list[str]:
    """`count` learners with verified addresses (bulk, one password hash) and a session each, for the load test."""
    password = make_password("a-long-load-password")
    users = User.objects.bulk_create(
        [User(email=f"load{n}@example.org", display_name=f"Load {n}", password=password) for n in range(count)]
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users]
    )
    return [signed_in(user) for user in users]


def pages() -> list[dict]:
    course = CoursePage.objects.live().order_by("path").first()
    module = ModulePage.objects.live().descendant_of(course).order_by("path").first()
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    space = f"/cohorts/{DEMO_COHORT_SLUG}/"
    return [
        {"name": "course (anonymous)", "path": course.url, "who": None, "group": "anonymous"},
        {"name": "module (anonymous)", "path": module.url, "who": None, "group": "anonymous"},
        {"name": "lesson (anonymous)", "path": lesson.url, "who": None, "group": "anonymous"},
        {"name": "lesson (anonymous, cache miss)", "path": lesson.url, "who": None, "group": "miss", "miss": True},
        {"name": "lesson (signed in)", "path": lesson.url, "who": "learner", "group": "lesson"},
        {"name": "dashboard", "path": "/dashboard/", "who": "learner", "group": "other"},
        {"name": "journal list", "path": "/journal/", "who": "learner", "group": "other"},
        {"name": "cohort space", "path": space, "who": "learner", "group": "other"},
        {"name": "facilitator space", "path": f"{space}facilitate/", "who": "facilitator", "group": "other"},
        {"name": "shared feed", "path": f"{space}reflections/", "who": "learner", "group": "other"},
    ]


def warm_queries(page: dict, keys: dict) -> int:
    """Queries of the second of two requests, through the test client in this process (the first warms caches)."""
    client = Client()
    if page["who"]:
        client.cookies[settings.SESSION_COOKIE_NAME] = keys[page["who"]]
    path = page["path"]
    client.get(path)
    if page.get("miss"):
        path = f"{path}?bench-miss={time.monotonic_ns()}"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{page['name']} ({path}) answered {response.status_code}, not 200")
    return len(queries)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="", help="arguments for manage.py seed_scale; empty: do not run it")
    parser.add_argument("--load-people", type=int, default=0)
    options = parser.parse_args()
    timings = build(options.scale.split() if options.scale else [])
    keys = {
        "learner": signed_in(User.objects.get(email=LEARNER)),
        "facilitator": signed_in(User.objects.get(email=FACILITATOR)),
    }
    measured = pages()
    for page in measured:
        page["queries"] = warm_queries(page, keys)
    print(
        json.dumps(
            {
                "cookie": settings.SESSION_COOKIE_NAME,
                "keys": keys,
                "pages": measured,
                "timings": timings,
                "cache": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
                "database": connection.vendor,
                "lessons": [{"id": page.pk, "path": page.url} for page in LessonPage.objects.live().order_by("path")],
                "load_keys": load_people(options.load_people) if options.load_people else [],
            }
        )
    )


if __name__ == "__main__":
    main()
