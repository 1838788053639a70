"""Every course, module and lesson names who wrote and reviewed it, in the words each person chose."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CoursePage, LessonPage, ModulePage, PageCredit
from tests.courses.test_query_counts import LESSON_QUERIES
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ANA = {"name": "Ana Silva", "role": "peer trainer", "contribution": "author", "anonymous": ""}
HIDDEN = {"name": "Hidden Person", "role": "practitioner", "contribution": "author", "anonymous": "on"}
NOBODY = {"name": "", "role": "", "contribution": "reviewer", "anonymous": "on"}
SAM = {"name": "Sam Okafor", "role": "", "contribution": "reviewer", "anonymous": ""}


def lesson_form(lesson, credits, **fields) -> dict:
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": "A summary.",
            "estimated_minutes": "20",
            "body": streamfield([("text", rich_text("<p>Lesson words</p>"))]),
            "easy_read": streamfield([]),
            "credits": inline_formset(credits),
            **fields,
        }
    )


def credit(page, **fields) -> PageCredit:
    return PageCredit.objects.create(page=page, **{"contribution": "author", **fields})


def approve_in_the_admin(client, page, user):
    client.force_login(user)
    task_state = Page.objects.get(pk=page.pk).current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    assert client.post(url, {"comment": ""}).status_code == 302


def test_an_editor_credits_people_and_they_show_once_the_review_approves(client, course):
    editor = UserFactory(groups=("Editors",))
    lesson = course.lessons[0][0]
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{lesson.pk}/edit/",
        {**lesson_form(lesson, [ANA, HIDDEN, NOBODY, SAM]), "action-submit": "Submit for review"},
    )
    assert response.status_code == 302
    assert "Written with" not in client.get(lesson.url).content.decode(), "nothing shows before the review"

    approve_in_the_admin(client, lesson, UserFactory(groups=("Peer reviewers",)))
    approve_in_the_admin(client, lesson, UserFactory(groups=("Editors",)))

    live = LessonPage.objects.get(pk=lesson.pk)
    assert live.live and [c.name for c in live.credits.all()] == ["Ana Silva", "Hidden Person", "", "Sam Okafor"]
    html = client.get(lesson.url).content.decode()
    written_with = html[html.index("Written with") : html.index("Reviewed by")]
    assert "Ana Silva, peer trainer" in written_with and "Practitioner (credited anonymously)" in written_with
    reviewed_by = html[html.index("Reviewed by") :]
    assert "Someone who asked not to be named" in reviewed_by and "Sam Okafor</dd>" in reviewed_by
    assert "Hidden Person" not in html


def test_a_credit_needs_a_name_unless_the_person_asked_to_be_anonymous(client, course):
    client.force_login(UserFactory(groups=("Editors",)))
    lesson = course.lessons[0][0]
    revisions = lesson.revisions.count()
    nameless = {**ANA, "name": "   "}
    response = client.post(f"/admin/pages/{lesson.pk}/edit/", lesson_form(lesson, [nameless]))
    assert response.status_code == 200
    assert "Type the person’s name, or tick ‘anonymous’ if they asked not to be named." in response.content.decode()
    assert lesson.revisions.count() == revisions and not PageCredit.objects.exists()


def test_the_editor_offers_credits_with_plain_help_on_every_page_type(client, course):
    client.force_login(UserFactory(groups=("Editors",)))
    for page in (course.course, course.modules[0], course.lessons[0][0]):
        html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        assert 'name="credits-TOTAL_FORMS"' in html, type(page).__name__
        assert "Name the people who wrote or reviewed this page, with the role each chose to show." in html


def test_a_preview_shows_the_credits_being_edited(client, course):
    client.force_login(UserFactory(is_superuser=True))
    lesson = course.lessons[0][0]
    preview_url = f"/admin/pages/{lesson.pk}/edit/preview/"
    assert client.post(preview_url, lesson_form(lesson, [ANA])).json() == {"is_valid": True, "is_available": True}
    assert "Ana Silva, peer trainer" in client.get(preview_url).content.decode()
    assert not PageCredit.objects.exists(), "a preview saves nothing"


def test_credits_are_kept_in_each_revision_and_copied_with_the_page(course):
    lesson = LessonPage.objects.get(pk=course.lessons[0][0].pk)
    lesson.credits = [PageCredit(name="Ana Silva", role="peer trainer")]
    first = lesson.save_revision()
    lesson.credits = [PageCredit(name="Sam Okafor")]
    lesson.save_revision().publish()
    assert [c.name for c in first.as_object().credits.all()] == ["Ana Silva"]
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert [c.name for c in lesson.credits.all()] == ["Sam Okafor"]

    copy = lesson.copy(to=lesson.get_parent(), update_attrs={"slug": "a-copy", "title": "A copy"})
    assert [(c.name, c.page_id) for c in copy.credits.all()] == [("Sam Okafor", copy.pk)]
    assert PageCredit.objects.filter(page=lesson).count() == 1, "the original keeps its own"


@pytest.mark.parametrize("which", ["course", "module", "lesson"])
def test_course_module_and_lesson_pages_show_their_credits(client, course, which):
    page = {"course": course.course, "module": course.modules[0], "lesson": course.lessons[0][0]}[which]
    credit(page, name="Ana Silva", role="peer trainer")
    credit(page, name="Kept Private", role="carer", anonymous=True, contribution="reviewer")
    html = client.get(page.url).content.decode()
    assert '<h2 id="credits-heading" class="credits__heading">Who made this page</h2>' in html
    assert "<dd>Ana Silva, peer trainer</dd>" in html and "<dd>Carer (credited anonymously)</dd>" in html
    assert "Kept Private" not in html


def test_a_page_without_credits_shows_no_empty_section(client, course):
    assert "credits-heading" not in client.get(course.lessons[0][0].url).content.decode()


def test_what_editors_type_is_shown_as_text_never_markup(client, course):
    lesson = course.lessons[0][0]
    credit(lesson, name="<script>alert(1)</script>", role="<b>carer</b>")
    html = client.get(lesson.url).content.decode()
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;, &lt;b&gt;carer&lt;/b&gt;" in html


def test_a_credit_changed_or_removed_shows_on_the_live_page_at_once(client, course):
    lesson = course.lessons[0][0]
    credit(lesson, name="Ada", role="peer trainer")
    assert "Ada, peer trainer" in client.get(lesson.url).content.decode()  # now kept in the tree cache
    changed = PageCredit.objects.get(page=lesson)
    changed.name = "Ada Okafor"
    changed.save()
    assert "Ada Okafor, peer trainer" in client.get(lesson.url).content.decode()
    changed.delete()
    assert "Who made this page" not in client.get(lesson.url).content.decode()


@pytest.mark.parametrize("credits", [1, 30])
def test_the_credits_come_in_one_query_however_many(page_within, course, credits):
    lesson = course.lessons[0][0]
    for n in range(credits):
        credit(lesson, name=f"Person {n}", role="peer trainer", contribution=("author", "reviewer")[n % 2])
    html = page_within(lesson.url, LESSON_QUERIES)
    assert f"Person {credits - 1}, peer trainer" in html


def test_the_credit_model_is_the_one_the_course_loader_builds_on():
    fields = {field.name: field for field in PageCredit._meta.get_fields()}
    assert fields["page"].related_model is Page and fields["page"].remote_field.related_name == "credits"
    assert (fields["name"].max_length, fields["role"].max_length) == (100, 100)
    assert dict(fields["contribution"].choices) == {"author": "Co-author", "reviewer": "Reviewer"}
    for page_type in (CoursePage, ModulePage, LessonPage):
        assert hasattr(page_type, "credits")
