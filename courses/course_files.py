"""A course as files: read (never run) and checked whole, before the loader (courses/loader.py) changes anything.

The files are those of courses/content/FORMAT.md: course.py, module_N.py and documents/, in a folder or a zip. Each
data file may hold only a docstring and `NAME = <plain data>` lines, taken through `ast.literal_eval`. Every problem
is named by file and field, in words for the person importing the course.
"""

import ast
import re
import stat
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.embeds.blocks import EmbedBlock

from courses.easy_read import PICTOGRAMS
from courses.models import CourseCapability, CoursePage, LessonPage, ModulePage, SensitiveTopic, Theme

# Block ids are derived from the content, so every fresh install gives each reflection prompt the same id.
BLOCK_NAMESPACE = uuid.UUID("7b0e4c1e-9d0c-4a4e-9a57-5d3f1c0b6a21")
CONTENT_FOLDER = Path(__file__).parent / "content"
FORMAT_VERSION = 1

# What a course folder (or zip) may hold; anything else in it is ignored, never read.
MODULE_NAME = re.compile(r"module_[0-9]{1,3}")
DOCUMENT_PATH = re.compile(r"documents/[a-z0-9][a-z0-9-]{0,79}\.[a-z0-9]{2,5}")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PROMPT_KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
# Limits that keep a hostile file from filling memory: a data file, every file together, and how many files.
DATA_FILE_LIMIT = 2 * 1024 * 1024
TOTAL_LIMIT = 200 * 1024 * 1024
FILES_LIMIT = 500
ZIP_RATIO_LIMIT = 200  # a member that unpacks to more than this many times its packed size is a zip bomb

RICH_TEXT_TAGS = {"p", "b", "i", "ul", "ol", "li", "a", "br"}
# A link to one of the site's own pages, or out to the web or an email address.
LINK = re.compile(r"/[^\s\"'<>]*|https?://[^\s\"'<>]+|mailto:[^\s\"'<>]+")
RICH_FIELDS = {"callout": {"text"}, "activity": {"instructions"}, "video": {"transcript"}}
CREDIT_FIELDS = {"name", "role", "contribution", "anonymous"}


class CourseDataError(Exception):
    """A course that cannot be loaded: every problem found, each naming the file and the field."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class CourseData:
    """A checked course: the dicts of course.py and each module file, and the bytes of its documents."""

    values: dict  # course.py's names (THEMES, COURSE, and for the built-in course HOME, COURSE_INDEX, SUPPORT_PAGE)
    modules: list[dict]
    files: dict[str, bytes]


# --- Reading files (never running them) ------------------------------------------------------------------------


def files_from_folder(folder: Path) -> dict[str, bytes]:
    """The files a course folder may hold, by their names inside it. A symbolic link is refused, not followed."""
    folder = Path(folder)
    if not (folder / "course.py").is_file():
        raise CourseDataError([f"{folder}: there is no course.py in this folder."])
    candidates = [folder / "course.py", *sorted(folder.glob("module_*.py"))]
    if (folder / "documents").is_dir() and not (folder / "documents").is_symlink():
        candidates += sorted((folder / "documents").iterdir())
    files, total = {}, 0
    for path in candidates:
        name = path.relative_to(folder).as_posix()
        if not _wanted(name):
            continue
        if path.is_symlink() or not stat.S_ISREG(path.lstat().st_mode):
            raise CourseDataError([f"{name}: is a link or not an ordinary file, so it is not read."])
        total += path.stat().st_size
        _check_size(name, path.stat().st_size, total)
        files[name] = path.read_bytes()
    return files


def files_from_zip(upload) -> dict[str, bytes]:
    """The files of a course zip (a path or an open file), checked before a byte is unpacked: no links, no paths
    outside the zip, no more than the limits, nothing that unpacks to far more than it packs. Nothing is
    written to disk."""
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise CourseDataError(["The file is not a zip file Colearn can open."]) from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if len(members) > FILES_LIMIT:
            raise CourseDataError([f"The zip holds {len(members)} files; a course has at most {FILES_LIMIT}."])
        names = [info.filename for info in members]
        problems = [f"{name}: this path points outside the zip." for name in names if _escapes(name)]
        problems += [
            f"{info.filename}: is a link, so it is not read."
            for info in members
            if stat.S_ISLNK(info.external_attr >> 16)
        ]
        if problems:
            raise CourseDataError(problems)
        prefix = _common_folder(names)
        files, total = {}, 0
        for info in members:
            name = info.filename[len(prefix) :]
            if not _wanted(name):
                continue
            total += info.file_size
            _check_size(name, info.file_size, total)
            if info.compress_size and info.file_size / info.compress_size > ZIP_RATIO_LIMIT:
                raise CourseDataError([f"{name}: unpacks to far more than it packs, so it is not read."])
            try:
                with archive.open(info) as handle:
                    data = handle.read(info.file_size + 1)
            except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError):
                raise CourseDataError([f"{name}: cannot be unpacked (the zip is damaged or encrypted)."]) from None
            if len(data) != info.file_size:
                raise CourseDataError([f"{name}: is not the size the zip says it is."])
            files[name] = data
    if "course.py" not in files:
        raise CourseDataError(["The zip has no course.py in it."])
    return files


def _wanted(name: str) -> bool:
    stem = name.removesuffix(".py")
    return (
        name == "course.py"
        or (name.endswith(".py") and bool(MODULE_NAME.fullmatch(stem)))
        or (bool(DOCUMENT_PATH.fullmatch(name)))
    )


def _escapes(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]


def _common_folder(names: list[str]) -> str:
    """ "my-course/" when every file sits in that one folder (a zipped folder), else ""."""
    firsts = {name.split("/", 1)[0] for name in names}
    if len(firsts) == 1 and all("/" in name for name in names):
        return firsts.pop() + "/"
    return ""


def _check_size(name: str, size: int, total: int) -> None:
    limit = DATA_FILE_LIMIT if name.endswith(".py") else settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    if size > limit:
        raise CourseDataError([f"{name}: is {size // 1024} KB; a file of this kind may be {limit // 1024} KB."])
    if total > TOTAL_LIMIT:
        raise CourseDataError([f"The course is more than {TOTAL_LIMIT // (1024 * 1024)} MB in all."])


def data_file_values(name: str, source: bytes) -> dict:
    """The `NAME = <plain data>` lines of a data file, parsed and never run. A docstring is allowed; anything else
    (an import, a function, a call) is refused."""
    try:
        tree = ast.parse(source.decode("utf-8"), filename=name)
    except UnicodeDecodeError:
        raise CourseDataError([f"{name}: is not UTF-8 text."]) from None
    except SyntaxError as error:
        raise CourseDataError([f"{name}, line {error.lineno}: cannot be read ({error.msg})."]) from None
    except (ValueError, RecursionError, MemoryError):
        raise CourseDataError([f"{name}: cannot be read (it is nested too deeply or holds odd characters)."]) from None
    values, problems = {}, []
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            continue
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
                problems.append(f"{name}, line {node.lineno}: {node.targets[0].id} holds something other than data.")
            continue
        problems.append(f"{name}, line {node.lineno}: only lines of the form NAME = {{…}} are allowed.")
    if problems:
        raise CourseDataError(problems)
    return values


# --- Checking a course -----------------------------------------------------------------------------------------


class _RichTextCheck(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in RICH_TEXT_TAGS:
            self.problems.append(f"<{tag}> is not allowed")
            return
        given = dict(attrs)
        if tag == "a" and given.get("linktype") == "glossary":  # a glossary term, named by its slug
            if set(given) != {"linktype", "slug"} or not SLUG.fullmatch(given["slug"] or ""):
                self.problems.append('a glossary link should have only linktype="glossary" and a slug')
            return
        for name, value in attrs:
            if tag != "a" or name != "href":
                self.problems.append(f"the {name} attribute on <{tag}> is not allowed")
            elif not LINK.fullmatch(value or ""):
                self.problems.append(f"the link {value!r} is not a web address")
        if tag == "a" and "href" not in given:
            self.problems.append("a link has no address")

    handle_startendtag = handle_starttag

    def handle_comment(self, data):
        self.problems.append("comments are not allowed")

    def handle_decl(self, decl):
        self.problems.append("declarations are not allowed")

    handle_pi = unknown_decl = handle_decl


class _Checker:
    """Collects every problem in a course, each worded for the person importing it."""

    def __init__(self):
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def shape(self, where: str, value, required: set[str], optional: set[str] = frozenset()) -> bool:
        if not isinstance(value, dict):
            self.problem(where, "should be a {…} of fields.")
            return False
        missing, unknown = required - value.keys(), value.keys() - required - optional
        for key in sorted(missing):
            self.problem(where, f"“{key}” is missing.")
        for key in sorted(unknown, key=str):
            self.problem(where, f"“{key}” is not a field Colearn knows.")
        return not missing

    def text(self, where: str, value, *, max_length: int | None = None, blank: bool = True) -> None:
        if not isinstance(value, str):
            self.problem(where, "should be text in quotes.")
        elif "\x00" in value:
            self.problem(where, "holds a NUL character.")
        elif not blank and not value.strip():
            self.problem(where, "is empty.")
        elif max_length and len(value) > max_length:
            self.problem(where, f"is {len(value)} characters long; it may be {max_length}.")

    def rich(self, where: str, value, *, blank: bool = True) -> None:
        self.text(where, value, blank=blank)
        if isinstance(value, str):
            check = _RichTextCheck()
            check.feed(value)
            check.close()
            for problem in dict.fromkeys(check.problems):
                self.problem(where, f"{problem} (rich text may use only <p>, <b>, <i>, lists and links).")

    def slug(self, where: str, value, *, max_length: int = 255) -> None:
        if not isinstance(value, str) or not SLUG.fullmatch(value) or len(value) > max_length:
            self.problem(where, f"{value!r} is not a slug (lowercase letters, digits and single hyphens).")

    def number(self, where: str, value, *, low: int, high: int) -> None:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.problem(where, f"should be a whole number from {low} to {high}.")

    def unique(self, where: str, values: list, what: str) -> None:
        seen = set()
        for value in values:
            if not isinstance(value, str):
                continue  # already named as not a slug
            if value in seen:
                self.problem(where, f"the {what} {value!r} is used twice.")
            seen.add(value)


def _max_length(model, name: str) -> int:
    return model._meta.get_field(name).max_length or 0


def course_read(files: dict[str, bytes]) -> CourseData:
    """Parse and check a whole course. Raises CourseDataError naming every problem; changes nothing."""
    check = _Checker()
    values = data_file_values("course.py", files["course.py"])
    version = values.get("FORMAT_VERSION", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise CourseDataError([f"course.py: FORMAT_VERSION is {version!r}; this Colearn reads version 1."])
    course = values.get("COURSE")
    if not check.shape(
        "course.py, COURSE",
        course,
        {
            "slug",
            "title",
            "summary",
            "who_it_is_for",
            "course_format",
            "time_needed",
            "themes",
            "capabilities",
            "modules",
        },
        {"credits", "review_by"},
    ):
        raise CourseDataError(check.problems)
    themes = values.get("THEMES", [])
    _check_themes(check, themes)
    _check_glossary(check, values.get("GLOSSARY", []))
    _check_course(check, course)
    known_themes = {theme.get("slug") for theme in themes if isinstance(theme, dict)}
    known_themes |= set(Theme.objects.values_list("slug", flat=True))
    for slug in course["themes"] if isinstance(course["themes"], list) else []:
        if slug not in known_themes:
            check.problem("course.py, COURSE, themes", f"the theme {slug!r} is not in THEMES.")
    topics = _check_sensitive_topics(check, values.get("SENSITIVE_TOPICS", []))
    topics |= set(SensitiveTopic.objects.values_list("name", flat=True))
    modules = []
    names = course["modules"] if isinstance(course["modules"], list) else []
    for name in names:
        if not isinstance(name, str) or not MODULE_NAME.fullmatch(name):
            check.problem("course.py, COURSE, modules", f'{name!r} is not a module file name such as "module_1".')
        elif f"{name}.py" not in files:
            check.problem("course.py, COURSE, modules", f"there is no file {name}.py.")
        else:
            try:
                module = data_file_values(f"{name}.py", files[f"{name}.py"]).get("MODULE")
            except CourseDataError as error:
                check.problems += error.problems
                continue
            _check_module(check, f"{name}.py", module, {"themes": known_themes, "topics": topics}, files)
            modules.append(module)
    check.unique("course.py, COURSE, modules", names, "module file")
    check.unique("course.py", [m.get("slug") for m in modules if isinstance(m, dict)], "module slug")
    prompt_ids = [
        prompt_id(value)
        for module in modules
        if isinstance(module, dict)
        for lesson in module.get("lessons", [])
        if isinstance(lesson, dict)
        for block_type, value in _blocks(lesson)
        if block_type == "reflection_prompt"
    ]
    check.unique("The course", [prompt for prompt in prompt_ids if prompt], "reflection prompt id (or key)")
    if check.problems:
        raise CourseDataError(check.problems)
    return CourseData(values=values, modules=modules, files=files)


def _check_themes(check: _Checker, themes) -> None:
    if not isinstance(themes, list):
        check.problem("course.py, THEMES", "should be a list [ … ] of themes.")
        return
    for number, theme in enumerate(themes, 1):
        where = f"course.py, THEMES, theme {number}"
        if check.shape(where, theme, {"slug", "name", "description"}):
            check.slug(f"{where}, slug", theme["slug"], max_length=_max_length(Theme, "slug"))
            check.text(f"{where}, name", theme["name"], max_length=_max_length(Theme, "name"), blank=False)
            check.text(f"{where}, description", theme["description"])


def _check_sensitive_topics(check: _Checker, topics) -> set[str]:
    """The topics a course's lessons are tagged with (each then needs a content note), by name."""
    if not isinstance(topics, list):
        check.problem("course.py, SENSITIVE_TOPICS", "should be a list [ … ] of topics.")
        return set()
    for number, topic in enumerate(topics, 1):
        where = f"course.py, SENSITIVE_TOPICS, topic {number}"
        if check.shape(where, topic, {"name", "description"}):
            check.text(f"{where}, name", topic["name"], max_length=_max_length(SensitiveTopic, "name"), blank=False)
            check.text(f"{where}, description", topic["description"])
    return {topic["name"] for topic in topics if isinstance(topic, dict) and isinstance(topic.get("name"), str)}


def _check_glossary(check: _Checker, terms) -> None:
    if not terms:
        return
    if not isinstance(terms, list):
        check.problem("course.py, GLOSSARY", "should be a list [ … ] of terms.")
        return
    for number, term in enumerate(terms, 1):
        where = f"course.py, GLOSSARY, term {number}"
        if check.shape(where, term, {"term", "slug", "definition"}, {"also_called"}):
            model = apps.get_model("courses", "GlossaryTerm")
            check.slug(f"{where}, slug", term["slug"], max_length=_max_length(model, "slug"))
            for name in ("term", "definition", "also_called"):
                blank = name == "also_called"
                check.text(f"{where}, {name}", term.get(name, ""), max_length=_max_length(model, name), blank=blank)


def _check_course(check: _Checker, course: dict) -> None:
    where = "course.py, COURSE"
    check.slug(f"{where}, slug", course["slug"])
    for name in ("title", "summary", "course_format", "time_needed"):
        check.text(f"{where}, {name}", course[name], max_length=_max_length(CoursePage, name), blank=False)
    check.rich(f"{where}, who_it_is_for", course["who_it_is_for"], blank=False)
    for key in ("themes", "capabilities", "modules"):
        if not isinstance(course[key], list):
            check.problem(f"{where}, {key}", "should be a list [ … ].")
    for number, text in enumerate(course["capabilities"] if isinstance(course["capabilities"], list) else [], 1):
        check.text(f"{where}, capability {number}", text, max_length=_max_length(CourseCapability, "text"), blank=False)
    _check_credits(check, where, course.get("credits", []))
    review_by = course.get("review_by")
    if review_by is not None:
        try:
            date.fromisoformat(review_by)
        except (TypeError, ValueError):
            check.problem(f"{where}, review_by", f'{review_by!r} is not a date such as "2027-06-30".')


def _check_credits(check: _Checker, where: str, credits) -> None:
    if not credits:
        return
    if credit_model() is None:
        check.problem(f"{where}, credits", "this Colearn does not keep credits yet.")
        return
    if not isinstance(credits, list):
        check.problem(f"{where}, credits", "should be a list [ … ] of credits.")
        return
    for number, credit in enumerate(credits, 1):
        place = f"{where}, credit {number}"
        if check.shape(place, credit, CREDIT_FIELDS):
            check.text(f"{place}, name", credit["name"], max_length=_max_length(credit_model(), "name"))
            check.text(f"{place}, role", credit["role"], max_length=_max_length(credit_model(), "role"))
            if credit["contribution"] not in ("author", "reviewer"):
                check.problem(f"{place}, contribution", 'should be "author" or "reviewer".')
            if not isinstance(credit["anonymous"], bool):
                check.problem(f"{place}, anonymous", "should be True or False.")


def _check_module(check: _Checker, name: str, module, known: dict[str, set], files: dict[str, bytes]) -> None:
    known_themes, topics = known["themes"], known["topics"]
    where = f"{name}, MODULE"
    if not check.shape(
        where,
        module,
        {"slug", "title", "summary", "theme", "intro", "estimated_minutes", "content_note", "lessons", "tools"},
        {"credits"},
    ):
        return
    check.slug(f"{where}, slug", module["slug"])
    check.text(f"{where}, title", module["title"], max_length=_max_length(ModulePage, "title"), blank=False)
    check.text(f"{where}, summary", module["summary"], max_length=_max_length(ModulePage, "summary"), blank=False)
    check.rich(f"{where}, intro", module["intro"], blank=False)
    check.number(f"{where}, estimated_minutes", module["estimated_minutes"], low=1, high=32767)
    check.text(f"{where}, content_note", module["content_note"])
    if not isinstance(module["theme"], str) or module["theme"] not in known_themes:
        check.problem(f"{where}, theme", f"the theme {module['theme']!r} is not in THEMES in course.py.")
    _check_credits(check, where, module.get("credits", []))
    tools = module["tools"] if isinstance(module["tools"], list) else []
    if not isinstance(module["tools"], list):
        check.problem(f"{where}, tools", "should be a list [ … ] of tools.")
    for number, tool in enumerate(tools, 1):
        _check_tool(check, f"{name}, tool {number}", tool, files)
    tool_slugs = [tool.get("slug") for tool in tools if isinstance(tool, dict)]
    check.unique(f"{where}, tools", tool_slugs, "tool slug")
    if not isinstance(module["lessons"], list) or not module["lessons"]:
        check.problem(f"{where}, lessons", "should be a list [ … ] of at least one lesson.")
        return
    for number, lesson in enumerate(module["lessons"], 1):
        _check_lesson(check, f"{name}, lesson {number}", lesson, set(tool_slugs), topics)
    check.unique(f"{where}, lessons", [ls.get("slug") for ls in module["lessons"] if isinstance(ls, dict)], "slug")


def _check_tool(check: _Checker, where: str, tool, files: dict[str, bytes]) -> None:
    if not isinstance(tool, dict):
        check.problem(where, "should be a {…} of fields.")
        return
    source = "file" if "file" in tool else "document"
    if not check.shape(where, tool, {"slug", "title", "description", source}):
        return
    check.slug(f"{where}, slug", tool["slug"], max_length=80)
    check.text(f"{where}, title", tool["title"], max_length=150, blank=False)
    check.text(f"{where}, description", tool["description"], blank=False)
    if source == "document":
        if not isinstance(tool["document"], dict):
            check.problem(f"{where}, document", "should be a {…} describing the printable tool.")
        return
    path = tool["file"]
    extension = str(path).rsplit(".", 1)[-1]
    if not isinstance(path, str) or not DOCUMENT_PATH.fullmatch(path):
        check.problem(f"{where}, file", f"{path!r} is not a file in the documents folder, such as documents/x.pdf.")
    elif path not in files:
        check.problem(f"{where}, file", f"there is no file {path}.")
    elif extension not in settings.WAGTAILDOCS_EXTENSIONS:
        check.problem(f"{where}, file", f"a .{extension} file cannot be a document here.")
    elif extension == "pdf" and not files[path].startswith(b"%PDF-"):
        check.problem(f"{where}, file", f"{path} is not a PDF.")


def _check_easy_read(check: _Checker, where: str, lesson: dict) -> None:
    """Ideas as (picture, rich text) pairs; a file from before ideas had pictures holds one piece of rich text."""
    check.text(f"{where}, easy_read_title", lesson.get("easy_read_title", ""), max_length=120)
    ideas = lesson["easy_read"]
    if isinstance(ideas, str):
        check.rich(f"{where}, easy_read", ideas)
        return
    if not isinstance(ideas, list | tuple):
        check.problem(f"{where}, easy_read", "should be a list [ … ] of (picture, words) pairs.")
        return
    for number, idea in enumerate(ideas, 1):
        if not isinstance(idea, list | tuple) or len(idea) != 2:
            check.problem(f"{where}, easy_read, idea {number}", "should be a (picture, words) pair.")
            continue
        picture, words = idea
        if picture != "" and picture not in PICTOGRAMS:
            known = ", ".join(PICTOGRAMS)
            check.problem(f"{where}, easy_read, idea {number}", f"{picture!r} is not a picture Colearn has ({known}).")
        check.rich(f"{where}, easy_read, idea {number}", words, blank=False)


def _check_lesson(check: _Checker, where: str, lesson, tool_slugs: set[str], topics: set[str]) -> None:
    if not check.shape(
        where,
        lesson,
        {"slug", "title", "summary", "estimated_minutes", "body", "easy_read"},
        {"credits", "sensitive_topics", "easy_read_title"},
    ):
        return
    where = f"{where} ({lesson['slug']})"
    check.slug(f"{where}, slug", lesson["slug"])
    check.text(f"{where}, title", lesson["title"], max_length=_max_length(LessonPage, "title"), blank=False)
    check.text(f"{where}, summary", lesson["summary"], max_length=_max_length(LessonPage, "summary"), blank=False)
    check.number(f"{where}, estimated_minutes", lesson["estimated_minutes"], low=1, high=32767)
    _check_easy_read(check, where, lesson)
    _check_credits(check, where, lesson.get("credits", []))
    tagged = lesson.get("sensitive_topics", [])
    if not isinstance(tagged, list):
        check.problem(f"{where}, sensitive_topics", "should be a list [ … ] of topic names.")
        tagged = []
    for topic in tagged:
        if not isinstance(topic, str) or topic not in topics:
            check.problem(f"{where}, sensitive_topics", f"{topic!r} is not in SENSITIVE_TOPICS in course.py.")
    if not isinstance(lesson["body"], list) or not lesson["body"]:
        check.problem(f"{where}, body", "should be a list [ … ] of at least one block.")
        return
    stream_block = LessonPage.body.field.stream_block
    for number, block in enumerate(lesson["body"], 1):
        place = f"{where}, block {number}"
        if not (isinstance(block, tuple | list) and len(block) == 2 and isinstance(block[0], str)):
            check.problem(place, 'should be a pair ("type", value).')
            continue
        block_type, value = block
        place = f"{place} ({block_type})"
        if block_type not in stream_block.child_blocks or block_type == "image":
            check.problem(place, "is not a kind of block a course can bring.")
        elif block_type == "text":
            check.rich(place, value, blank=False)
        elif block_type == "heading":
            _check_struct(check, place, "heading", value if isinstance(value, dict) else {"text": value, "level": "h2"})
        elif block_type == "reflection_prompt":
            _check_prompt(check, place, value)
        elif block_type == "take_away_tool":
            if check.shape(place, value, {"tool"}) and str(value["tool"]) not in tool_slugs:
                check.problem(place, f"the tool {value['tool']!r} is not in the module's tools.")
        else:
            _check_struct(check, place, block_type, value)
    if _blocks(lesson)[-1:] and _blocks(lesson)[-1][0] == "content_note":
        check.problem(f"{where}, body", "a content note comes before the material it describes, not at the end.")


def _check_prompt(check: _Checker, where: str, value) -> None:
    which = "id" if isinstance(value, dict) and "id" in value else "key"
    if not check.shape(where, value, {which, "question", "guidance"}):
        return
    if which == "key" and not (isinstance(value["key"], str) and PROMPT_KEY.fullmatch(value["key"])):
        check.problem(f"{where}, key", f"{value['key']!r} is not a key (lowercase letters, digits and hyphens).")
    if which == "id" and prompt_id(value) is None:
        check.problem(f"{where}, id", f"{value['id']!r} is not a prompt id.")
    _check_struct(check, where, "reflection_prompt", {"question": value["question"], "guidance": value["guidance"]})


def _check_struct(check: _Checker, where: str, block_type: str, value) -> None:
    """A block's fields, checked by the lesson block's own rules (lengths, choices, numbers), plus the rich text
    rules for its rich text fields."""
    block = LessonPage.body.field.stream_block.child_blocks[block_type]
    # A field a block gained later, and may be left empty, may be missing: a course written before it still loads.
    optional = {name for name, child in block.child_blocks.items() if not child.required}
    if not check.shape(where, value, set(block.child_blocks) - optional, optional):
        return
    rich = RICH_FIELDS.get(block_type, set())
    for name, child in block.child_blocks.items():
        if name not in value:
            continue
        if name in rich:
            check.rich(f"{where}, {name}", value[name], blank=not child.required)
            continue
        if isinstance(child, EmbedBlock):  # its own check fetches the video's details from the web
            if not (isinstance(value[name], str) and re.fullmatch(r"https://[^\s\"'<>]+", value[name])):
                check.problem(f"{where}, {name}", "should be the video's https:// address.")
            continue
        if isinstance(value[name], str):
            check.text(f"{where}, {name}", value[name])
        try:
            child.clean(child.to_python(value[name]))
        except ValidationError as error:
            check.problem(f"{where}, {name}", " ".join(error.messages))
        except (TypeError, ValueError, AttributeError):
            check.problem(f"{where}, {name}", "is not the right kind of value.")


def _blocks(lesson: dict) -> list[tuple]:
    body = lesson.get("body")
    return (
        [block for block in body if isinstance(block, tuple | list) and len(block) == 2]
        if isinstance(body, list)
        else []
    )


def prompt_id(value) -> str | None:
    """A prompt's block id: the id an export wrote, or one derived from the key the built-in course uses."""
    if not isinstance(value, dict):
        return None
    if "id" in value:
        try:
            return str(uuid.UUID(str(value["id"])))
        except ValueError:
            return None
    if isinstance(value.get("key"), str):
        return str(uuid.uuid5(BLOCK_NAMESPACE, f"prompt:{value['key']}"))
    return None


def credit_model():
    """courses.PageCredit, once it exists in this Colearn."""
    try:
        return apps.get_model("courses", "PageCredit")
    except LookupError:
        return None
