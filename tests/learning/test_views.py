"""What a learner sees and does on the pages: dashboard, lesson, course, module, certificate."""

import pytest

from cohorts.models import Role
from learning.models import Certificate, CourseFollow, LessonCompletion
from learning.services.progress import certificate_issue, lesson_complete
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def progress_url(lesson):
    return f"/learning/lessons/{lesson.pk}/progress/"


def finish(user, course):
    for module_lessons in course.lessons:
        for lesson in module_lessons:
            lesson_complete(user=user, lesson=lesson)


def test_signing_in_lands_on_the_dashboard(client, site_pages):
    UserFactory(email="sam@example.org")
    response = client.post("/accounts/login/", {"login": "sam@example.org", "password": DEFAULT_PASSWORD})
    assert response.url == "/dashboard/"


def test_the_dashboard_needs_an_account(client, site_pages):
    response = client.get("/dashboard/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_an_empty_dashboard_points_to_the_catalogue(client, user, site_pages):
    client.force_login(user)
    html = client.get("/dashboard/").content.decode()
    assert "You are not following a course yet" in html


def test_dashboard_shows_where_to_continue_and_progress(client, user, course):
    lesson_complete(user=user, lesson=course.lessons[0][0])
    client.force_login(user)
    html = client.get("/dashboard/").content.decode()
    assert "Continue where you left off" in html
    assert course.lessons[0][1].title in html
    assert "1 of 4 lessons done" in html


def test_mark_a_lesson_done_and_undo_without_javascript(client, user, course):
    lesson = course.lessons[0][0]
    client.force_login(user)
    response = client.post(progress_url(lesson), {"done": "yes"})
    assert response.status_code == 302 and response.url == f"{lesson.url}#progress"
    html = client.get(lesson.url).content.decode()
    assert "You have marked this lesson as done." in html and "Mark as not done" in html
    assert "1 of 4 lessons done in this course" in html

    client.post(progress_url(lesson), {"done": "no"})
    assert not LessonCompletion.objects.filter(user=user).exists()


def test_mark_done_with_javascript_gets_json_to_announce(client, user, course):
    client.force_login(user)
    response = client.post(progress_url(course.lessons[0][0]), {"done": "yes"}, headers={"Accept": "application/json"})
    assert response.json() == {
        "done": True,
        "message": "Lesson marked as done. Well done for taking the time.",
        "progress": "1 of 4 lessons done",
    }


def test_double_clicks_and_two_tabs_make_one_completion(client, user, course):
    client.force_login(user)
    for _ in range(3):
        client.post(progress_url(course.lessons[0][0]), {"done": "yes"})
    assert LessonCompletion.objects.filter(user=user).count() == 1


@pytest.mark.parametrize("target", ["unknown", "course", "module", "home"])
def test_bad_targets_are_a_404_and_change_nothing(client, user, course, target):
    client.force_login(user)
    page_id = {"unknown": 999999, "course": course.course.pk, "module": course.modules[0].pk}.get(
        target, course.course.get_parent().get_parent().pk
    )
    response = client.post(f"/learning/lessons/{page_id}/progress/", {"done": "yes"})
    assert response.status_code == 404
    assert not LessonCompletion.objects.exists()


def test_a_get_gets_a_page_that_explains_and_changes_nothing(client, user, course):
    client.force_login(user)
    response = client.get(progress_url(course.lessons[0][0]))
    assert response.status_code == 405 and "That link needs a button" in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_a_post_without_its_security_token_changes_nothing(user, course):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post(progress_url(course.lessons[0][0]), {"done": "yes"})
    assert response.status_code == 403 and "Please try that again" in response.content.decode()
    assert not LessonCompletion.objects.exists()


def test_a_visitor_is_asked_to_sign_in_and_brought_back(client, course):
    lesson = course.lessons[0][0]
    html = client.get(lesson.url).content.decode()
    assert "to keep track of the lessons you have done" in html
    response = client.post(progress_url(lesson), {"done": "yes"})
    assert response.status_code == 302 and "/accounts/login/" in response.url and "progress" in response.url
    json_response = client.post(progress_url(lesson), {"done": "yes"}, headers={"Accept": "application/json"})
    assert json_response.status_code == 401


def test_lesson_page_says_where_you_are(client, user, course):
    client.force_login(user)
    html = client.get(course.lessons[1][0].url).content.decode()
    assert "Lesson 1 of 2 in Module 2" in html and "Previous lesson" in html


def test_start_and_stop_following_from_the_course_page(client, user, course):
    client.force_login(user)
    assert "Start this course" in client.get(course.course.url).content.decode()
    client.post(f"/learning/courses/{course.course.pk}/follow/", {"follow": "yes"})
    assert CourseFollow.objects.filter(user=user).exists()
    html = client.get(course.course.url).content.decode()
    assert "0 of 4 lessons done" in html and "Stop following this course" in html
    assert "0 of 2 lessons done" in html, "each module shows its own progress"

    lesson_complete(user=user, lesson=course.lessons[0][0])
    client.post(f"/learning/courses/{course.course.pk}/follow/", {"follow": "no"})
    assert not CourseFollow.objects.filter(user=user).exists()
    assert LessonCompletion.objects.filter(user=user).exists()
    assert "Follow this course again" in client.get(course.course.url).content.decode()


def test_module_page_ticks_done_lessons(client, user, course):
    lesson_complete(user=user, lesson=course.lessons[0][0])
    client.force_login(user)
    html = client.get(course.modules[0].url).content.decode()
    assert html.count("✓ Done") == 1 and "1 of 2 lessons done" in html


def test_certificate_waits_kindly_then_shows_and_verifies(client, user, course):
    client.force_login(user)
    url = f"/learning/courses/{course.course.pk}/certificate/"
    waiting = client.get(url).content.decode()
    assert "Your certificate will be here once every lesson is marked done" in waiting
    assert not Certificate.objects.exists()

    finish(user, course)
    html = client.get(url).content.decode()
    certificate = Certificate.objects.get(user=user)
    assert user.public_name in html and course.course.title in html
    assert f"/certificates/{certificate.code}/" in html

    client.logout()
    public = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "This certificate is genuine" in public and user.public_name in public
    assert user.email not in public


def test_a_made_up_certificate_code_is_a_404(client, site_pages):
    assert client.get("/certificates/not-a-real-code/").status_code == 404


def test_someone_else_sees_only_their_own_progress_for_a_course(client, course):
    owner, other = UserFactory(), UserFactory()
    finish(owner, course)
    certificate_issue(user=owner, course=course.course)
    client.force_login(other)
    html = client.get(f"/learning/courses/{course.course.pk}/certificate/").content.decode()
    assert owner.public_name not in html and "0 of 4 lessons done" in html
    course_html = client.get(course.course.url).content.decode()
    assert "Start this course" in course_html and "lessons done" not in course_html


def test_a_group_member_finds_their_groups_course_before_opening_a_lesson(client, user, course):
    MembershipFactory(cohort=CohortFactory(course=course.course), user=user, role=Role.MEMBER)
    client.force_login(user)
    html = client.get("/dashboard/").content.decode()
    assert "You are not following a course yet" not in html
    assert course.course.title in html and f'Next: <a href="{course.lessons[0][0].url}">' in html
    assert "You are not following a course yet" not in client.get("/journal/confidence/").content.decode()


def test_facilitating_a_group_is_not_taking_its_course(client, user, course):
    MembershipFactory(cohort=CohortFactory(course=course.course), user=user, role=Role.FACILITATOR)
    client.force_login(user)
    assert "You are not following a course yet" in client.get("/dashboard/").content.decode()
