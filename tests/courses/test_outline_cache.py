"""The course outline and a lesson's place are worked out once per state of the published tree and kept in the
cache; every change an editor can make shows on the next request."""

import pytest

from courses.selectors import course_outline, lesson_position

pytestmark = pytest.mark.django_db


def _pager(client, lesson) -> str:
    html = client.get(lesson.url).content.decode()
    return html[html.index('<nav class="pager"') :]


def test_a_newly_published_lesson_joins_the_outline_and_the_way_on(client, course):
    last = course.lessons[-1][-1]
    assert "Next lesson" not in _pager(client, last)
    assert "4 lessons" in client.get(course.course.url).content.decode()
    new = course.add_lesson(course.modules[-1], title="A lesson added later")
    assert f'href="{new.url}" rel="next"' in _pager(client, last)
    assert "5 lessons" in client.get(course.course.url).content.decode()


def test_an_unpublished_lesson_leaves_the_outline_and_the_way_on(client, course):
    first, second = course.lessons[0]
    assert f'href="{second.url}" rel="next"' in _pager(client, first)
    second.unpublish()
    pager = _pager(client, first)
    assert second.url not in pager and f'href="{course.lessons[1][0].url}" rel="next"' in pager
    assert "3 lessons" in client.get(course.course.url).content.decode()


def test_a_moved_lesson_is_listed_in_its_new_module(client, course):
    old_module, new_module = course.modules
    lesson = course.add_lesson(old_module, title="A lesson in the wrong place")
    assert lesson.title in client.get(old_module.url).content.decode()
    lesson.move(new_module, pos="last-child")
    lesson.refresh_from_db()
    assert lesson.title not in client.get(old_module.url).content.decode()
    assert lesson.title in client.get(new_module.url).content.decode()
    assert "Lesson 3 of 3 in Module 2" in client.get(lesson.url).content.decode()


def test_a_renamed_lesson_is_linked_at_its_new_address(client, course):
    first, second = course.lessons[0]
    assert f'href="{second.url}" rel="next"' in _pager(client, first)
    second.slug = "a-better-name"
    second.title = "A better name"
    second.save_revision().publish()
    second.refresh_from_db()
    pager = _pager(client, first)
    assert f'href="{second.url}" rel="next"' in pager and "A better name" in pager


def test_an_outline_never_loads_lesson_bodies(course, django_assert_num_queries):
    outline = course_outline(course=course.course)
    with django_assert_num_queries(0):
        outline = course_outline(course=course.course)
        position = lesson_position(page=course.lessons[1][0])
    assert all("body" in lesson.get_deferred_fields() for lesson in outline.lessons)
    assert position.previous.pk == course.lessons[0][1].pk and position.lesson_number == 1
