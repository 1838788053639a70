"""The main pages side by side with a bare Django page, both under gunicorn the same way, driven by wrk.

Builds a database of its own (a temporary SQLite file; a new PostgreSQL database when DATABASE_URL names one),
migrates, loads the built-in course and the demo people, and gives Sam (a learner) a realistic record: lessons done,
prompt answers and a journal of 60 entries, some shared with the group. The site runs under
colearn.settings.production (DEBUG off, configured only through environment variables: plain HTTP on loopback, no
HTTPS redirect), 2 sync workers, next to tests/perf/bare (one small template, no database, no middleware) served by
gunicorn the same way. Signed-in pages use real sessions from the session store. The facilitator has set up an
authenticator app, so the facilitator pages are measured with two-factor required, as in production.

wrk drives the bare page and each page in turn, BENCH_ROUNDS times for BENCH_SECONDS each, so a busy spell on the
machine hits both. Reports figures and never fails on time; fails only when a page answers anything but 200.
`make bench` runs it; `make bench SCALE=1` runs it on PostgreSQL after `manage.py seed_scale` (README "Benchmarks").
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import requests

from tests.perf.harness import (
    Server,
    own_database,
    production_environment,
    redis_available,
    redis_empty,
    run_python,
)

pytestmark = pytest.mark.bench

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "4"))
SCALE = os.environ.get("BENCH_SCALE", "") not in {"", "0"}
SCALE_ARGS = os.environ.get("BENCH_SCALE_ARGS", "")  # empty: seed_scale's full defaults
BAKERYDEMO_URL = os.environ.get("BAKERYDEMO_URL", "")
REPORT = re.compile(r"WRK (.*)")

# Issue 10's targets, as ratios. bakerydemo cannot run here (no internet), so its blog page is converted through the
# issue's own measurement: the anonymous lesson served 0.97x the blog page and 1/27 of the bare page, so the blog
# page is about bare/26.2; 4x the blog is ~0.153x bare, 3x is ~0.115x bare.
BLOG_PER_BARE = 0.97 / 27
TARGETS = {
    "anonymous": (0.30, "≥ 0.30× bare", None),
    "lesson": (4 * BLOG_PER_BARE, "≥ 4× blog ≈ 0.153× bare", 10),
    "other": (3 * BLOG_PER_BARE, "≥ 3× blog ≈ 0.115× bare", 12),
}


def _wrk(url: str, cookie: str = "", miss: bool = False) -> dict:
    command = [
        "wrk",
        "-t1",
        f"-c{CONNECTIONS}",
        f"-d{SECONDS}s",
        "--timeout=30s",
        "-s",
        str(Path(__file__).with_name("wrk_report.lua")),
        url,
    ]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=SECONDS + 60,
        env={**os.environ, "BENCH_MISS": "1" if miss else "0"},
    )
    found = REPORT.search(done.stdout)
    assert found, f"wrk printed no report:\n{done.stdout}\n{done.stderr}"
    return {key: int(value) for key, value in (pair.split("=") for pair in found.group(1).split())}


class Row:
    def __init__(self, name: str, url: str, cookie: str = "", server: Server | None = None, **page):
        self.name, self.url, self.cookie, self.server, self.page = name, url, cookie, server, page
        self.requests = self.microseconds = self.cpu = 0
        self.p50: list[int] = []
        self.p95: list[int] = []
        self.errors: dict[str, int] = {}

    def measure(self) -> None:
        before = self.server.cpu_seconds() if self.server else 0
        report = _wrk(self.url, self.cookie, miss=self.page.get("miss", False))
        if self.server:
            self.cpu += self.server.cpu_seconds() - before
        self.requests += report["requests"]
        self.microseconds += report["duration_us"]
        self.p50.append(report["p50_us"])
        self.p95.append(report["p95_us"])
        for kind in ("connect", "read", "write", "status", "timeout"):
            self.errors[kind] = self.errors.get(kind, 0) + report[kind]

    @property
    def per_second(self) -> float:
        return self.requests / (self.microseconds / 1e6) if self.microseconds else 0.0

    def cells(self, bare: "Row") -> list[str]:
        ratio = self.per_second / bare.per_second if bare.per_second else 0.0
        cpu = f"{self.cpu * 1000 / self.requests:.2f}" if self.server and self.requests else "-"
        # The middle round's percentiles: one slow round on a shared machine should not decide them.
        p50, p95 = sorted(self.p50)[len(self.p50) // 2] / 1000, sorted(self.p95)[len(self.p95) // 2] / 1000
        target, wording, most_queries = TARGETS.get(self.page.get("group"), (None, "", None))
        queries = self.page.get("queries")
        met = ""
        if target is not None:
            met = "yes" if ratio >= target and (most_queries is None or queries <= most_queries) else "no"
            if most_queries is not None:
                wording += f", ≤ {most_queries} q"
        return [
            self.name,
            "-" if queries is None else str(queries),
            f"{self.per_second:.1f}",
            cpu,
            f"{p50:.1f}",
            f"{p95:.1f}",
            f"{ratio:.3f}",
            f"{ratio / BLOG_PER_BARE:.2f}",
            wording,
            met,
        ]


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


@pytest.fixture
def sites(tmp_path):
    if not shutil.which("wrk"):
        pytest.skip("wrk is not installed (Debian package `wrk`): the side-by-side benchmark needs it")
    database_kind = "bench_scale" if SCALE else "bench_pages"
    if SCALE and not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        pytest.skip("BENCH_SCALE needs DATABASE_URL to name a PostgreSQL server (make bench SCALE=1 sets it)")
    redis_url = os.environ.get("BENCH_REDIS_URL", "")
    if redis_url:
        if not redis_available(redis_url):
            pytest.skip(f"BENCH_REDIS_URL is set but {redis_url} does not answer")
        redis_empty(redis_url)
    with own_database(database_kind, tmp_path) as database_url:
        env = production_environment(tmp_path, database_url, redis_url)
        args = [f"--scale={SCALE_ARGS or '--learners 100000'}"] if SCALE else []
        built = json.loads(run_python(env, "tests.perf.site_setup", *args).strip().splitlines()[-1])
        site = Server("colearn.wsgi", env, tmp_path / "site.log")
        bare = Server(
            "tests.perf.bare.wsgi",
            {**env, "DJANGO_SETTINGS_MODULE": "tests.perf.bare.settings"},
            tmp_path / "bare.log",
        )
        try:
            site.wait_until_up("/healthz/")
            bare.wait_until_up()
            yield site, bare, built
        finally:
            site.stop()
            bare.stop()


def test_pages_side_by_side_with_a_bare_django_page(sites):
    site, bare_server, built = sites
    cookie_name = built["cookie"]
    bare = Row("bare Django page", bare_server.url + "/", server=bare_server)
    rows = []
    for page in built["pages"]:
        cookie = f"{cookie_name}={built['keys'][page['who']]}" if page["who"] else ""
        rows.append(Row(page.pop("name"), site.url + page["path"], cookie, site, **page))
    if BAKERYDEMO_URL:
        rows.append(Row("bakerydemo blog page (BAKERYDEMO_URL)", BAKERYDEMO_URL))

    for row in rows:
        answer = requests.get(row.url, headers={"Cookie": row.cookie}, allow_redirects=False, timeout=30)
        assert answer.status_code == 200, f"{row.name} answered {answer.status_code} before the benchmark"

    for _ in range(ROUNDS):
        for row in rows:
            bare.measure()
            row.measure()

    header = ["page", "warm q", "req/s", "CPU ms/req", "p50 ms", "p95 ms", "× bare", "× blog*", "target", "met"]
    print(
        f"\n\nPages side by side ({built['database']} database, {built['cache']} cache, gunicorn 2 sync workers, "
        f"wrk -c{CONNECTIONS}, {ROUNDS} rounds × {SECONDS} s, bare page before each page)"
    )
    if built["timings"]:
        print(f"Built in: {built['timings']}")
    print(_table([header, bare.cells(bare), *(row.cells(bare) for row in rows)]))
    print(
        "* × blog: the Wagtail bakerydemo blog page, estimated as bare/26.2 from issue 10's own measurement "
        "(anonymous lesson 0.97× the blog page and 1/27 of the bare page); set BAKERYDEMO_URL to measure one.\n"
        "warm q: queries of a second request through the test client with the same settings and data. "
        "CPU ms/req: the gunicorn processes' CPU time (/proc) over the requests served."
    )
    errors = {row.name: row.errors for row in [bare, *rows] if any(row.errors.values())}
    if errors:
        print(f"wrk socket errors (sync workers close each connection; not failures): {errors}")
    failed = {row.name: row.errors["status"] for row in [bare, *rows] if row.errors.get("status")}
    assert not failed, f"pages answered with an error status during the benchmark: {failed}"
    assert all(row.requests for row in [bare, *rows]), "a page served no request at all"
