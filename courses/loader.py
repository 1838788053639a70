"""Loads a course from plain data (courses/content/FORMAT.md) into pages: the built-in course in courses/content/,
and any course another Colearn exported (courses/exporter.py writes the same shapes).

The files are read and checked whole first (courses/course_files.py), then written in one transaction.

The built-in course is created once and then left alone, so a later run never overwrites what editors have since
changed in the CMS. An import updates the pages it brings, in place by slug, only where what it brings differs
from what is live; block ids come from the prompts' own ids or keys, so journal answers stay linked.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.blocks import StreamValue
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Collection, Page, Site
from wagtail.utils.file import hash_filelike

from colearn.models import SupportSettings
from courses.content.glossary import TERMS as BUILT_IN_GLOSSARY
from courses.course_files import (
    BLOCK_NAMESPACE,
    CONTENT_FOLDER,
    CREDIT_FIELDS,
    CourseData,
    CourseDataError,
    course_read,
    credit_model,
    data_file_values,
    files_from_folder,
    prompt_id,
)
from courses.easy_read import ideas_from_rich_text
from courses.models import (
    CourseCapability,
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    SensitiveTopic,
    StandardPage,
    Theme,
)
from courses.tool_documents import render_tool_pdf

TOOLS_COLLECTION = "Take-away tools"


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    # Pages the site has that the import does not: left as they are, as journal answers may link to them.
    kept: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


# --- Writing pages ---------------------------------------------------------------------------------------------


def _publish_new_child(parent: Page, page: Page, *, user=None) -> Page:
    page.live = False
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True).publish(user=user, log_action=True)
    return page


def _stream(stream_block, blocks: list[tuple], *, id_prefix: str, tools: dict | None = None) -> StreamValue:
    return StreamValue(stream_block, _raw_blocks(blocks, id_prefix=id_prefix, tools=tools), is_lazy=True)


def _raw_blocks(blocks: list[tuple], *, id_prefix: str, tools: dict | None = None) -> list[dict]:
    raw = []
    for index, (block_type, value) in enumerate(blocks):
        block_id = str(uuid.uuid5(BLOCK_NAMESPACE, f"{id_prefix}:{index}"))
        if block_type == "heading" and isinstance(value, str):
            value = {"text": value, "level": "h2"}
        elif block_type == "reflection_prompt":
            block_id = prompt_id(value)
            value = {"question": value["question"], "guidance": value["guidance"]}
        elif block_type == "take_away_tool":
            document, tool = tools[value["tool"]]
            value = {"title": tool["title"], "document": document.pk, "description": tool["description"]}
        raw.append({"type": block_type, "id": block_id, "value": value})
    return raw


def _easy_read_ideas(ideas, *, id_prefix: str) -> list[dict]:
    """(picture, words) pairs as idea blocks; rich text from a file made before ideas had pictures is split into
    ideas without one, as the 0009 migration did to the lessons on the site."""
    if isinstance(ideas, str):
        ideas = [(idea["value"]["picture"], idea["value"]["text"]) for idea in ideas_from_rich_text(ideas)]
    return [
        {
            "type": "idea",
            "id": str(uuid.uuid5(BLOCK_NAMESPACE, f"{id_prefix}:{index}")),
            "value": {"picture": picture, "text": words},
        }
        for index, (picture, words) in enumerate(ideas)
    ]


def _ensure_themes(themes: list[dict], report: LoadReport) -> dict[str, Theme]:
    """Themes the site lacks are added; a theme the site already has keeps its own name and description."""
    found = {}
    for data in themes:
        theme = Theme.objects.filter(slug=data["slug"]).first()
        if theme is None:
            theme = Theme(**data)
            theme.full_clean()
            theme.save()
            report.add(f"theme “{theme.name}”")
        found[theme.slug] = theme
    return found | {theme.slug: theme for theme in Theme.objects.exclude(slug__in=found)}


def _ensure_sensitive_topics(topics: list[dict], report: LoadReport) -> None:
    """A topic the site lacks (by name) is added; one it has keeps its own description."""
    existing = set(SensitiveTopic.objects.values_list("name", flat=True))
    for data in topics:
        if data["name"] not in existing:
            topic = SensitiveTopic(**data)
            topic.full_clean()
            topic.save()
            report.add(f"sensitive topic “{topic.name}”")


def _ensure_glossary_terms(terms: list[dict], report: LoadReport) -> None:
    """Terms an imported course links to: a slug the site lacks is added; one it has keeps its own definition."""
    model = apps.get_model("courses", "GlossaryTerm")
    existing = set(model.objects.values_list("slug", flat=True))
    for data in terms:
        if data["slug"] in existing:
            continue
        term = model(**{"also_called": "", **data})
        term.full_clean()
        term.save()
        log(instance=term, action="wagtail.create")
        report.add(f"glossary term “{term.term}”")


def _ensure_site_pages(report: LoadReport) -> CourseIndexPage:
    """The home page, "Need support now?" and the catalogue, from the built-in content, where the site lacks them."""
    site_content = data_file_values("course.py", (CONTENT_FOLDER / "course.py").read_bytes())
    home = _ensure_home(site_content, report)
    _ensure_support_page(site_content, home, report)
    return _ensure_course_index(site_content, home, report)


def _ensure_home(content: dict, report: LoadReport) -> HomePage:
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.first()
    if home is None:
        placeholder = site.root_page
        data = content["HOME"]
        home = _publish_new_child(
            Page.get_first_root_node(),
            HomePage(
                title=data["title"],
                slug="colearn",
                introduction=data["introduction"],
                body=_stream(HomePage.body.field.stream_block, data["body"], id_prefix="home"),
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


def _ensure_support_page(content: dict, home: HomePage, report: LoadReport) -> None:
    data = content["SUPPORT_PAGE"]
    page = StandardPage.objects.child_of(home).filter(slug=data["slug"]).first()
    if page is None:
        page = _publish_new_child(
            home,
            StandardPage(
                title=data["title"],
                slug=data["slug"],
                introduction=data["introduction"],
                body=_stream(StandardPage.body.field.stream_block, data["body"], id_prefix="support"),
            ),
        )
        report.add("“Need support now?” page")
    settings_ = SupportSettings.for_site(Site.objects.get(is_default_site=True))
    if settings_.support_page_id is None:
        settings_.support_page = page
        settings_.save()


def _ensure_course_index(content: dict, home: HomePage, report: LoadReport) -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index is None:
        index = _publish_new_child(home, CourseIndexPage(slug="courses", **content["COURSE_INDEX"]))
        report.add("course catalogue")
    return index


def _ensure_tool_document(tool: dict, files: dict[str, bytes], report: LoadReport):
    """The tool's document: the same title (and, for a file brought in, the same bytes) is found, not added again."""
    Document = get_document_model()
    if "file" in tool:
        content = files[tool["file"]]
        existing = Document.objects.filter(title=tool["title"], file_hash=hash_filelike(ContentFile(content)))
        file_name = f"{tool['slug']}.{tool['file'].rsplit('.', 1)[-1]}"
    else:
        existing = Document.objects.filter(title=tool["title"])
        content, file_name = None, f"{tool['slug']}.pdf"
    document = existing.first()
    if document is None:
        if content is None:
            content = render_tool_pdf(title=tool["title"], description=tool["description"], document=tool["document"])
        root = Collection.get_first_root_node()
        tools = root.get_children().filter(name=TOOLS_COLLECTION).first() or root.add_child(name=TOOLS_COLLECTION)
        document = Document(title=tool["title"], collection=tools)
        document.file.save(file_name, ContentFile(content), save=False)
        document._set_document_file_metadata()
        document.full_clean()
        document.save()
        report.add(f"take-away tool “{tool['title']}”")
    return document


def _credits(credits: list[dict]) -> list[dict]:
    return [{name: credit[name] for name in sorted(CREDIT_FIELDS)} for credit in credits]


STREAMS = {"body": LessonPage.body, "easy_read": LessonPage.easy_read}  # a lesson's StreamFields, as raw blocks


def _state(page: Page, names) -> dict:
    """What an import controls of a live page, in the shape it brings, to tell whether anything would change."""
    state = {}
    for name in names:
        if name in STREAMS:
            state[name] = getattr(page, name).raw_data
        elif name == "themes":
            state[name] = sorted(theme.slug for theme in page.themes.all())
        elif name == "capabilities":
            state[name] = [capability.text for capability in page.capabilities.all()]
        elif name == "sensitive_topics":
            state[name] = sorted(topic.name for topic in page.sensitive_topics.all())
        elif name == "credits":
            state[name] = _credits(page.credits.all().values()) if credit_model() else []
        else:
            state[name] = getattr(page, name)
    return _comparable(state)


def _comparable(fields: dict) -> dict:
    """Block ids of anything but a prompt are only names for the block, so a difference there alone is no change."""
    out = dict(fields)
    for name in STREAMS.keys() & out.keys():
        out[name] = [
            (block["type"], block["value"], block["id"] if block["type"] == "reflection_prompt" else None)
            for block in out[name]
        ]
    return out


def _set(page: Page, name: str, value, themes: dict[str, Theme]) -> None:
    if name in STREAMS:
        setattr(page, name, StreamValue(STREAMS[name].field.stream_block, value, is_lazy=True))
    elif name == "themes":
        page.themes = [themes[slug] for slug in value]
    elif name == "capabilities":
        page.capabilities = [CourseCapability(text=text, sort_order=i) for i, text in enumerate(value)]
    elif name == "sensitive_topics":
        page.sensitive_topics = list(SensitiveTopic.objects.filter(name__in=value))
    elif name == "credits":
        if credit_model() is not None:
            page.credits = [credit_model()(sort_order=i, **credit) for i, credit in enumerate(value)]
    else:
        setattr(page, name, value)


@dataclass
class _Load:
    update: bool
    user: object
    themes: dict[str, Theme]
    report: LoadReport

    def page(self, parent: Page, model, *, slug: str, fields: dict, label: str) -> Page:
        """Create the page under `parent`, or (when updating) bring its live content up to `fields`: nothing at
        all happens when it already matches, and a lesson keeps its block ids when only they differ."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = model(slug=slug)
            for name, value in fields.items():
                _set(page, name, value, self.themes)
            _publish_new_child(parent, page, user=self.user)
            self.report.add(f"{label} “{page.title}”")
            return page
        if not self.update or _state(page, fields) == _comparable(fields):
            return page
        changed = {name for name, value in _comparable(fields).items() if _state(page, [name])[name] != value}
        for name in changed:
            _set(page, name, fields[name], self.themes)
        page.save_revision(user=self.user, log_action=True).publish(user=self.user, log_action=True)
        self.report.updated.append(f"{label} “{page.title}”")
        return page

    def course(self, course: CourseData, index: CourseIndexPage) -> None:
        data = course.values["COURSE"]
        fields = {name: data[name] for name in ("title", "summary", "who_it_is_for", "course_format", "time_needed")}
        fields |= {
            "capabilities": list(data["capabilities"]),
            "themes": list(data["themes"]),
            "credits": _credits(data.get("credits", [])),
        }
        if "review_by" in data:
            fields["review_by"] = date.fromisoformat(data["review_by"])
        page = self.page(index, CoursePage, slug=data["slug"], fields=fields, label="course")
        for module in course.modules:
            self.module(page, module, course.files)
        for module in ModulePage.objects.child_of(page).exclude(slug__in=[m["slug"] for m in course.modules]):
            self.report.kept.append(f"module “{module.title}”")

    def module(self, course: CoursePage, data: dict, files: dict[str, bytes]) -> None:
        fields = {
            "title": data["title"],
            "summary": data["summary"],
            "introduction": data["intro"],
            "estimated_minutes": data["estimated_minutes"],
            "content_note": data["content_note"],
            "theme": self.themes[data["theme"]],
            "credits": _credits(data.get("credits", [])),
        }
        module = self.page(course, ModulePage, slug=data["slug"], fields=fields, label="module")
        tools = {tool["slug"]: (_ensure_tool_document(tool, files, self.report), tool) for tool in data["tools"]}
        for lesson in data["lessons"]:
            fields = {
                "title": lesson["title"],
                "summary": lesson["summary"],
                "estimated_minutes": lesson["estimated_minutes"],
                "body": _raw_blocks(lesson["body"], id_prefix=f"lesson:{lesson['slug']}", tools=tools),
                "easy_read_title": lesson.get("easy_read_title", ""),
                "easy_read": _easy_read_ideas(lesson["easy_read"], id_prefix=f"easy-read:{lesson['slug']}"),
                "credits": _credits(lesson.get("credits", [])),
                "sensitive_topics": sorted(lesson.get("sensitive_topics", [])),
            }
            self.page(module, LessonPage, slug=lesson["slug"], fields=fields, label="lesson")
        for lesson in LessonPage.objects.child_of(module).exclude(slug__in=[ls["slug"] for ls in data["lessons"]]):
            self.report.kept.append(f"lesson “{lesson.title}”")


def course_load(course: CourseData, *, update: bool, user=None) -> LoadReport:
    """Write a checked course into the site, in one transaction. `update` False (the built-in course) only adds
    what is missing; True (an import) also brings existing pages up to what the course holds."""
    report = LoadReport()
    try:
        with transaction.atomic():
            themes = _ensure_themes(course.values.get("THEMES", []), report)
            _ensure_glossary_terms(course.values.get("GLOSSARY", []), report)
            _ensure_sensitive_topics(course.values.get("SENSITIVE_TOPICS", []), report)
            index = _ensure_site_pages(report)
            _Load(update=update, user=user, themes=themes, report=report).course(course, index)
    except ValidationError as error:
        raise CourseDataError([f"The course could not be saved: {' '.join(error.messages)}"]) from None
    return report


def built_in_course_load() -> LoadReport:
    """The built-in course and the site's own pages: whatever is missing is added; nothing is ever overwritten."""
    report = course_load(course_read(files_from_folder(CONTENT_FOLDER)), update=False)
    glossary_load(report=report)
    return report


@transaction.atomic
def glossary_load(*, report: LoadReport | None = None) -> LoadReport:
    """The built-in glossary (courses/content/glossary.py), added term by term as the built-in course is. Term
    links resolve as pages render, so it may come after the course's pages."""
    report = report or LoadReport()
    _ensure_glossary_terms(BUILT_IN_GLOSSARY, report)
    return report


def course_import(*, files: dict[str, bytes], user=None) -> LoadReport:
    """A course another Colearn exported: checked whole, then created, or updated in place by slug."""
    return course_load(course_read(files), update=True, user=user)
