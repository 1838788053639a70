"""How long each report takes to count, on a large data set: every admin report and the facilitator's page of a
group's figures, for the choices people make (everything, one course, one group, the last 30 days, one group's last
30 days).

The data comes from `manage.py seed_scale`: with `make bench SCALE=1` its full size (100,000 learners, 2,000 groups,
1,000,000 lessons done, 500,000 journal entries, and the applications, certificates, confidence check-ins,
connections and check-ins the reports count) on PostgreSQL; otherwise a small size, so `make bench` still runs every
report. `BENCH_SCALE_ARGS` passes other sizes. Each figure is the median of three warm runs of the report's selector
(its database queries and the gate), with its query count. Reports figures, never fails on time: it fails only when
a report breaks.
"""

import datetime
import os
import shlex
import statistics
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohorts.models import Cohort
from courses.models import CoursePage
from reports.group import BUILDERS, SECTIONS, group_figures
from reports.selectors.base import Choice

pytestmark = [pytest.mark.bench, pytest.mark.django_db]

SCALE = os.environ.get("BENCH_SCALE", "") not in {"", "0"}
SMALL = "--learners 2000 --cohorts 40 --completions 20000 --entries 10000 --responses 2000"
ROUNDS = 3


def _timed(build, choice: Choice) -> tuple[float, int, str, object]:
    times, queries, slowest, result = [], 0, "", None
    for _ in range(ROUNDS + 1):  # the first run warms the database's own caches and is not counted
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            result = build(choice)
            times.append((time.perf_counter() - started) * 1000)
        queries = len(captured)
        slowest = " ".join(f"{float(query['time']) * 1000:.0f}" for query in captured)
    return statistics.median(times[1:]), queries, slowest, result


def test_every_report_at_scale(site_pages, capsys):
    call_command("load_course", verbosity=0)
    arguments = shlex.split(os.environ.get("BENCH_SCALE_ARGS", "") if SCALE else SMALL)
    started = time.perf_counter()
    with override_settings(COLEARN_ALLOW_DEMO_DATA=True):
        call_command("seed_scale", *arguments)
    seeded = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # the planner's statistics, as autovacuum would gather them after a bulk load
    course = CoursePage.objects.live().order_by("path").first()
    cohort = Cohort.objects.filter(course=course).order_by("pk").first()
    month_ago = timezone.localdate() - datetime.timedelta(days=30)
    choices = {
        "everything": Choice(),
        "one course": Choice(course=course),
        "one group": Choice(course=course, cohort=cohort),
        "last 30 days": Choice(start=month_ago),
        "one group, 30 days": Choice(course=course, cohort=cohort, start=month_ago),
    }
    lines = []
    for title, view, _ in SECTIONS:
        for name, choice in choices.items():
            ms, queries, each, report = _timed(BUILDERS[view], choice)
            assert report.sentence and report.charts, f"{title}, {name}: a report with nothing to show"
            lines.append(f"{title[:38]:<38} {name:<20} {ms:>10.1f} {queries:>8}   {each}")
    ms, queries, _, sections = _timed(lambda choice: group_figures(choice.cohort), Choice(cohort=cohort))
    assert len(sections) == len(SECTIONS)
    lines.append(f"{'A group’s page of figures (facilitator)':<38} {'one group':<20} {ms:>10.1f} {queries:>8}")
    with capsys.disabled():
        print(f"\nReports on {connection.vendor}, seed_scale {' '.join(arguments) or '(full size)'}: {seeded:.0f} s")
        print(f"{'report':<38} {'chosen':<20} {'median ms':>10} {'queries':>8}   ms per query (last run)")
        print("\n".join(lines))
