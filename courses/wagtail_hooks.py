from django.contrib import messages
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses import admin_views, glossary
from courses.content_checks import checked_summary, page_findings
from courses.editor_dashboard import editor_day_panels
from courses.models import CoursePage, GlossaryTerm, SensitiveTopic, Theme, WordToAvoid
from courses.workflows import explain_withheld_approval


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Themes"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(ThemeViewSet)


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossary"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["term", "definition"]
    # The model's own index fields: naming fields here makes SQLite's full-text search look for a "term" column.


register_snippet(GlossaryTermViewSet)


@hooks.register("register_rich_text_features")
def register_glossary_links(features):
    glossary.register_rich_text_feature(features)


@hooks.register("construct_homepage_panels")
def add_editor_day_panels(request, panels):
    panels.extend(editor_day_panels())


class WordToAvoidViewSet(SnippetViewSet):
    model = WordToAvoid
    icon = "warning"
    menu_label = "Words to avoid"
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["phrase", "better"]
    search_fields = ["phrase"]


register_snippet(WordToAvoidViewSet)


class SensitiveTopicViewSet(SnippetViewSet):
    model = SensitiveTopic
    icon = "warning"
    menu_label = "Sensitive topics"
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["name", "description"]


register_snippet(SensitiveTopicViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_content_checks(request, page):
    """Never blocks a save: the findings are advice, listed in full under "Content checks" in the editor."""
    findings = page_findings(page=page.specific)
    if findings:
        messages.warning(request, f"Content checks: {checked_summary(findings)}. See “Content checks” in the editor.")


# The co-production review withholds "Approve" from whoever wrote the latest changes: the editor says why.
hooks.register("before_edit_page", explain_withheld_approval)


# Moving a course between services (courses.admin_views): superusers only, as an import publishes at once.
@hooks.register("register_admin_urls")
def register_course_moving_urls():
    return [
        path("courses/import/", admin_views.CourseImportView.as_view(), name="course_import"),
        path("courses/<int:page_id>/export/", admin_views.course_export_download, name="course_export"),
    ]


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def course_export_button(page, user, view_name=None, next_url=None):
    if page.specific_class is CoursePage and page.live and admin_views.may_move_courses(user):
        yield Button("Export this course", reverse("course_export", args=[page.pk]), icon_name="download", priority=90)


class CourseImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_move_courses(request.user)


@hooks.register("register_settings_menu_item")
def register_course_import_menu_item():
    return CourseImportMenuItem("Import a course", reverse("course_import"), name="course-import", icon_name="upload")
