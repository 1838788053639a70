"""Download all my data with a long journal: 5,000 entries (and a response on every tenth) for one person.

Times the whole streamed download through the real view (password confirmed, every byte of the zip read) and
measures the peak of Python's memory while it runs (tracemalloc), at two sizes so the growth shows. Reports the
figures; fails only if the zip is incomplete, never on time. Run with `make bench` (or
`pytest -m bench -s tests/perf/test_export_download.py`).
"""

import io
import time
import tracemalloc
import zipfile

import pytest

from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.users import sign_in_confirmed
from tests.perf.journals import bulk_journal

pytestmark = [pytest.mark.bench, pytest.mark.django_db]


@pytest.mark.parametrize("count", [500, 5000])
def test_download_all_my_data_with_a_long_journal(client, course, count):
    group = CohortFactory(course=course.course)
    person, responder = UserFactory(display_name="Alex"), UserFactory(display_name="Jo")
    MembershipFactory(cohort=group, user=person)
    MembershipFactory(cohort=group, user=responder)
    bulk_journal(person, responder, group, count, share_every=10)
    signed_in = sign_in_confirmed(client, person)

    # Once for the time (tracemalloc slows Python down), once for the memory.
    started = time.perf_counter()
    response = signed_in.get("/accounts/data/download/")
    first_chunk_at, size = None, 0
    for chunk in response.streaming_content:
        if first_chunk_at is None:
            first_chunk_at = time.perf_counter() - started
        size += len(chunk)
    elapsed = time.perf_counter() - started

    tracemalloc.start()
    body = io.BytesIO()
    for chunk in signed_in.get("/accounts/data/download/").streaming_content:
        body.write(chunk)  # kept to check the zip below (its bytes count in the peak too)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    archive = zipfile.ZipFile(body)
    journal = next(name for name in archive.namelist() if name.endswith("journal.md"))
    assert archive.read(journal).decode().count("## Entry ") == count
    print(
        f"\n[bench] download all my data, {count} entries: {elapsed:.2f} s in all, first bytes after "
        f"{first_chunk_at:.2f} s, zip {size / 1e6:.2f} MB; peak Python memory {peak / 1e6:.1f} MB "
        f"(including the {size / 1e6:.2f} MB the test keeps to check the zip)"
    )
