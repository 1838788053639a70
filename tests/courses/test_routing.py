"""Addresses reach the same pages as Wagtail's own walk down the tree, looked up in one query: drafts and
unpublished pages are still missing, private pages still ask a visitor to sign in, aliases still work."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_lesson_is_found_by_its_address_every_time(client, course):
    lesson = course.lessons[1][0]
    for _ in range(2):  # the second visit uses the remembered route
        response = client.get(lesson.url)
        assert response.status_code == 200
        assert lesson.title in response.content.decode()


def test_a_draft_lesson_is_not_found(client, course):
    draft = course.add_lesson(course.modules[0], title="Not ready yet", live=False)
    assert client.get(draft.url).status_code == 404


def test_an_unpublished_lesson_is_not_found_even_after_a_visit(client, course):
    lesson = course.lessons[0][1]
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_an_address_that_matches_no_page_is_not_found(client, course):
    assert client.get(course.course.url + "no-such-module/lesson-1/").status_code == 404
    assert client.get(course.lessons[0][0].url + "deeper/").status_code == 404


def test_a_renamed_lesson_moves_to_its_new_address(client, course):
    lesson = course.lessons[0][0]
    old = lesson.url
    assert client.get(old).status_code == 200
    lesson.slug = "a-better-name"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert client.get(old).status_code == 404
    assert client.get(lesson.url).status_code == 200


def test_a_private_lesson_asks_visitors_to_sign_in_and_shows_to_people_signed_in(client, course):
    lesson = course.lessons[0][0]
    assert client.get(lesson.url).status_code == 200
    PageViewRestriction.objects.create(page=course.modules[0], restriction_type=PageViewRestriction.LOGIN)
    response = client.get(lesson.url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/?next=")
    client.force_login(UserFactory())
    assert client.get(lesson.url).status_code == 200


def test_lifting_a_restriction_opens_the_page_again(client, course):
    lesson = course.lessons[0][0]
    restriction = PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(lesson.url).status_code == 302
    restriction.delete()
    assert client.get(lesson.url).status_code == 200


def test_an_alias_shows_its_lesson_and_keeps_its_privacy(client, course):
    lesson = course.lessons[0][0]
    alias = lesson.create_alias(parent=course.modules[1], update_slug="shared-lesson")
    response = client.get(alias.url)
    assert response.status_code == 200 and lesson.title in response.content.decode()
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(alias.url).status_code == 302


def test_an_address_without_its_final_slash_is_sent_to_the_page(client, course):
    lesson = course.lessons[0][0]
    response = client.get(lesson.url.rstrip("/"))
    assert response.status_code == 301 and response.url == lesson.url
