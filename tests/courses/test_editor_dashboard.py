"""An editor's day: the CMS dashboard lists what needs a fresh look, each panel in a fixed number of queries."""

import uuid
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from courses.editor_dashboard import (
    LISTED,
    CoursesToReadAgainPanel,
    DocumentsNothingLinksToPanel,
    LessonsWithoutEasyReadPanel,
)
from courses.models import CoursePage, LessonPage
from tests.factories import UserFactory, build_course
from tests.factories.courses import easy_read

pytestmark = pytest.mark.django_db

Document = get_document_model()
HOME = reverse("wagtailadmin_home")
EVERYONE_HAS_EASY_READ = "Every lesson has an easy-read version."
NOTHING_TO_READ_AGAIN = "Every course has a review date still to come."
EVERY_DOCUMENT_LINKED = "Every document is linked from somewhere on the site."


@pytest.fixture
def editor():
    return UserFactory(groups=("Editors",))


def dashboard(client, user) -> str:
    client.force_login(user)
    response = client.get(HOME)
    assert response.status_code == 200
    return response.content.decode()


def panel(html: str, panel_id: str) -> str:
    """The HTML of one dashboard panel, so a test can say what is in which."""
    start = html.index(f'id="{panel_id}-section"')
    return html[start : html.index("</section>", start)]


def a_document(title: str) -> Document:
    document = Document(title=title)
    document.file.save(f"{uuid.uuid4().hex}.pdf", ContentFile(b"%PDF-1.4 a tool"), save=False)
    document.save()
    return document


def publish_with_references(page, django_capture_on_commit_callbacks):
    """Publish as the loader does; Wagtail updates its reference index once the transaction commits."""
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def give_easy_read(course):
    for lesson in LessonPage.objects.descendant_of(course.course):
        lesson.easy_read = easy_read("<p>Short words.</p>")
        lesson.save()


# --- Lessons without an easy-read version ------------------------------------------------------------------------


def test_lessons_without_an_easy_read_are_listed_in_course_order_with_links_to_edit(client, editor, course):
    first, second = course.lessons[0]
    second.easy_read = easy_read("<p>We listen. We learn.</p>")
    second.save_revision().publish()

    html = panel(dashboard(client, editor), "lessons-without-easy-read")

    assert "3 lessons have no easy-read version yet" in html
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[first.pk])}"' in html
    assert f"{course.course.title} › {course.modules[0].title}" in html, "each lesson says where it is"
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[second.pk])}"' not in html
    titles = [lesson.title for lesson in [first, *course.lessons[1]]]
    assert [html.index(title) for title in titles] == sorted(html.index(title) for title in titles)


def test_an_easy_read_whose_ideas_were_all_taken_out_counts_as_none(client, editor, course):
    give_easy_read(course)
    lesson = course.lessons[1][0]
    lesson.easy_read = []
    lesson.save_revision().publish()
    html = panel(dashboard(client, editor), "lessons-without-easy-read")
    assert "1 lesson has no easy-read version yet" in html and lesson.title in html


def test_when_every_lesson_has_an_easy_read_the_panel_says_so_kindly(client, editor, course):
    give_easy_read(course)
    html = panel(dashboard(client, editor), "lessons-without-easy-read")
    assert EVERYONE_HAS_EASY_READ in html and "<table" not in html


def test_a_long_list_shows_the_first_lessons_and_how_many_more(client, editor, site_pages):
    build_course(site_pages[1], modules=2, lessons_per_module=7)
    html = panel(dashboard(client, editor), "lessons-without-easy-read")
    assert "14 lessons have no easy-read version yet" in html
    assert html.count("<tr>") == 1 + LISTED  # the heading row, then the first ten
    assert f"And {14 - LISTED} more" in html


# --- Courses to read again -----------------------------------------------------------------------------------------


def test_courses_past_their_review_date_or_with_none_are_listed_with_their_pages(client, editor, site_pages):
    today = timezone.localdate()
    due = build_course(site_pages[1], title="Due a fresh look").course
    due.review_by = today - timedelta(days=40)
    due.save_revision().publish()
    build_course(site_pages[1], title="Never dated", modules=1, lessons_per_module=1)
    later = build_course(site_pages[1], title="Checked this year").course
    later.review_by = today + timedelta(days=200)
    later.save_revision().publish()

    html = panel(dashboard(client, editor), "courses-to-read-again")

    assert "2 courses have come to their “review by” date, or have none set" in html
    assert f"Review by {due.review_by:%-d %B %Y}" in html
    assert "No review date set" in html
    assert "6 pages in it" in html and "2 pages in it" in html, "the course and every page in it need reading"
    assert f'href="{reverse("wagtailadmin_explore", args=[due.pk])}"' in html
    assert html.index("Due a fresh look") < html.index("Never dated"), "dated ones first, oldest first"
    assert "Checked this year" not in html


def test_a_course_due_today_is_listed_and_a_draft_course_is_not(client, editor, site_pages):
    course = build_course(site_pages[1], title="Due today").course
    course.review_by = timezone.localdate()
    course.save_revision().publish()
    draft = CoursePage(
        title="Not yet published",
        slug="not-yet-published",
        summary="Soon.",
        who_it_is_for="<p>Everyone.</p>",
        course_format="Online",
        time_needed="An hour",
        live=False,
    )
    site_pages[1].add_child(instance=draft)

    html = panel(dashboard(client, editor), "courses-to-read-again")
    assert "Due today" in html and "Not yet published" not in html


def test_an_editor_sets_the_next_review_date_and_the_course_leaves_the_panel_after_review(client, editor, course):
    """The editor's path through the admin: check the dashboard, edit the course, submit it for the co-production
    review; a peer reviewer and a second editor approve, and it is published with its new date."""
    page = CoursePage.objects.get(pk=course.course.pk)
    assert page.title in panel(dashboard(client, editor), "courses-to-read-again")

    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "When should someone read this course again" in client.get(edit_url).content.decode()
    next_year = timezone.localdate() + timedelta(days=365)
    capability = page.capabilities.get()
    form = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "who_it_is_for": rich_text(page.who_it_is_for),
            "course_format": page.course_format,
            "time_needed": page.time_needed,
            "capabilities": inline_formset([{"id": capability.pk, "text": capability.text}], initial=1, min=1),
            "credits": inline_formset([]),
            "review_by": next_year.isoformat(),
            "action-submit": "Submit to Co-production review",
        }
    )
    response = client.post(edit_url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = CoursePage.objects.get(pk=page.pk)
    assert page.review_by is None, "the new date waits for the review, like every change"
    assert "Live, with changes waiting" in panel(dashboard(client, editor), "courses-to-read-again")

    for reviewer in [UserFactory(groups=("Peer reviewers",)), UserFactory(groups=("Editors",))]:
        client.force_login(reviewer)
        task_state = page.current_workflow_state.current_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
        assert client.post(url, {"comment": ""}).status_code == 302
        page = CoursePage.objects.get(pk=page.pk)

    assert page.review_by == next_year
    assert NOTHING_TO_READ_AGAIN in panel(dashboard(client, editor), "courses-to-read-again")


# --- Documents no page links to ----------------------------------------------------------------------------------


def test_documents_no_page_links_to_are_listed_and_leave_once_a_page_links_them(
    client, editor, course, django_capture_on_commit_callbacks
):
    spare = a_document("A spare worksheet")
    linked = a_document("The welcome checklist")
    lesson = LessonPage.objects.get(pk=course.lessons[0][0].pk)
    lesson.body.append(("take_away_tool", {"title": "Checklist", "document": linked, "description": "Print it."}))
    publish_with_references(lesson, django_capture_on_commit_callbacks)
    assert ReferenceIndex.get_references_to(linked).exists()

    html = panel(dashboard(client, editor), "documents-nothing-links-to")
    assert "A spare worksheet" in html and f'href="{reverse("wagtaildocs:edit", args=[spare.pk])}"' in html
    assert "The welcome checklist" not in html

    lesson.body.append(("take_away_tool", {"title": "Spare", "document": spare, "description": "Use it."}))
    publish_with_references(lesson, django_capture_on_commit_callbacks)
    assert EVERY_DOCUMENT_LINKED in panel(dashboard(client, editor), "documents-nothing-links-to")


# --- Who sees what -------------------------------------------------------------------------------------------------


def test_a_peer_reviewer_sees_what_awaits_their_review_and_none_of_the_editors_panels(client, editor, course):
    page = CoursePage.objects.get(pk=course.course.pk)
    page.title = "A better title"
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)

    html = dashboard(client, UserFactory(groups=("Peer reviewers",)))

    assert "Awaiting your review" in html and "A better title" in html, "Wagtail's own review panel, kept"
    for panel_id in ["lessons-without-easy-read", "courses-to-read-again", "documents-nothing-links-to"]:
        assert f'id="{panel_id}-section"' not in html


def test_an_editor_of_one_course_sees_only_that_courses_lessons(client, course, site_pages):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    other = build_course(site_pages[1], title="Someone else’s course", slug="another-course")
    group = Group.objects.create(name="Editors of one course")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=course.course, permission=Permission.objects.get(codename="change_page")
    )
    html = panel(dashboard(client, UserFactory(groups=("Editors of one course",))), "lessons-without-easy-read")
    assert course.lessons[0][0].title in html
    assert other.lessons[0][0].title not in html


# --- Query counts ---------------------------------------------------------------------------------------------------

# A panel's list is one query, its count riding along as a window; for someone who is not a superuser, reading their
# permissions is a second (once a request: Wagtail keeps page permissions on the person for the other panels).
PANEL_QUERIES = 2
HOME_QUERIES = 26  # Wagtail's own panels and header included, with nothing waiting for review


def grow(site_pages, *, courses: int, documents: int) -> None:
    for number in range(courses):
        build_course(site_pages[1], title=f"Course {number}", modules=2, lessons_per_module=4)
    for number in range(documents):
        a_document(f"Worksheet {number}")


@pytest.mark.parametrize("size", [(1, 1), (4, 25)], ids=["small", "large"])
def test_each_panel_costs_the_same_few_queries_at_any_size(size, editor, site_pages, django_assert_max_num_queries):
    grow(site_pages, courses=size[0], documents=size[1])
    for panel_class in [LessonsWithoutEasyReadPanel, CoursesToReadAgainPanel, DocumentsNothingLinksToPanel]:
        request = RequestFactory().get(HOME)
        request.user = UserFactory(groups=("Editors",))  # a fresh person: no permissions read yet
        with django_assert_max_num_queries(PANEL_QUERIES):
            html = panel_class().render_html({"request": request})
        assert "<section" in html


@pytest.mark.parametrize("size", [(1, 1), (4, 25)], ids=["small", "large"])
def test_the_dashboard_costs_the_same_at_any_size(size, client, editor, site_pages, django_assert_max_num_queries):
    grow(site_pages, courses=size[0], documents=size[1])
    client.force_login(editor)
    client.get(HOME)
    with django_assert_max_num_queries(HOME_QUERIES):
        html = client.get(HOME).content.decode()
    assert f"Worksheet {size[1] - 1}" in html and "Course 0" in html


def test_the_panels_show_nothing_to_someone_signed_out():
    request = RequestFactory().get(HOME)
    request.user = AnonymousUser()
    for panel_class in [LessonsWithoutEasyReadPanel, CoursesToReadAgainPanel, DocumentsNothingLinksToPanel]:
        assert panel_class().render_html({"request": request}) == ""
