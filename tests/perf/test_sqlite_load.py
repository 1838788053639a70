"""Many people writing at once on the default SQLite set-up.

Starts the real site under gunicorn (several processes, several threads each) on a free loopback port with its own
SQLite file, signs in 50 people through sessions in the database, and lets each of them write journal entries and
autosave drafts for a bounded time. Reports the figures; fails on errors ("database is locked", any 5xx), never on
time. Run with `make bench` (or `pytest -m bench -s tests/perf`).
"""

import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.bench

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 50
DURATION_SECONDS = float(os.environ.get("LOAD_SECONDS", "20"))
WORKERS, THREADS = 4, 4
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

# Run inside the server's environment: people made through the service, signed in by a session row each.
MAKE_PEOPLE = """
import json, django
django.setup()
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from colearn.services import user_create
keys = []
for n in range({count}):
    user = user_create(email=f"writer{{n}}@example.org", password="a-long-load-password",
                       display_name=f"Writer {{n}}", email_verified=True)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    keys.append(session.session_key)
print(json.dumps({{"cookie": settings.SESSION_COOKIE_NAME, "keys": keys}}))
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The suite's settings, but every server error is logged with its traceback, so "database is locked" can be counted.
LOAD_SETTINGS = """
from colearn.settings.test import *  # noqa: F403
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}
"""


def _environment(folder: Path) -> dict:
    (folder / "load_settings.py").write_text(LOAD_SETTINGS)
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(
        DJANGO_SETTINGS_MODULE="load_settings",
        DATABASE_URL=f"sqlite:///{folder / 'load.sqlite3'}",
        PYTHONPATH=os.pathsep.join([str(ROOT), str(folder)]),
    )
    return env


@pytest.fixture
def site(tmp_path):
    """(base url, session cookie name, session keys, server log path) of a gunicorn-served site of its own."""
    env = _environment(tmp_path)
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "--no-input", "-v0"], cwd=ROOT, env=env, check=True, timeout=300)
    made = subprocess.run(
        [python, "-c", MAKE_PEOPLE.format(count=WRITERS)],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
        text=True,
    )
    people = json.loads(made.stdout.strip().splitlines()[-1])
    port = _free_port()
    log_path = tmp_path / "server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [
                str(Path(python).with_name("gunicorn")),
                "colearn.wsgi",
                f"--bind=127.0.0.1:{port}",
                f"--workers={WORKERS}",
                f"--threads={THREADS}",
                "--timeout=60",
                "--graceful-timeout=5",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{base}/healthz/", timeout=10).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"The site did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.3)
        yield base, people["cookie"], people["keys"], log_path
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.timings: list[float] = []
        self.statuses: Counter = Counter()
        self.failures: Counter = Counter()

    def record(self, what: str, seconds: float, status: int, expected: int):
        with self.lock:
            self.timings.append(seconds)
            self.statuses[status] += 1
            if status != expected:
                self.failures[f"{what} {status}"] += 1


def _writer(number: int, base: str, cookie: str, key: str, stop_at: float, tally: Tally):
    http = requests.Session()
    http.cookies.set(cookie, key, domain="127.0.0.1")

    def call(what, expected, method, path, **kwargs):
        started = time.perf_counter()
        try:
            response = http.request(method, base + path, timeout=30, allow_redirects=False, **kwargs)
        except requests.RequestException as error:
            tally.record(what, time.perf_counter() - started, 0, expected)
            with tally.lock:
                tally.failures[f"{what} {type(error).__name__}"] += 1
            return None
        tally.record(what, time.perf_counter() - started, response.status_code, expected)
        return response

    round_ = 0
    while time.monotonic() < stop_at:
        round_ += 1
        form = call("form", 200, "GET", "/journal/new/")
        if form is None or not TOKEN.search(form.text):
            continue
        token = TOKEN.search(form.text).group(1)
        draft_key = f"load-{number}-{round_}"
        version = 0
        for typed in range(3):
            saved = call(
                "autosave",
                200,
                "POST",
                "/journal/drafts/",
                data={"key": draft_key, "version": version, "title": "Tuesday", "text": "Typing " * (typed + 1)},
                headers={"X-CSRFToken": token},
            )
            if saved is not None and saved.status_code == 200:
                version = saved.json()["version"]
        call(
            "entry",
            302,
            "POST",
            "/journal/new/",
            data={
                "csrfmiddlewaretoken": token,
                "kind": "reflection",
                "title": f"Round {round_}",
                "text": "What went well today, and what I would try next time.",
                "visibility": "private",
                "draft_key": draft_key,
            },
        )


def test_fifty_people_writing_at_once_on_sqlite(site):
    base, cookie, keys, log_path = site
    tally = Tally()
    stop_at = time.monotonic() + DURATION_SECONDS
    threads = [
        threading.Thread(target=_writer, args=(n, base, cookie, key, stop_at, tally), daemon=True)
        for n, key in enumerate(keys)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=DURATION_SECONDS + 120)
    elapsed = time.monotonic() - started
    time.sleep(0.5)  # let the server finish writing its log
    log = log_path.read_text(errors="replace")
    # One line per failed request: the last line of each traceback (the sqlite3 line above it is the same error).
    locked = sum(
        1 for line in log.splitlines() if line.startswith("django.db.utils.OperationalError: database is locked")
    )
    server_errors = sum(count for status, count in tally.statuses.items() if status >= 500)
    timings = sorted(tally.timings)
    p50 = statistics.median(timings) * 1000 if timings else 0
    p95 = timings[int(len(timings) * 0.95) - 1] * 1000 if timings else 0
    print(
        f"\nSQLite load: {WRITERS} writers for {elapsed:.1f} s against gunicorn {WORKERS}x{THREADS}: "
        f"{len(timings)} requests ({len(timings) / elapsed:.0f}/s), statuses {dict(sorted(tally.statuses.items()))}, "
        f"unexpected {dict(tally.failures)}, 'database is locked' {locked}, p50 {p50:.0f} ms, p95 {p95:.0f} ms"
    )
    assert not any(thread.is_alive() for thread in threads), "some writers never finished"
    assert timings, "no request was made"
    assert locked == 0, f"'database is locked' {locked} times"
    assert server_errors == 0, f"{server_errors} server errors"
    assert not tally.failures, f"unexpected answers: {dict(tally.failures)}"
