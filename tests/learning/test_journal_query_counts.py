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
FEED_QUERIES = 9
LESSON_QUERIES = 27


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


def counted(client, user, url, ceiling, django_assert_max_num_queries):
    client.force_login(user)
    client.get(url)
    with django_assert_max_num_queries(ceiling):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_journal_list(client, user, busy_journal, django_assert_max_num_queries):
    html = counted(client, user, "/journal/", LIST_QUERIES, django_assert_max_num_queries)
    assert "Entry" in html


def test_cohort_feed(client, user, busy_journal, django_assert_max_num_queries):
    cohort, _ = busy_journal
    html = counted(client, user, f"/cohorts/{cohort.slug}/reflections/", FEED_QUERIES, django_assert_max_num_queries)
    assert "1 response" in html


def test_lesson_with_prompts(client, user, busy_journal, django_assert_max_num_queries):
    _, lesson = busy_journal
    html = counted(client, user, lesson.url, LESSON_QUERIES, django_assert_max_num_queries)
    assert "Your earlier answers" in html
