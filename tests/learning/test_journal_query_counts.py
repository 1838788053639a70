"""The journal list, the group's feed and a lesson with prompts cost the same for 5 entries or 200.

Warm-up first. An N+1 here — each entry's course or lesson, each entry's responses, each response's author,
or each prompt's earlier answers fetched one at a time — would make the larger journal cost more and fail.
"""

import pytest

from learning.models import Visibility
from learning.services.journal import entry_create
from learning.services.responses import response_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

LIST_QUERIES = 8
FEED_QUERIES = 7
# The lesson with prompts (tests/learning/test_query_counts.py says what it spends): earlier answers and drafts
# come one query each for all its prompts; an answer looked up per entry would grow with the 200 entries.
LESSON_QUERIES = 10


@pytest.fixture(params=[5, 200], ids=["5-entries", "200-entries"])
def busy_journal(request, course, user):
    cohort = CohortFactory(course=course.course)
    MembershipFactory(cohort=cohort, user=user)
    friend = UserFactory()
    MembershipFactory(cohort=cohort, user=friend)
    lesson = course.lessons[0][0]
    prompt_id = lesson.reflection_prompts()[0].id
    for n in range(request.param):
        entry = entry_create(
            author=user,
            text=f"Entry {n}",
            visibility=Visibility.COHORT if n % 2 else Visibility.PRIVATE,
            cohort=cohort if n % 2 else None,
            lesson=lesson,
            prompt_id=prompt_id,
        )
        if n % 2:
            response_create(entry=entry, author=friend, text="Thank you")
    return cohort, lesson


def test_journal_list(user, busy_journal, page_within):
    html = page_within("/journal/", LIST_QUERIES, as_user=user)
    assert "Entry" in html


def test_cohort_feed(user, busy_journal, page_within):
    cohort, _ = busy_journal
    html = page_within(f"/cohorts/{cohort.slug}/reflections/", FEED_QUERIES, as_user=user)
    assert "1 response" in html


def test_lesson_with_prompts(user, busy_journal, page_within):
    _, lesson = busy_journal
    html = page_within(lesson.url, LESSON_QUERIES, as_user=user)
    assert "Your earlier answers" in html
