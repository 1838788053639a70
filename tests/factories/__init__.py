"""The single source of fake people, content and cohorts for tests (and, later, the demo seeder)."""

from .courses import CourseBuilder, ThemeFactory, build_course, build_site
from .users import UserFactory

__all__ = ["CourseBuilder", "ThemeFactory", "UserFactory", "build_course", "build_site"]
