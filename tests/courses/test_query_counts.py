"""Main content pages cost the same small number of queries whatever the size of the course.

Each page is requested once to warm caches (the course outline, the remembered route, Wagtail's site root paths),
then counted. An N+1 — say, looking up each lesson's module, each course's themes, or each level of the tree
on the way to a lesson, one by one — would make the larger course (or the deeper page) cost more and fail.
"""

import pytest

from courses.models import GlossaryTerm
from tests.factories import ThemeFactory, build_course

pytestmark = pytest.mark.django_db

SIZES = {"small": {"modules": 1, "lessons_per_module": 2}, "large": {"modules": 6, "lessons_per_module": 8}}
# Measured. Every page: the site, its root page, the page itself (one query, however deep) and the support link.
# The outline, breadcrumbs, previous/next and view restrictions come from the cache. The course page adds its
# themes, capabilities and upcoming groups. Credits ("Written with", "Reviewed by") come from the cache too.
COURSE_QUERIES = 7
MODULE_QUERIES = 4
LESSON_QUERIES = 4
CATALOGUE_QUERIES = 9


@pytest.mark.parametrize("size", SIZES)
def test_course_page(site_pages, page_within, size):
    course = build_course(site_pages[1], themes=[ThemeFactory(), ThemeFactory()], **SIZES[size])
    page_within(course.course.url, COURSE_QUERIES)


@pytest.mark.parametrize("size", SIZES)
def test_module_page(site_pages, page_within, size):
    course = build_course(site_pages[1], **SIZES[size])
    page_within(course.modules[-1].url, MODULE_QUERIES)


@pytest.mark.parametrize("size", SIZES)
def test_lesson_page(site_pages, page_within, size):
    course = build_course(site_pages[1], **SIZES[size])
    html = page_within(course.lessons[-1][-1].url, LESSON_QUERIES)
    assert "Previous lesson" in html


@pytest.mark.parametrize("terms", [1, 12])
def test_lesson_page_with_glossary_terms(site_pages, page_within, terms):
    """Every term the lesson links to, and its definition, comes from the tree cache however many there are (one
    query the first time, before the warm-up)."""
    course = build_course(site_pages[1], modules=1, lessons_per_module=1)
    lesson = course.lessons[0][0]
    words = [GlossaryTerm.objects.create(term=f"word {n}", slug=f"word-{n}", definition="Plain.") for n in range(terms)]
    links = "".join(f'<a linktype="glossary" id="{word.pk}">{word.term}</a> ' for word in words)
    lesson.body = [
        {"type": "text", "value": f"<p>{links}</p>"},
        {"type": "callout", "value": {"tone": "tip", "title": "Tip", "text": f"<p>{links}</p>"}},
    ]
    lesson.save_revision().publish()
    html = page_within(lesson.url, LESSON_QUERIES)
    assert html.count('class="glossary-term"') == 2 * terms


@pytest.mark.parametrize("courses", [1, 12])
def test_catalogue(site_pages, page_within, courses):
    themes = [ThemeFactory(), ThemeFactory()]
    for n in range(courses):
        build_course(site_pages[1], title=f"Course {n}", modules=0, themes=themes)
    page_within("/courses/", CATALOGUE_QUERIES)
