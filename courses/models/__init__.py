from .pages import (
    CourseCapability,
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    StandardPage,
)
from .snippets import Theme

__all__ = [
    "CourseCapability",
    "CourseIndexPage",
    "CoursePage",
    "HomePage",
    "LessonPage",
    "ModulePage",
    "StandardPage",
    "Theme",
]
