"""The journal list, its search and the group's feed for one person with 10 entries and with 5,000.

The list pages should cost what they show (twenty entries), not what the person has written: the target is the
5,000-entry page within 1.5x of the 10-entry one. Times each page through the real views (median of warm GETs in
alternating rounds, 10 then 5,000; a search is POSTed once, then its result page is timed) and prints the ratio.
Reports the figures, never fails on time. Run with `make bench` (or `pytest -m bench -s
tests/perf/test_journal_scale.py`), on SQLite and on PostgreSQL (`DATABASE_URL=postgres://...`).
"""

import statistics
import time

import pytest
from django.test import Client

from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.perf.journals import bulk_journal

pytestmark = [pytest.mark.bench, pytest.mark.django_db]

ROUNDS = 15
SIZES = (10, 5000)


def _search_url(client, words: str) -> str:
    answer = client.post("/journal/", {"q": words})
    assert answer.status_code == 303
    return answer["Location"]


def _timed_ms(client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200
    return elapsed


def test_journal_list_search_and_feed_cost_what_they_show(course):
    pages: dict[int, tuple[Client, dict[str, str]]] = {}
    for count in SIZES:
        group = CohortFactory(course=course.course)
        person, responder = UserFactory(), UserFactory()
        MembershipFactory(cohort=group, user=person)
        MembershipFactory(cohort=group, user=responder)
        rare = " We sat by the canal."  # in one entry only
        bulk_journal(person, responder, group, count, share_every=2, words_for=lambda n: rare if n == 3 else "")
        client = Client()
        client.force_login(person)
        pages[count] = (
            client,
            {
                "journal list": "/journal/",
                "journal page 50": "/journal/?page=50",
                "search, common word": _search_url(client, "walk"),
                "search, rare word": _search_url(client, "canal"),
                "shared feed": f"/cohorts/{group.slug}/reflections/",
            },
        )
    figures: dict[str, dict[int, float]] = {}
    for name in pages[SIZES[0]][1]:
        times: dict[int, list[float]] = {count: [] for count in SIZES}
        for count, (client, urls) in pages.items():
            _timed_ms(client, urls[name])  # warm-up
        # Alternating rounds, so a busy moment on the machine falls on both sizes alike.
        for _ in range(ROUNDS):
            for count, (client, urls) in pages.items():
                times[count].append(_timed_ms(client, urls[name]))
        figures[name] = {count: statistics.median(values) for count, values in times.items()}
    small, large = SIZES
    print(f"\n[bench] journal scale ({ROUNDS} alternating warm GETs each, median ms)")
    print(f"[bench] {'page':<22} {small:>8} {large:>8}  ratio")
    for name, by_size in figures.items():
        print(f"[bench] {name:<22} {by_size[small]:8.1f} {by_size[large]:8.1f}  {by_size[large] / by_size[small]:.2f}x")
