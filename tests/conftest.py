import pytest

from tests.factories import UserFactory, build_course, build_site


@pytest.fixture
def site_pages(db):
    """(home, catalogue) at the root of the default site."""
    return build_site()


@pytest.fixture
def course(site_pages):
    """A live course of two modules with two lessons each."""
    return build_course(site_pages[1])


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def admin_user_factory(db):
    """Makes a verified person, optionally a superuser or in CMS groups such as "Editors"."""

    def make(**kwargs):
        return UserFactory(**kwargs)

    return make
