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


# --- Every change is said in what is posted (issue 8): a missing or unknown value changes nothing ------------------


@pytest.mark.parametrize("posted", [{}, {"done": ""}, {"done": "1"}, {"done": "maybe"}, {"done": "no thanks"}])
def test_a_progress_post_that_does_not_say_done_or_not_changes_nothing(client, user, course, posted):
    lesson = course.lessons[0][0]
    lesson_complete(user=user, lesson=lesson)
    client.force_login(user)
    response = client.post(f"/learning/lessons/{lesson.pk}/progress/", posted)
    assert response.status_code == 400
    assert "Nothing was changed" in response.content.decode()
    assert LessonCompletion.objects.filter(user=user, lesson=lesson).exists(), "the finished lesson stays finished"


def test_a_script_gets_a_plain_message_when_it_does_not_say_done_or_not(client, user, course):
    lesson = course.lessons[0][0]
    lesson_complete(user=user, lesson=lesson)
    client.force_login(user)
    response = client.post(f"/learning/lessons/{lesson.pk}/progress/", {}, headers={"Accept": "application/json"})
    assert response.status_code == 400
    assert "could not tell" in response.json()["message"]
    assert LessonCompletion.objects.filter(user=user, lesson=lesson).exists()


def test_done_yes_and_done_no_mark_and_unmark(client, user, course):
    lesson = course.lessons[0][0]
    client.force_login(user)
    client.post(f"/learning/lessons/{lesson.pk}/progress/", {"done": "yes"})
    assert LessonCompletion.objects.filter(user=user, lesson=lesson).exists()
    client.post(f"/learning/lessons/{lesson.pk}/progress/", {"done": "no"})
    assert not LessonCompletion.objects.filter(user=user, lesson=lesson).exists()


def test_the_lesson_page_posts_an_explicit_done_value(client, user, course):
    lesson = course.lessons[0][0]
    client.force_login(user)
    assert 'name="done" value="yes"' in client.get(lesson.url).content.decode()
    lesson_complete(user=user, lesson=lesson)
    assert 'name="done" value="no"' in client.get(lesson.url).content.decode()


@pytest.mark.parametrize("posted", [{}, {"follow": ""}, {"follow": "0"}, {"follow": "stop"}])
def test_a_follow_post_that_does_not_say_follow_or_stop_changes_nothing(client, user, course, posted):
    course_follow(user=user, course=course.course)
    client.force_login(user)
    response = client.post(f"/learning/courses/{course.course.pk}/follow/", posted)
    assert response.status_code == 400
    assert "Nothing was changed" in response.content.decode()
    assert CourseFollow.objects.filter(user=user, course=course.course).exists(), "still following"


def test_follow_yes_and_follow_no_start_and_stop(client, user, course):
    client.force_login(user)
    html = client.get(course.course.url).content.decode()
    assert 'name="follow" value="yes"' in html
    client.post(f"/learning/courses/{course.course.pk}/follow/", {"follow": "yes"})
    assert CourseFollow.objects.filter(user=user, course=course.course).exists()
    assert 'name="follow" value="no"' in client.get(course.course.url).content.decode()
    client.post(f"/learning/courses/{course.course.pk}/follow/", {"follow": "no"})
    assert not CourseFollow.objects.filter(user=user, course=course.course).exists()
