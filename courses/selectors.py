"""Readers of course content. Each returns what its template needs in a fixed number of queries."""

import hashlib
import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Prefetch, Q, QuerySet
from wagtail.models import Page, PageViewRestriction

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Theme
from courses.tree_cache import cached, cached_many

ROUTE_SECONDS = 24 * 60 * 60


def featured_courses(limit: int = 6) -> QuerySet[CoursePage]:
    return CoursePage.objects.live().public().prefetch_related("themes").order_by("path")[:limit]


def themes_in_use() -> list[Theme]:
    return list(Theme.objects.filter(courses__live=True).distinct().order_by("name"))


def catalogue(*, index: CourseIndexPage, theme: Theme | None = None) -> QuerySet[CoursePage]:
    courses = CoursePage.objects.child_of(index).live().public()
    if theme is not None:
        courses = courses.filter(themes=theme)
    return courses.prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("name"))).order_by("path")


@dataclass
class ModuleOutline:
    module: ModulePage
    number: int
    lessons: list[LessonPage] = field(default_factory=list)


@dataclass
class CourseOutline:
    course: CoursePage
    modules: list[ModuleOutline]
    ancestors: list[Page] = field(default_factory=list)  # the course's ancestors below the root, for breadcrumbs

    @property
    def lessons(self) -> list[LessonPage]:
        return [lesson for entry in self.modules for lesson in entry.lessons]

    @property
    def lesson_count(self) -> int:
        return len(self.lessons)


# What an outline shows of each page. Lesson bodies are never loaded for it; a page made from these fields is
# like one loaded with .only(), so anything else is fetched only if something asks for it.
PAGE_FIELDS = ("id", "path", "depth", "title", "slug", "url_path", "live", "content_type_id")
COURSE_FIELDS = (*PAGE_FIELDS, "summary")
MODULE_FIELDS = (*PAGE_FIELDS, "summary", "estimated_minutes")
LESSON_FIELDS = (*PAGE_FIELDS, "estimated_minutes")


def _page_from(model, fields: dict):
    if model is not Page:
        fields = {**fields, "page_ptr_id": fields["id"]}
    names = [f.attname for f in model._meta.concrete_fields if f.attname in fields]
    return model.from_db(None, names, [fields[name] for name in names])


def _build_outlines(course_paths: list[str]) -> dict[str, dict]:
    """Plain data for the courses at these paths, in six queries however many courses and lessons."""
    steplen = Page.steplen
    courses = {c["path"]: c for c in CoursePage.objects.filter(path__in=course_paths).values(*COURSE_FIELDS)}
    if not courses:
        return {}
    ancestor_paths = {path[: n * steplen] for path in courses for n in range(2, len(path) // steplen)}
    ancestors = list(Page.objects.filter(path__in=ancestor_paths).order_by("path").values(*PAGE_FIELDS))
    module_paths, lesson_paths = Q(), Q()
    for course in courses.values():
        module_paths |= Q(path__startswith=course["path"], depth=course["depth"] + 1)
        lesson_paths |= Q(path__startswith=course["path"], depth=course["depth"] + 2)
    outlines = {
        path: {"course": course, "ancestors": [a for a in ancestors if path.startswith(a["path"])], "modules": []}
        for path, course in courses.items()
    }
    module_by_path = {}
    for module in ModulePage.objects.filter(module_paths).live().public().order_by("path").values(*MODULE_FIELDS):
        module["lessons"] = []
        outlines[module["path"][:-steplen]]["modules"].append(module)
        module_by_path[module["path"]] = module
    for lesson in LessonPage.objects.filter(lesson_paths).live().public().order_by("path").values(*LESSON_FIELDS):
        parent = module_by_path.get(lesson["path"][:-steplen])
        if parent is not None:  # a live lesson under an unpublished module stays hidden
            parent["lessons"].append(lesson)
    return outlines


def _outline_from(course: CoursePage, data: dict | None) -> CourseOutline:
    if data is None:
        return CourseOutline(course=course, modules=[])
    modules = [
        ModuleOutline(
            module=_page_from(ModulePage, {k: v for k, v in module.items() if k != "lessons"}),
            number=number,
            lessons=[_page_from(LessonPage, lesson) for lesson in module["lessons"]],
        )
        for number, module in enumerate(data["modules"], start=1)
    ]
    ancestors = [_page_from(Page, ancestor) for ancestor in data["ancestors"]]
    return CourseOutline(course=course, modules=modules, ancestors=ancestors)


def course_outlines(*, courses: list[CoursePage]) -> dict[int, CourseOutline]:
    """Outlines for several courses at once, keyed by course id: built once per state of the published tree and
    kept in the shared cache, so a warm request costs no query for one course or fifty."""
    if not courses:
        return {}
    data = cached_many("outline", [course.path for course in courses], _build_outlines)
    return {course.pk: _outline_from(course, data.get(course.path)) for course in courses}


def course_outline(*, course: CoursePage) -> CourseOutline:
    """The course's live modules and their live lessons, in tree order."""
    return course_outlines(courses=[course])[course.pk]


@dataclass
class LessonPosition:
    """Where a module or lesson sits in its course, for "Lesson 2 of 4 in Module 1" and previous/next links."""

    outline: CourseOutline
    module: ModuleOutline | None
    lesson_number: int | None = None
    previous: Page | None = None
    next: Page | None = None
    crumbs: list[Page] = field(default_factory=list)

    @property
    def course(self) -> CoursePage:
        return self.outline.course


def lesson_position(*, page: ModulePage | LessonPage) -> LessonPosition | None:
    is_lesson = isinstance(page, LessonPage)
    module_path = page.path[: -page.steplen] if is_lesson else page.path
    course_path = module_path[: -page.steplen]
    data = cached_many("outline", [course_path], _build_outlines).get(course_path)
    if data is None:
        return None
    outline = _outline_from(_page_from(CoursePage, data["course"]), data)
    module = next((entry for entry in outline.modules if entry.module.path == module_path), None)
    position = LessonPosition(outline=outline, module=module, crumbs=[*outline.ancestors, outline.course])
    if is_lesson:
        # A lesson under an unpublished module is not in the outline, but its breadcrumb still names the module.
        position.crumbs.append(module.module if module is not None else page.get_parent())
    if is_lesson and module is not None:
        ids = [lesson.pk for lesson in module.lessons]
        if page.pk in ids:
            position.lesson_number = ids.index(page.pk) + 1
        everything = outline.lessons
        index = next((i for i, lesson in enumerate(everything) if lesson.pk == page.pk), None)
        if index is not None:
            position.previous = everything[index - 1] if index > 0 else None
            position.next = everything[index + 1] if index + 1 < len(everything) else None
    return position


def _route_key(url_path: str) -> str:
    return "courses:route:" + hashlib.sha256(url_path.encode()).hexdigest()


def page_at(*, root: Page, path_components: list[str]) -> Page | None:
    """The specific page at this address under `root`, live or not. One query when the address has been asked
    for before: its id and type are remembered, and checked against the address, so a page since moved, renamed
    or deleted is simply looked up again."""
    url_path = root.url_path + "".join(f"{component}/" for component in path_components)
    remembered = cache.get(_route_key(url_path))
    if remembered is not None:
        model = ContentType.objects.get_for_id(remembered[1]).model_class()
        page = model.objects.filter(pk=remembered[0], url_path=url_path).first() if model else None
        if page is not None:
            return page
    page = (
        Page.objects.filter(path__startswith=root.path, depth=root.depth + len(path_components), url_path=url_path)
        .specific()
        .first()
    )
    if page is not None:
        cache.set(_route_key(url_path), (page.pk, page.content_type_id), timeout=ROUTE_SECONDS)
    return page


def _restricted_paths() -> list[str]:
    restricted = PageViewRestriction.objects.values("page_id")
    return list(Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted)).values_list("path", flat=True))


def may_be_restricted(*, page: Page) -> bool:
    """Whether a view restriction might apply to the page: one on it or an ancestor, or on the page an alias
    copies. Most pages have none, and then need no query to find out."""
    paths = cached("restricted-paths", "all", _restricted_paths)
    return any(page.path.startswith(path) for path in paths)


def search_pages(*, query: str):
    """Live, public pages matching every word, best first. Results are specific pages, fetched page by page.

    Only the words are searched: quotes and symbols mean syntax to the database's full-text engines, and a
    stray one would be an error rather than a search.
    """
    query = " ".join(re.findall(r"\w+", query))
    if not query:
        return Page.objects.none()
    return Page.objects.live().public().not_type(CourseIndexPage).specific().search(query, operator="and")
