"""The single source of fake people, content and cohorts for tests (and, later, the demo seeder)."""

from .cohorts import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory
from .courses import CourseBuilder, ThemeFactory, build_course, build_site
from .partners import make_partners
from .users import OnePageProfileFactory, PersonWithoutEmailFactory, UserFactory

__all__ = [
    "ApplicationFactory",
    "CohortFactory",
    "CourseBuilder",
    "LiveSessionFactory",
    "MembershipFactory",
    "OnePageProfileFactory",
    "PersonWithoutEmailFactory",
    "ThemeFactory",
    "UserFactory",
    "build_course",
    "build_site",
    "make_partners",
]
