"""Following a course, marking lessons done, progress maths and certificates: services and selectors."""

import pytest
from django.core.exceptions import ValidationError

from learning.models import Certificate, CourseFollow, LessonCompletion
from learning.selectors import course_progress, dashboard_for
from learning.services.progress import (
    certificate_issue,
    course_follow,
    course_unfollow,
    lesson_complete,
    lesson_uncomplete,
)
from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db


def test_follow_is_idempotent_and_unfollow_keeps_completed_lessons(user, course):
    course_follow(user=user, course=course.course)
    course_follow(user=user, course=course.course)
    assert CourseFollow.objects.filter(user=user).count() == 1
    lesson_complete(user=user, lesson=course.lessons[0][0])
    course_unfollow(user=user, course=course.course)
    assert not CourseFollow.objects.filter(user=user).exists()
    assert LessonCompletion.objects.filter(user=user).count() == 1
    assert course_progress(user=user, course=course.course).done == 1


def test_completing_twice_keeps_one_row_and_follows_the_course(user, course):
    lesson = course.lessons[0][0]
    lesson_complete(user=user, lesson=lesson)
    lesson_complete(user=user, lesson=lesson)
    assert LessonCompletion.objects.filter(user=user, lesson=lesson).count() == 1
    assert CourseFollow.objects.filter(user=user, course=course.course).exists()


def test_undo_removes_the_completion(user, course):
    lesson = course.lessons[0][0]
    lesson_complete(user=user, lesson=lesson)
    lesson_uncomplete(user=user, lesson=lesson)
    lesson_uncomplete(user=user, lesson=lesson)
    assert not LessonCompletion.objects.exists()


def test_a_draft_lesson_cannot_be_completed(user, course):
    draft = course.add_lesson(course.modules[0], live=False)
    with pytest.raises(ValidationError):
        lesson_complete(user=user, lesson=draft)
    assert not LessonCompletion.objects.exists()


def test_progress_counts_live_lessons_and_changes_honestly(user, course):
    for lesson in course.lessons[0]:
        lesson_complete(user=user, lesson=lesson)
    progress = course_progress(user=user, course=course.course)
    assert (progress.done, progress.total) == (2, 4)
    assert [(m.done, m.total) for m in progress.modules] == [(2, 2), (0, 2)]

    course.add_lesson(course.modules[1])  # added later: the total grows
    assert course_progress(user=user, course=course.course).total == 5

    course.lessons[0][0].unpublish()  # unpublished: neither its completion nor the lesson counts
    progress = course_progress(user=user, course=course.course)
    assert (progress.done, progress.total) == (1, 4)


def test_next_lesson_is_the_first_unfinished_in_course_order(user, course):
    lesson_complete(user=user, lesson=course.lessons[0][0])
    lesson_complete(user=user, lesson=course.lessons[1][0])
    assert course_progress(user=user, course=course.course).next_lesson.pk == course.lessons[0][1].pk


def test_dashboard_continues_the_most_recently_active_course(user, site_pages):
    first = build_course(site_pages[1], title="First course")
    second = build_course(site_pages[1], title="Second course")
    lesson_complete(user=user, lesson=first.lessons[0][0])
    lesson_complete(user=user, lesson=second.lessons[0][0])
    dashboard = dashboard_for(user)
    assert [p.course.title for p in dashboard.courses] == ["Second course", "First course"]
    assert dashboard.continue_with.next_lesson.pk == second.lessons[0][1].pk

    lesson_complete(user=user, lesson=first.lessons[0][1])
    assert dashboard_for(user).continue_with.course.pk == first.course.pk


def test_someone_elses_progress_never_counts(user, course):
    lesson_complete(user=UserFactory(), lesson=course.lessons[0][0])
    assert course_progress(user=user, course=course.course).done == 0
    assert dashboard_for(user).courses == []


def test_certificate_only_when_every_live_lesson_is_done(user, course):
    with pytest.raises(ValidationError):
        certificate_issue(user=user, course=course.course)
    for module_lessons in course.lessons:
        for lesson in module_lessons:
            lesson_complete(user=user, lesson=lesson)
    certificate = certificate_issue(user=user, course=course.course)
    assert certificate_issue(user=user, course=course.course).pk == certificate.pk
    assert certificate.recipient_name == user.public_name and certificate.course_title == course.course.title
    assert len(certificate.code) >= 16
    assert Certificate.objects.count() == 1


def test_certificate_codes_are_unguessable_and_distinct(course):
    codes = set()
    for _ in range(3):
        person = UserFactory()
        for module_lessons in course.lessons:
            for lesson in module_lessons:
                lesson_complete(user=person, lesson=lesson)
        codes.add(certificate_issue(user=person, course=course.course).code)
    assert len(codes) == 3
