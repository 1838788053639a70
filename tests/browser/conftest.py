"""Browser tests: the site on a free loopback port, Debian's chromium driven by Playwright, axe on every page.

Without /usr/bin/chromium every test here is skipped with the reason; with CI=true a missing browser is a
failure instead, so CI can never go green by quietly running no browser test at all.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from courses.loader import built_in_course_load

# Playwright's sync API runs an event loop in the test thread; without this every ORM call in a test that
# uses `page` raises SynchronousOnlyOperation.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING_REASON = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run browser tests"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROW = {"width": 320, "height": 640}
HERE = Path(__file__).parent


def _on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def _chromium_present() -> bool:
    return CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)


def pytest_collection_modifyitems(config, items):
    """Skip (locally) every browser test when chromium is missing; on CI leave them to fail in setup."""
    if _chromium_present() or _on_ci():
        return
    skip = pytest.mark.skip(reason=MISSING_REASON)
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not _chromium_present():
        if _on_ci():
            pytest.fail(f"CI=true but {MISSING_REASON}. CI must run the browser tests.", pytrace=False)
        pytest.skip(MISSING_REASON)
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def base_url(live_server):
    return live_server.url


@pytest.fixture(scope="session", autouse=True)
def _browser_database(request, django_db_setup, django_db_blocker):
    """Make serialized_rollback work under Playwright, and leave a reused test database as migrated.

    Django keeps its connections in contextvars, and while Playwright's sync API runs the test thread sees a
    different context: the connection that pytest-django set up (and stored the migration data on, for
    serialized_rollback) is not the one tests and fixtures get afterwards. Without help every flush would also
    wipe Wagtail's root page and default Site for good. So carry the serialized data over to the connection seen
    under Playwright. And because a transactional test ends with a flush, restore the migration data once more
    at the end of the session, or the next --reuse-db run (of any test) would start from an empty page tree.
    """
    from django.core.management import call_command
    from django.db import connection, connections
    from wagtail.models import Page, Site

    with django_db_blocker.unblock():
        serialized = getattr(connection, "_test_serialized_contents", None)
        connections.close_all()  # nothing from before Playwright may hold a lock on the SQLite file
    request.getfixturevalue("playwright")
    with django_db_blocker.unblock():
        if serialized is not None:
            connection._test_serialized_contents = serialized
        if not (Page.objects.filter(depth=1).exists() and Site.objects.filter(is_default_site=True).exists()):
            pytest.fail(
                "The reused test database has no Wagtail root page or default Site (an earlier run was killed "
                "after a flush?). Run once with --create-db.",
                pytrace=False,
            )
    yield
    with django_db_blocker.unblock():
        if serialized and not Page.objects.filter(depth=1).exists():
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(serialized)
        connections.close_all()


@pytest.fixture
def site_content(transactional_db):
    """The built-in course, its catalogue, home and support pages, loaded after the transactional flush."""
    return built_in_course_load()


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Runs axe (WCAG 2.2 AA tags) on the page as it is now and fails listing every violation."""

    def check(page, *, where: str = "") -> None:
        results = axe.run(
            page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]}
        )
        violations = results.response["violations"]
        assert not violations, _describe(violations, where or page.url)

    return check


@pytest.fixture
def assert_reflows():
    """Narrows the page to 320 CSS pixels (WCAG 1.4.10 Reflow) and fails if it then scrolls sideways."""

    def check(page, *, where: str = "") -> None:
        page.set_viewport_size(NARROW)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= NARROW["width"] + 1, (
            f"{where or page.url} scrolls sideways at {NARROW['width']} px: it is {scroll_width} px wide"
        )

    return check


def _describe(violations: list[dict], where: str) -> str:
    lines = [f"{len(violations)} axe violation(s) on {where}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            summary = "; ".join(line.strip() for line in node.get("failureSummary", "").splitlines() if line.strip())
            lines.append(f"    {node['target']}: {summary}")
    return "\n".join(lines)


@pytest.fixture
def check_page(assert_accessible, assert_reflows):
    """axe on the page as it is, then the 320 px reflow check, then the viewport as it was for the next step."""

    def check(page, *, where: str) -> None:
        size = page.viewport_size
        assert_accessible(page, where=where)
        assert_reflows(page, where=where)
        page.set_viewport_size(size)

    return check
