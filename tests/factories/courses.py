import uuid
from dataclasses import dataclass, field

import factory
from wagtail.models import Page, Site

from courses.models import CourseCapability, CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, Theme


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = "A theme for testing."


def _add(parent: Page, page: Page, *, live: bool = True) -> Page:
    page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
        page.refresh_from_db()
    return page


def build_site() -> tuple[HomePage, CourseIndexPage]:
    """A home page at the site root with the course catalogue under it, as the loader would make."""
    root = Page.get_first_root_node()
    home = _add(root, HomePage(title="Colearn test home", slug="test-home", introduction="Welcome to the tests."))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    index = _add(home, CourseIndexPage(title="Courses", slug="courses"))
    return home, index


def easy_read(*texts: str, picture: str = "talk") -> list[dict]:
    """An easy-read version as the database holds it: one idea per text, each beside the same picture."""
    return [{"type": "idea", "value": {"picture": picture, "text": text}} for text in texts]


def lesson_body(*, words: str = "", prompt: str = "What did you notice?") -> list[dict]:
    return [
        {"type": "text", "value": f"<p>Lesson text about {words or 'hope'}.</p>", "id": str(uuid.uuid4())},
        {
            "type": "reflection_prompt",
            "value": {"question": prompt, "guidance": "Take your time."},
            "id": str(uuid.uuid4()),
        },
    ]


@dataclass
class CourseBuilder:
    course: CoursePage
    modules: list[ModulePage] = field(default_factory=list)
    lessons: list[list[LessonPage]] = field(default_factory=list)

    def add_module(self, *, title: str | None = None, live: bool = True) -> ModulePage:
        number = len(self.modules) + 1
        module = _add(
            self.course,
            ModulePage(
                title=title or f"Module {number} of {self.course.title}",
                slug=f"module-{number}",
                summary="What this module is about.",
                introduction="<p>An introduction.</p>",
                estimated_minutes=60,
            ),
            live=live,
        )
        self.modules.append(module)
        self.lessons.append([])
        return module

    def add_lesson(
        self, module: ModulePage, *, title: str | None = None, words: str = "", live: bool = True
    ) -> LessonPage:
        lessons = self.lessons[self.modules.index(module)]
        number = len(lessons) + 1
        lesson = _add(
            module,
            LessonPage(
                title=title or f"Lesson {number} of {module.title}",
                slug=f"lesson-{number}",
                summary="A plain summary of the lesson.",
                estimated_minutes=20,
                body=lesson_body(words=words),
            ),
            live=live,
        )
        lessons.append(lesson)
        return lesson


def build_course(
    index: CourseIndexPage,
    *,
    title: str = "Learning together",
    slug: str | None = None,
    modules: int = 2,
    lessons_per_module: int = 2,
    themes: list[Theme] | None = None,
) -> CourseBuilder:
    course = CoursePage(
        title=title,
        slug=slug or title.lower().replace(" ", "-"),
        summary="A course for everyone.",
        who_it_is_for="<p>Everyone.</p>",
        course_format="Online",
        time_needed="About 2 hours",
    )
    course.capabilities = [CourseCapability(text="Notice what helps", sort_order=0)]
    course.themes = themes or []
    builder = CourseBuilder(course=_add(index, course))
    for _ in range(modules):
        module = builder.add_module()
        for _ in range(lessons_per_module):
            builder.add_lesson(module)
    return builder
