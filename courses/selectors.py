"""Readers of course content. Each returns what its template needs in a fixed number of queries."""

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Theme


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

    @property
    def lessons(self) -> list[LessonPage]:
        return [lesson for entry in self.modules for lesson in entry.lessons]

    @property
    def lesson_count(self) -> int:
        return len(self.lessons)


def course_outlines(*, courses: list[CoursePage]) -> dict[int, CourseOutline]:
    """Outlines for several courses at once, keyed by course id: the same few queries for one course or fifty."""
    if not courses:
        return {}
    module_paths, lesson_paths = Q(), Q()
    for course in courses:
        module_paths |= Q(path__startswith=course.path, depth=course.depth + 1)
        lesson_paths |= Q(path__startswith=course.path, depth=course.depth + 2)
    modules = ModulePage.objects.filter(module_paths).live().public().select_related("theme").order_by("path")
    lessons = LessonPage.objects.filter(lesson_paths).live().public().order_by("path")

    outlines = {course.pk: CourseOutline(course=course, modules=[]) for course in courses}
    course_by_path = {course.path: outlines[course.pk] for course in courses}
    module_by_path = {}
    for module in modules:
        outline = course_by_path[module.path[: -module.steplen]]
        entry = ModuleOutline(module=module, number=len(outline.modules) + 1)
        outline.modules.append(entry)
        module_by_path[module.path] = entry
    for lesson in lessons:
        parent = module_by_path.get(lesson.path[: -lesson.steplen])
        if parent is not None:  # a live lesson under an unpublished module stays hidden
            parent.lessons.append(lesson)
    return outlines


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

    @property
    def course(self) -> CoursePage:
        return self.outline.course


def lesson_position(*, page: ModulePage | LessonPage) -> LessonPosition | None:
    course = CoursePage.objects.ancestor_of(page).first()
    if course is None:
        return None
    outline = course_outline(course=course)
    module_path = page.path if isinstance(page, ModulePage) else page.path[: -page.steplen]
    module = next((entry for entry in outline.modules if entry.module.path == module_path), None)
    position = LessonPosition(outline=outline, module=module)
    if isinstance(page, LessonPage) and module is not None:
        ids = [lesson.pk for lesson in module.lessons]
        if page.pk in ids:
            position.lesson_number = ids.index(page.pk) + 1
        everything = outline.lessons
        index = next((i for i, lesson in enumerate(everything) if lesson.pk == page.pk), None)
        if index is not None:
            position.previous = everything[index - 1] if index > 0 else None
            position.next = everything[index + 1] if index + 1 < len(everything) else None
    return position


def search_pages(*, query: str):
    """Live, public pages matching every word, best first. Results are specific pages, fetched page by page.

    Only the words are searched: quotes and symbols mean syntax to the database's full-text engines, and a
    stray one would be an error rather than a search.
    """
    query = " ".join(re.findall(r"\w+", query))
    if not query:
        return Page.objects.none()
    return Page.objects.live().public().not_type(CourseIndexPage).specific().search(query, operator="and")
