import pytest
from django.core.cache import cache

from tests.factories import UserFactory, build_course, build_site


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test's rows are rolled back, so nothing a test cached (outlines, the support link, pages, rate-limit
    counts) may reach the next one: versions renewed by one test's saves would still stand over rows that are gone."""
    cache.clear()


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


@pytest.fixture(scope="session", autouse=True)
def _leave_the_reused_database_migrated(django_db_setup, django_db_blocker):
    """Transactional tests end with a flush, which also deletes the migration-made rows (Wagtail's root page and
    default Site, the review workflow and groups). Put them back at the end of the run, so the next --reuse-db
    run starts from a migrated database rather than an empty page tree."""
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection
    from wagtail.models import Page

    yield
    if connection.settings_dict["NAME"] != connection.creation._get_test_db_name():
        return  # no test used the database, so pytest-django never switched to the test one: leave the real one be
    with django_db_blocker.unblock():
        serialized = getattr(connection, "_test_serialized_contents", None)
        if serialized and not Page.objects.filter(depth=1).exists():
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(serialized)
        # Restored rows keep their ids (here or in the browser tests' own restore): move PostgreSQL's sequences
        # past them, or the next run's first insert collides with row 1.
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                cursor.execute(statement)


@pytest.fixture
def page_within(client, django_assert_max_num_queries):
    """GET a page twice — the first warms Wagtail's caches — and fail if the second costs more than `ceiling`
    queries. Main pages pin their counts at two data sizes with the same ceiling, so an N+1 fails the suite."""

    def get(url: str, ceiling: int, *, as_user=None) -> str:
        if as_user is not None:
            client.force_login(as_user)
        client.get(url)
        with django_assert_max_num_queries(ceiling):
            response = client.get(url)
        assert response.status_code == 200
        return response.content.decode()

    return get
