"""Loads the built-in course and the site's own pages from courses/content/.

Idempotent by design: anything that already exists (matched by slug or title) is left exactly as it is, so a
second run changes nothing and never overwrites what editors have since changed in the CMS.
"""

import importlib
import uuid
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, Site

from colearn.models import SupportSettings
from courses.content import course as course_content
from courses.models import (
    CourseCapability,
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    StandardPage,
    Theme,
)
from courses.tool_documents import render_tool_pdf

# Block ids are derived from the content, so every fresh install gives each reflection prompt the same id.
BLOCK_NAMESPACE = uuid.UUID("7b0e4c1e-9d0c-4a4e-9a57-5d3f1c0b6a21")
TOOLS_COLLECTION = "Take-away tools"


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)


def _publish_new_child(parent: Page, page: Page) -> Page:
    page.live = False
    parent.add_child(instance=page)
    page.save_revision(log_action=True).publish(log_action=True)
    return page


def _stream(stream_block, blocks: list[tuple], *, id_prefix: str, tools: dict | None = None) -> StreamValue:
    raw = []
    for index, (block_type, value) in enumerate(blocks):
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "reflection_prompt":
            block_id = str(uuid.uuid5(BLOCK_NAMESPACE, f"prompt:{value['key']}"))
            raw.append(
                {
                    "type": block_type,
                    "id": block_id,
                    "value": {
                        "question": value["question"],
                        "guidance": value["guidance"],
                    },
                }
            )
            continue
        elif block_type == "take_away_tool":
            document, tool = tools[value["tool"]]
            value = {
                "title": tool["title"],
                "document": document.pk,
                "description": tool["description"],
            }
        raw.append(
            {
                "type": block_type,
                "id": str(uuid.uuid5(BLOCK_NAMESPACE, f"{id_prefix}:{index}")),
                "value": value,
            }
        )
    return StreamValue(stream_block, raw, is_lazy=True)


def _load_module_data(name: str) -> dict:
    return importlib.import_module(f"courses.content.{name}").MODULE


def _ensure_themes(report: LoadReport) -> dict[str, Theme]:
    themes = {}
    for data in course_content.THEMES:
        theme, created = Theme.objects.get_or_create(
            slug=data["slug"],
            defaults={"name": data["name"], "description": data["description"]},
        )
        if created:
            report.add(f"theme “{theme.name}”")
        themes[theme.slug] = theme
    return themes


def _ensure_home(report: LoadReport) -> HomePage:
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.first()
    if home is None:
        placeholder = site.root_page
        home = _publish_new_child(
            Page.get_first_root_node(),
            HomePage(
                title=course_content.HOME["title"],
                slug="colearn",
                introduction=course_content.HOME["introduction"],
                body=_stream(HomePage.body.field.stream_block, course_content.HOME["body"], id_prefix="home"),
            ),
        )
        site.root_page = home
        site.save()  # through save(), so Wagtail's cached site root paths are cleared
        # Wagtail's "Welcome to your new Wagtail site!" page goes, but only while it is the untouched default.
        if placeholder.specific_class is Page and placeholder.numchild == 0:
            placeholder.delete()
        report.add("home page")
        return home
    if site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def _ensure_support_page(home: HomePage, report: LoadReport) -> None:
    data = course_content.SUPPORT_PAGE
    page = StandardPage.objects.child_of(home).filter(slug=data["slug"]).first()
    if page is None:
        page = _publish_new_child(
            home,
            StandardPage(
                title=data["title"],
                slug=data["slug"],
                introduction=data["introduction"],
                body=_stream(
                    StandardPage.body.field.stream_block,
                    data["body"],
                    id_prefix="support",
                ),
            ),
        )
        report.add("“Need support now?” page")
    settings = SupportSettings.for_site(Site.objects.get(is_default_site=True))
    if settings.support_page_id is None:
        settings.support_page = page
        settings.save()


def _ensure_course_index(home: HomePage, report: LoadReport) -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index is None:
        index = _publish_new_child(home, CourseIndexPage(slug="courses", **course_content.COURSE_INDEX))
        report.add("course catalogue")
    return index


def _ensure_tool_document(tool: dict, report: LoadReport):
    Document = get_document_model()
    document = Document.objects.filter(title=tool["title"]).first()
    if document is None:
        collection = Collection.get_first_root_node()
        tools = collection.get_children().filter(name=TOOLS_COLLECTION).first() or collection.add_child(
            name=TOOLS_COLLECTION
        )
        pdf = render_tool_pdf(
            title=tool["title"],
            description=tool["description"],
            document=tool["document"],
        )
        document = Document(title=tool["title"], collection=tools)
        document.file.save(f"{tool['slug']}.pdf", ContentFile(pdf), save=False)
        document.full_clean()
        document.save()
        report.add(f"take-away tool “{tool['title']}”")
    return document


def _ensure_course(index: CourseIndexPage, themes: dict[str, Theme], report: LoadReport) -> CoursePage:
    data = course_content.COURSE
    course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if course is None:
        course = CoursePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            who_it_is_for=data["who_it_is_for"],
            course_format=data["course_format"],
            time_needed=data["time_needed"],
        )
        course.capabilities = [CourseCapability(text=text, sort_order=i) for i, text in enumerate(data["capabilities"])]
        course.themes = [themes[slug] for slug in data["themes"]]
        course = _publish_new_child(index, course)
        report.add(f"course “{course.title}”")
    for name in data["modules"]:
        _ensure_module(course, _load_module_data(name), themes, report)
    return course


def _ensure_module(course: CoursePage, data: dict, themes: dict[str, Theme], report: LoadReport) -> None:
    module = ModulePage.objects.child_of(course).filter(slug=data["slug"]).first()
    if module is None:
        module = _publish_new_child(
            course,
            ModulePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                introduction=data["intro"],
                estimated_minutes=data["estimated_minutes"],
                content_note=data["content_note"],
                theme=themes[data["theme"]],
            ),
        )
        report.add(f"module “{module.title}”")
    tools = {tool["slug"]: (_ensure_tool_document(tool, report), tool) for tool in data["tools"]}
    stream_block = LessonPage.body.field.stream_block
    for lesson_data in data["lessons"]:
        if LessonPage.objects.child_of(module).filter(slug=lesson_data["slug"]).exists():
            continue
        lesson = _publish_new_child(
            module,
            LessonPage(
                title=lesson_data["title"],
                slug=lesson_data["slug"],
                summary=lesson_data["summary"],
                estimated_minutes=lesson_data["estimated_minutes"],
                body=_stream(
                    stream_block,
                    lesson_data["body"],
                    id_prefix=f"lesson:{lesson_data['slug']}",
                    tools=tools,
                ),
                easy_read=lesson_data["easy_read"],
            ),
        )
        report.add(f"lesson “{lesson.title}”")


@transaction.atomic
def built_in_course_load() -> LoadReport:
    report = LoadReport()
    themes = _ensure_themes(report)
    home = _ensure_home(report)
    _ensure_support_page(home, report)
    index = _ensure_course_index(home, report)
    _ensure_course(index, themes, report)
    return report
