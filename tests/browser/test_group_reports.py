"""A facilitator reads their group's reports with JavaScript off and the keyboard alone, follows the page's own
contents to a section, and downloads every figure as CSV. The page passes axe (WCAG 2.2 AA) and reflows at 320
CSS pixels (axe needs JavaScript, so it is checked again in an ordinary tab)."""

import csv
import datetime
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from cohorts.models import Perspective, Role
from courses.models import CoursePage
from tests.browser.helpers import press, sign_in
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.reports import rate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SLUG = "wednesday-group"


@pytest.fixture
def group(site_content):
    course = CoursePage.objects.get(slug="from-day-centre-to-community")
    cohort = CohortFactory(course=course, name="Wednesday group", slug=SLUG, pair__staff="Priya Shah")
    capability = course.capabilities.first()
    for number in range(6):
        person = UserFactory(display_name=f"Member {number}")
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER, perspective=Perspective.WORKS_IN_SERVICES)
        rate(person, capability, 2, on=datetime.date(2027, 1, 4))
        rate(person, capability, 3, on=datetime.date(2027, 2, 4))
    return cohort, cohort.memberships.get(role=Role.FACILITATOR).user


def test_a_facilitator_reads_and_downloads_the_groups_reports_without_javascript(
    new_context, page, group, check_page, tmp_path
):
    cohort, staff = group
    reading = new_context(java_script_enabled=False, accept_downloads=True).new_page()
    sign_in(reading, staff)
    reading.goto(f"/cohorts/{SLUG}/facilitate/reports/")
    expect(reading.get_by_role("heading", level=1)).to_have_text("Reports for Wednesday group")
    press(reading, reading.get_by_role("link", name="Confidence", exact=True))
    assert reading.url.endswith("#confidence")
    changes = reading.get_by_role("table").filter(has_text="Up one step").last
    expect(changes.get_by_role("row").filter(has_text="Up one step")).to_contain_text("5")
    expect(reading.get_by_role("img").first).to_be_attached()

    page.context.add_cookies(reading.context.cookies())
    page.goto(reading.url)
    check_page(page, where="a group's reports")

    with reading.expect_download() as download:
        press(reading, reading.get_by_role("link", name="Download every figure (CSV spreadsheet)"))
    saved = Path(tmp_path / "figures.csv")
    download.value.save_as(saved)
    rows = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Report", "Row", "Figure", "Value"]
    assert ["How members come to the course", "Wednesday group", "Work in services", "5"] in rows
