"""The single source of fake people, content and cohorts for tests (and, later, the demo seeder)."""

from .cohorts import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory, SessionCheckInFactory
from .community import CommunityPlaceFactory, PlaceThemeFactory
from .connections import ConnectionFactory
from .courses import CourseBuilder, ThemeFactory, build_course, build_site, easy_read
from .partners import make_partners
from .tries import ActionToTryFactory, add_try_block
from .users import OnePageProfileFactory, PersonWithoutEmailFactory, UserFactory

__all__ = [
    "ActionToTryFactory",
    "ApplicationFactory",
    "CohortFactory",
    "CommunityPlaceFactory",
    "ConnectionFactory",
    "CourseBuilder",
    "easy_read",
    "LiveSessionFactory",
    "MembershipFactory",
    "OnePageProfileFactory",
    "PersonWithoutEmailFactory",
    "PlaceThemeFactory",
    "SessionCheckInFactory",
    "ThemeFactory",
    "UserFactory",
    "add_try_block",
    "build_course",
    "build_site",
    "make_partners",
]
