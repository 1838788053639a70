"""Writes a live course back into the plain data of courses/content/FORMAT.md, so another Colearn can import it
(courses.loader.course_import) and a person can read, diff and keep it.

Only what is published is exported, never a draft. Whatever names a row of this site by its id (a link to a page,
a glossary term, a document) is written by what travels instead: the page's address, the term's slug, the
document's file in the export's documents/ folder. A prompt is written with its block id, so journal answers
written against it on another site stay linked after an update.
"""

import io
import pprint
import re
import zipfile
from pathlib import Path

from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Page

from courses.course_files import CREDIT_FIELDS, FORMAT_VERSION, CourseDataError, credit_model
from courses.models import CoursePage, LessonPage, ModulePage

TAG = re.compile(r"<(/?)([a-zA-Z0-9]+)((?:\s+[^\s=>/]+(?:=\"[^\"]*\")?)*)\s*(/?)>")
ATTRIBUTE = re.compile(r"([^\s=]+)(?:=\"([^\"]*)\")?")
HEADER = '"""{what}, exported from Colearn by manage.py export_course. Data only, read and never run: see FORMAT.md."""'


def _rich_text(html: str, where: str) -> str:
    """Rich text as it travels: Wagtail's own attributes dropped, links by id written by what another site can
    find. Anything that cannot travel stops the export with a message saying where it is."""

    def tag(match: re.Match) -> str:
        closing, name, attributes, self_closing = match.groups()
        attrs = dict(ATTRIBUTE.findall(attributes or ""))
        attrs.pop("data-block-key", None)
        if name == "a" and not closing:
            kind = attrs.get("linktype")
            if kind == "page":
                page = Page.objects.filter(pk=attrs.get("id")).first()
                url = page.specific.get_url() if page is not None else None
                if not url:
                    raise CourseDataError([f"{where}: links to a page that is not published."])
                attrs = {"href": url}
            elif kind == "glossary":
                attrs = {"linktype": "glossary", "slug": _glossary_slug(attrs, where)}
            elif kind is not None:
                raise CourseDataError([f"{where}: links to a {kind}, which cannot travel yet. Remove the link first."])
        elif name == "embed":
            raise CourseDataError([f"{where}: holds a picture, and pictures cannot travel yet. Remove it first."])
        written = "".join(f' {key}="{value}"' for key, value in attrs.items())
        return f"<{closing}{name}{written}{self_closing and '/'}>"

    return TAG.sub(tag, html)


def _glossary_slug(attrs: dict, where: str) -> str:
    from courses.models import GlossaryTerm

    term = GlossaryTerm.objects.filter(pk=attrs.get("id")).first() if attrs.get("id") else None
    slug = term.slug if term is not None else attrs.get("slug", "")
    if not slug:
        raise CourseDataError([f"{where}: links to a glossary term that no longer exists."])
    return slug


def _credits(page: Page) -> list[dict]:
    """A page's credits. Someone credited anonymously was named for this service's editors only, so their name
    stays here."""
    if credit_model() is None:
        return []
    return [
        {name: "" if name == "name" and credit.anonymous else getattr(credit, name) for name in sorted(CREDIT_FIELDS)}
        for credit in page.credits.all()
    ]


class _Export:
    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.themes: dict[str, dict] = {}
        self.glossary: set[str] = set()
        self.topics: dict[str, dict] = {}

    def theme(self, theme) -> str:
        self.themes[theme.slug] = {"slug": theme.slug, "name": theme.name, "description": theme.description}
        return theme.slug

    def topic(self, topic) -> str:
        self.topics[topic.name] = {"name": topic.name, "description": topic.description}
        return topic.name

    def rich(self, html: str, where: str) -> str:
        text = _rich_text(str(html), where)
        self.glossary |= set(re.findall(r'linktype="glossary" slug="([^"]+)"', text))
        return text

    def module(self, module: ModulePage) -> dict:
        where = f"module “{module.title}”"
        tools: dict[tuple, dict] = {}
        lessons = [
            self.lesson(lesson, tools)
            for lesson in LessonPage.objects.child_of(module)
            .live()
            .order_by("path")
            .prefetch_related("credits", "sensitive_topics")
        ]
        return {
            "slug": module.slug,
            "title": module.title,
            "summary": module.summary,
            "theme": self.theme(module.theme) if module.theme else "",
            "intro": self.rich(module.introduction, f"{where}, introduction"),
            "estimated_minutes": module.estimated_minutes,
            "content_note": module.content_note,
            "credits": _credits(module),
            "lessons": lessons,
            "tools": list(tools.values()),
        }

    def lesson(self, lesson: LessonPage, tools: dict) -> dict:
        where = f"lesson “{lesson.title}”"
        return {
            "slug": lesson.slug,
            "title": lesson.title,
            "summary": lesson.summary,
            "estimated_minutes": lesson.estimated_minutes,
            "credits": _credits(lesson),
            "sensitive_topics": [self.topic(topic) for topic in lesson.sensitive_topics.all()],
            "body": [
                self.block(block, f"{where}, block {number}", tools)
                for number, block in enumerate(lesson.body.raw_data, 1)
            ],
            "easy_read_title": lesson.easy_read_title,
            "easy_read": [
                (idea["value"]["picture"] or "", self.rich(idea["value"]["text"], f"{where}, easy read, idea {number}"))
                for number, idea in enumerate(lesson.easy_read.raw_data, 1)
            ],
        }

    def block(self, block: dict, where: str, tools: dict) -> tuple:
        kind, value = block["type"], block["value"]
        if kind == "text":
            return kind, self.rich(value, where)
        if kind == "heading":
            return kind, value["text"] if value.get("level", "h2") == "h2" else dict(value)
        if kind == "reflection_prompt":
            return kind, {"id": block["id"], "question": value["question"], "guidance": value.get("guidance", "")}
        if kind == "take_away_tool":
            return kind, {"tool": self.tool(value, where, tools)}
        if kind == "image":
            raise CourseDataError([f"{where}: is a picture, and pictures cannot travel yet. Remove it first."])
        rich = {"callout": "text", "activity": "instructions", "video": "transcript"}.get(kind)
        return kind, {key: self.rich(text, where) if key == rich else text for key, text in value.items()}

    def tool(self, value: dict, where: str, tools: dict) -> str:
        """The module's tool for this block's document, title and description, its file added to documents/."""
        document = get_document_model().objects.filter(pk=value.get("document")).first()
        if document is None:
            raise CourseDataError([f"{where}: the take-away tool has no document."])
        key = (document.pk, value["title"], value["description"])
        if key not in tools:
            base = slugify(Path(document.file.name).stem.split("_")[0])[:70] or "tool"
            slugs = {tool["slug"] for tool in tools.values()}
            slug = next(s for s in (base, *(f"{base}-{n}" for n in range(2, 1000))) if s not in slugs)
            path = f"documents/{slug}.{document.file_extension.lower()}"
            with document.open_file() as handle:
                self.files[path] = handle.read()
            tools[key] = {"slug": slug, "title": value["title"], "description": value["description"], "file": path}
        return tools[key]["slug"]


def _source(what: str, **values) -> bytes:
    lines = [HEADER.format(what=what), ""]
    for name, value in values.items():
        lines += ["", f"{name} = {pprint.pformat(value, width=110, sort_dicts=False)}"]
    return ("\n".join(lines) + "\n").encode()


def course_export(*, course: CoursePage) -> dict[str, bytes]:
    """The course's files, by their names in the export folder: course.py, module_1.py, … and documents/."""
    export = _Export()
    modules = [
        export.module(module)
        for module in ModulePage.objects.child_of(course).live().order_by("path").select_related("theme")
    ]
    data = {
        "slug": course.slug,
        "title": course.title,
        "summary": course.summary,
        "who_it_is_for": export.rich(course.who_it_is_for, "the course, who it is for"),
        "course_format": course.course_format,
        "time_needed": course.time_needed,
        "themes": [export.theme(theme) for theme in course.themes.order_by("name")],
        "capabilities": [capability.text for capability in course.capabilities.all()],
        "credits": _credits(course),
        "modules": [f"module_{number}" for number in range(1, len(modules) + 1)],
    }
    if getattr(course, "review_by", None):
        data["review_by"] = course.review_by.isoformat()
    values = {"FORMAT_VERSION": FORMAT_VERSION, "THEMES": list(export.themes.values())}
    if export.glossary:
        from courses.models import GlossaryTerm

        values["GLOSSARY"] = [
            {"term": term.term, "slug": term.slug, "definition": term.definition, "also_called": term.also_called}
            for term in GlossaryTerm.objects.filter(slug__in=export.glossary).order_by("slug")
        ]
    if export.topics:
        values["SENSITIVE_TOPICS"] = sorted(export.topics.values(), key=lambda topic: topic["name"])
    values["COURSE"] = data
    files = {"course.py": _source(f"The course “{course.title}”", **values)}
    for number, module in enumerate(modules, 1):
        files[f"module_{number}.py"] = _source(f"Module {number}, “{module['title']}”", MODULE=module)
    return files | export.files


def course_export_zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in sorted(files.items()):
            archive.writestr(name, content)
    return buffer.getvalue()


def course_export_folder(files: dict[str, bytes], folder: Path) -> None:
    for name, content in files.items():
        path = Path(folder) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
