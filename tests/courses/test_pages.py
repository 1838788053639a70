"""Every page type renders what a visitor needs, and the tree only allows a sensible shape."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, StandardPage
from tests.factories import ThemeFactory, build_course
from tests.factories.courses import easy_read

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "allowed_parents"),
    [
        (HomePage, {Page}),
        (CourseIndexPage, {HomePage}),
        (CoursePage, {CourseIndexPage}),
        (ModulePage, {CoursePage}),
        (LessonPage, {ModulePage}),
        (StandardPage, {HomePage, StandardPage}),
    ],
)
def test_each_page_type_can_only_be_created_under_its_parent(child, allowed_parents):
    every_type = {Page, HomePage, CourseIndexPage, CoursePage, ModulePage, LessonPage, StandardPage}
    assert set(child.allowed_parent_page_models()) & every_type == allowed_parents


def test_lessons_have_no_children():
    assert LessonPage.allowed_subpage_models() == []


def test_an_editor_adds_a_lesson_to_a_module_through_the_admin(client, course, admin_user_factory):
    editor = admin_user_factory(groups=("Editors",))
    client.force_login(editor)
    module = course.modules[0]
    form = nested_form_data(
        {
            "title": "A new lesson",
            "slug": "a-new-lesson",
            "summary": "What it is about.",
            "estimated_minutes": "15",
            "body": streamfield([("text", rich_text("<p>Hello</p>"))]),
            "easy_read": streamfield([]),
            "credits": inline_formset([]),
        }
    )
    response = client.post(f"/admin/pages/add/courses/lessonpage/{module.pk}/", form)
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="a-new-lesson")
    assert lesson.get_parent().pk == module.pk
    assert lesson.live is False, "an editor's new page is a draft until the review approves it"


def test_the_admin_refuses_a_lesson_straight_under_the_catalogue(client, site_pages, admin_user_factory):
    client.force_login(admin_user_factory(is_superuser=True))
    response = client.get(f"/admin/pages/add/courses/lessonpage/{site_pages[1].pk}/")
    assert (response.status_code, response.url) == (302, "/admin/"), "Wagtail turns the request away"
    assert not LessonPage.objects.exists()


def test_home_page_welcomes_and_lists_courses(client, course):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Colearn test home" in html
    assert course.course.title in html
    assert 'lang="en-GB"' in html and 'href="#main"' in html


def test_catalogue_lists_live_courses_and_filters_by_theme(client, site_pages):
    index = site_pages[1]
    hope = ThemeFactory(name="Hope", slug="hope")
    community = ThemeFactory(name="Community", slug="community")
    build_course(index, title="About hope", themes=[hope], modules=1, lessons_per_module=1)
    build_course(index, title="About community", themes=[community], modules=1, lessons_per_module=1)

    everything = client.get("/courses/").content.decode()
    assert "About hope" in everything and "About community" in everything

    filtered = client.get("/courses/?theme=hope").content.decode()
    assert "About hope" in filtered and "About community" not in filtered
    assert "Courses about hope" in filtered


def test_catalogue_shows_all_courses_with_a_message_for_an_unknown_theme(client, site_pages):
    build_course(site_pages[1], title="About hope", modules=1, lessons_per_module=1)
    response = client.get("/courses/?theme=<script>alert(1)</script>&page=zzz")
    assert response.status_code == 200
    html = response.content.decode()
    assert "We couldn’t find that theme" in html
    assert "About hope" in html
    assert "<script>alert(1)</script>" not in html


def test_catalogue_paginates(client, site_pages):
    for n in range(CourseIndexPage.courses_per_page + 1):
        build_course(site_pages[1], title=f"Course {n:02d}", modules=0)
    first = client.get("/courses/").content.decode()
    second = client.get("/courses/?page=2").content.decode()
    assert "Page 1 of 2" in first and "Course 12" not in first
    assert "Course 12" in second


def test_course_page_shows_who_it_is_for_capabilities_and_modules(client, course):
    response = client.get(course.course.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Who it is for" in html
    assert "Notice what helps" in html
    assert "2 modules, 4 lessons" in html
    for module in course.modules:
        assert module.title in html


def test_drafts_are_left_out_of_the_outline_and_the_totals(client, course):
    course.add_lesson(course.modules[0], title="Still being written", live=False)
    html = client.get(course.course.url).content.decode()
    assert "2 modules, 4 lessons" in html
    assert "Still being written" not in html.replace(course.course.title, "")


def test_module_page_lists_its_lessons_and_content_note(client, course):
    module = course.modules[0]
    module.content_note = "This module talks about losing people you trusted."
    module.save_revision().publish()
    html = client.get(module.url).content.decode()
    assert "Module 1 of 2" in html
    assert "Content note" in html and "losing people you trusted" in html
    for lesson in course.lessons[0]:
        assert lesson.title in html


def test_lesson_page_shows_where_you_are_and_the_way_on(client, course):
    lesson = course.lessons[0][1]
    html = client.get(lesson.url).content.decode()
    assert "Lesson 2 of 2 in Module 1" in html
    assert f"Previous lesson</span> {course.lessons[0][0].title}" in html
    assert f"Next lesson</span> {course.lessons[1][0].title}" in html
    assert "What did you notice?" in html
    assert "In short" in html


def test_lesson_offers_its_easy_read_version(client, course):
    lesson = course.lessons[0][0]
    lesson.easy_read = easy_read("<p>Short words. One idea.</p>")
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "Read an easy-read version" in html and "Short words" not in html
    easy = client.get(lesson.url + "?version=easy-read").content.decode()
    assert "Short words. One idea." in easy and "Read the full lesson" in easy


def test_the_easy_read_version_has_its_own_title_a_picture_beside_each_idea_and_the_lessons_prompts(client, course):
    lesson = course.lessons[0][0]
    lesson.easy_read_title = "Noticing hope"
    lesson.easy_read = [
        *easy_read("<p>We say hello.</p>", picture="welcome"),
        *easy_read("<p>We listen.</p>", picture="listen"),
    ]
    lesson.save_revision().publish()
    html = client.get(lesson.url + "?version=easy-read").content.decode()
    assert "<title>Noticing hope – " in html and "<h1>Noticing hope</h1>" in html
    assert '<img class="easy-read__picture" src="/static/pictograms/welcome.svg" alt="An open door"' in html
    assert '<img class="easy-read__picture" src="/static/pictograms/listen.svg" alt="An ear, listening"' in html
    assert html.index("We say hello.") < html.index("We listen.")
    assert "What did you notice?" in html, "the lesson's reflection prompt comes after the ideas"
    assert "Lesson text about" not in html, "the full lesson's own text does not"


def test_every_pictogram_is_a_picture_on_disk_with_words_for_it():
    from pathlib import Path

    from django.conf import settings

    from courses.easy_read import PICTOGRAMS

    folder = Path(settings.BASE_DIR) / "static" / "pictograms"
    assert sorted(path.stem for path in folder.glob("*.svg")) == sorted(PICTOGRAMS)
    for name, pictogram in PICTOGRAMS.items():
        assert (folder / f"{name}.svg").read_text().startswith("<svg "), name
        assert pictogram.alt and pictogram.label, name


def test_every_page_has_the_need_support_link_in_the_header(client, course):
    from colearn.models import SupportSettings
    from courses.models import StandardPage
    from tests.factories.courses import _add

    home = course.course.get_parent().get_parent().specific
    support = _add(home, StandardPage(title="Need support now?", slug="support", introduction="Call 999."))
    settings = SupportSettings.for_site(home.get_site())
    settings.support_page = support
    settings.save()
    for url in [
        "/",
        "/courses/",
        course.course.url,
        course.lessons[0][0].url,
        "/search/",
        "/accounts/login/",
        "/nope/",
    ]:
        html = client.get(url).content.decode()
        assert '<a class="support-link" href="/support/">Need support now?</a>' in html, url


def test_an_admin_edits_and_previews_a_lesson_in_the_cms(client, course, admin_user_factory):
    client.force_login(admin_user_factory(is_superuser=True))
    lesson = course.lessons[0][0]
    assert client.get(f"/admin/pages/{lesson.pk}/edit/").status_code == 200
    form = nested_form_data(
        {
            "title": "Previewed title",
            "slug": lesson.slug,
            "summary": "A summary.",
            "estimated_minutes": "20",
            "body": streamfield([("text", rich_text("<p>Preview words</p>"))]),
            "easy_read": streamfield([]),
            "credits": inline_formset([]),
        }
    )
    preview_url = f"/admin/pages/{lesson.pk}/edit/preview/"
    assert client.post(preview_url, form).json() == {"is_valid": True, "is_available": True}
    preview = client.get(preview_url).content.decode()
    assert "Previewed title" in preview and "Preview words" in preview
    assert LessonPage.objects.get(pk=lesson.pk).title != "Previewed title", "a preview changes nothing"
