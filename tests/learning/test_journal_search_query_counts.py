"""Journal search results, and a later page of the journal, cost the same for 10 entries or 250.

Warm-up first. Both are sliced and counted in the database; fetching each match's lesson, group or responses one
at a time (an N+1), or loading every entry to count or page them in Python, would make the longer journal cost more
and fail here.
"""

import pytest

from learning.models import Visibility
from learning.services.journal import entry_create
from learning.services.responses import response_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

SEARCH_QUERIES = 8
LATER_PAGE_QUERIES = 8


@pytest.fixture(params=[10, 250], ids=["10-entries", "250-entries"])
def long_journal(request, course, user):
    cohort = CohortFactory(course=course.course)
    MembershipFactory(cohort=cohort, user=user)
    friend = UserFactory()
    MembershipFactory(cohort=cohort, user=friend)
    lesson = course.lessons[0][0]
    for n in range(request.param):
        shared = n % 2 == 1
        entry = entry_create(
            author=user,
            text=f"Entry {n}: a walk by the river" if n % 3 else f"Entry {n}: nothing much",
            visibility=Visibility.COHORT if shared else Visibility.PRIVATE,
            cohort=cohort if shared else None,
            lesson=lesson if n % 5 == 0 else None,
        )
        if shared:
            response_create(entry=entry, author=friend, text="Thank you", notify=False)
    return request.param


def test_search_results(client, user, long_journal, page_within):
    client.force_login(user)
    results = client.post("/journal/", {"q": "river"})["Location"]
    html = page_within(results, SEARCH_QUERIES, as_user=user)
    matches = len([n for n in range(long_journal) if n % 3])
    assert f"{matches} entries" in html and "nothing much" not in html


def test_a_later_page_of_the_journal(user, long_journal, page_within):
    html = page_within("/journal/?page=2", LATER_PAGE_QUERIES, as_user=user)
    assert f"{long_journal} entries" in html
