"""Signed-in pages cost the same number of queries for one followed course or thirty.

Warm-up first (Wagtail's site root paths, the session). An N+1 — progress looked up per course on the dashboard,
or done-state per lesson on a module page — would make the larger case cost more and fail here.
"""

import pytest

from learning.services.progress import lesson_complete
from tests.factories import build_course

pytestmark = pytest.mark.django_db

DASHBOARD_QUERIES = 8
# Measured, counting the session and the signed-in person. On top of the anonymous page (tests/courses): one
# query for the person's completions, follow and certificate of the course; the lesson adds their drafts,
# earlier answers and groups.
COURSE_QUERIES = 10
MODULE_QUERIES = 7
LESSON_QUERIES = 10


@pytest.fixture(params=[1, 30], ids=["1-course", "30-courses"])
def learner(request, user, site_pages):
    """`user` following N courses, with every lesson of the last one but its final lesson done (30 lessons at 30)."""
    courses = []
    for n in range(request.param):
        builder = build_course(site_pages[1], title=f"Course {n}", modules=1, lessons_per_module=2)
        lesson_complete(user=user, lesson=builder.lessons[0][0])
        courses.append(builder)
    big = build_course(site_pages[1], title="Big course", modules=3, lessons_per_module=max(2, request.param // 3 + 1))
    for module_lessons in big.lessons:
        for lesson in module_lessons[:-1]:
            lesson_complete(user=user, lesson=lesson)
    return big


def test_dashboard(user, learner, page_within):
    html = page_within("/dashboard/", DASHBOARD_QUERIES, as_user=user)
    assert "Big course" in html


def test_course_page(user, learner, page_within):
    page_within(learner.course.url, COURSE_QUERIES, as_user=user)


def test_module_page(user, learner, page_within):
    html = page_within(learner.modules[0].url, MODULE_QUERIES, as_user=user)
    assert "✓ Done" in html


def test_lesson_page(user, learner, page_within):
    html = page_within(learner.lessons[0][0].url, LESSON_QUERIES, as_user=user)
    assert "Mark as not done" in html
