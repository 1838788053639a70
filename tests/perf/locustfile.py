"""The people of the load test (tests/perf/test_load.py runs this headless): each reads lessons, marks them done,
autosaves a draft as the page's script does (static/js/autosave.js) and sends journal entries through the real form,
against one of the app servers in turn. Every entry the site acknowledged (302 to the new entry) is written to
LOAD_ACKNOWLEDGED when the run ends, so the test can look for each one in the database."""

import itertools
import json
import os
import random
import re
from pathlib import Path

from locust import HttpUser, between, events, task

SETUP = json.loads(Path(os.environ["LOAD_SETUP"]).read_text())
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CSRF_COOKIE = re.compile(r"(__Host-csrftoken|csrftoken)=([^;]+)")
ENTRY = re.compile(r"/journal/(\d+)/$")
ACKNOWLEDGED: list[dict] = []
_numbers = itertools.count()


def _why(response) -> str:
    # Status 0: no answer at all (the connection failed); say how.
    return f"{response.status_code}" if response.status_code else f"no answer: {response.error!r}"[:300]


class Learner(HttpUser):
    wait_time = between(1, 4)
    host = SETUP["servers"][0]

    def on_start(self):
        self.number = next(_numbers)
        self.base = SETUP["servers"][self.number % len(SETUP["servers"])]
        self.session = f"{SETUP['cookie']}={SETUP['keys'][self.number % len(SETUP['keys'])]}"
        self.csrf_cookie = ""
        self.token = ""
        self.version = 0
        self.written = 0
        self.lesson = random.choice(SETUP["lessons"])  # noqa: S311

    def _headers(self, **extra) -> dict:
        # The production cookies are `__Host-` and Secure; this is plain HTTP on loopback, so they are sent by hand.
        cookies = "; ".join(filter(None, [self.session, self.csrf_cookie]))
        return {"Cookie": cookies, **extra}

    def _get(self, path: str, name: str):
        with self.client.get(
            self.base + path, name=name, headers=self._headers(), allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(_why(response))
                return None
            found = CSRF_COOKIE.search(response.headers.get("Set-Cookie", ""))
            if found:
                self.csrf_cookie = f"{found.group(1)}={found.group(2)}"
            token = TOKEN.search(response.text)
            if token:
                self.token = token.group(1)
            return response

    @task(5)
    def read_lesson(self):
        self.lesson = random.choice(SETUP["lessons"])  # noqa: S311
        self._get(self.lesson["path"], "read lesson")

    @task(2)
    def mark_done(self):
        if not self.token and not self._get(self.lesson["path"], "read lesson"):
            return
        with self.client.post(
            f"{self.base}/learning/lessons/{self.lesson['id']}/progress/",
            name="mark done",
            data={"done": random.choice(["yes", "no"]), "csrfmiddlewaretoken": self.token},  # noqa: S311
            headers=self._headers(Accept="application/json"),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 200 or "progress" not in response.json():
                response.failure(_why(response))

    @task(3)
    def autosave(self):
        if not self.token and not self._get("/journal/new/", "entry form"):
            return
        with self.client.post(
            f"{self.base}/journal/drafts/",
            name="autosave",
            data={"key": "new", "title": "Tuesday", "text": "Typing, " * (self.version + 1), "version": self.version},
            headers=self._headers(Accept="application/json", **{"X-CSRFToken": self.token}),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 200:
                self.version = response.json()["version"]
            else:
                response.failure(_why(response))

    @task(1)
    def write_entry(self):
        if not self._get("/journal/new/", "entry form"):
            return
        self.written += 1
        title = f"Load {self.number}-{self.written}"
        with self.client.post(
            f"{self.base}/journal/new/",
            name="write entry",
            data={
                "csrfmiddlewaretoken": self.token,
                "kind": "reflection",
                "title": title,
                "text": "What went well today, and what I would try next time.",
                "visibility": "private",
                "draft_key": "new",
            },
            headers=self._headers(),
            allow_redirects=False,
            catch_response=True,
        ) as response:
            saved = ENTRY.search(response.headers.get("Location", ""))
            if response.status_code == 302 and saved:
                ACKNOWLEDGED.append({"id": int(saved.group(1)), "title": title})
                self.version = 0  # the entry took the draft with it
            else:
                response.failure(f"{_why(response)} {response.headers.get('Location', '')}")


@events.test_stop.add_listener
def _keep_the_acknowledged(**kwargs):
    Path(os.environ["LOAD_ACKNOWLEDGED"]).write_text(json.dumps(ACKNOWLEDGED))
