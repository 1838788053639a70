from .credits import PageCredit
from .glossary import GlossaryTerm
from .pages import (
    CourseCapability,
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
    StandardPage,
)
from .review import CoProductionApprovalTask
from .snippets import SensitiveTopic, Theme, WordToAvoid

__all__ = [
    "CoProductionApprovalTask",
    "CourseCapability",
    "CourseIndexPage",
    "CoursePage",
    "GlossaryTerm",
    "HomePage",
    "LessonPage",
    "ModulePage",
    "PageCredit",
    "SensitiveTopic",
    "StandardPage",
    "Theme",
    "WordToAvoid",
]
