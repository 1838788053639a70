"""Co-facilitating a group, with the keyboard alone and JavaScript off: a staff facilitator records on the register
who facilitated a session and for how long, finds the facilitation hours and downloads them as CSV, and writes a
facilitator note. Every page on the way passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels (axe needs
JavaScript, so each is checked again in an ordinary tab)."""

import csv
import datetime
import io
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from cohorts.models import Attendance, FacilitatorNote, SessionFacilitation
from courses.models import CoursePage
from tests.browser.helpers import sign_in, status_message
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SLUG = "thursday-group"
FACILITATE = f"/cohorts/{SLUG}/facilitate/"


def press(page, control) -> None:
    """Move the keyboard to a control and press Enter, as someone tabbing through the page would."""
    control.focus()
    expect(control).to_be_focused()
    page.keyboard.press("Enter")


def type_into(page, field, text: str) -> None:
    field.focus()
    expect(field).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)


def checked_in_a_tab_with_javascript(page, no_js, check_page, *, where: str) -> None:
    page.context.add_cookies(no_js.context.cookies())
    page.goto(no_js.url)
    check_page(page, where=where)


@pytest.fixture
def group(site_content):
    course = CoursePage.objects.get(slug="from-day-centre-to-community")
    today = timezone.localdate()
    cohort = CohortFactory(
        course=course,
        name="Thursday group",
        slug=SLUG,
        starts_on=today - datetime.timedelta(days=14),
        pair__staff="Priya Shah",
        pair__peer="Dev Patel",
    )
    member = UserFactory(display_name="Jo Bloggs")
    MembershipFactory(cohort=cohort, user=member)
    starts = (timezone.now() - datetime.timedelta(days=2)).replace(hour=18, minute=0, second=0, microsecond=0)
    session = LiveSessionFactory(
        cohort=cohort, title="Welcome evening", starts_at=starts, ends_at=starts + datetime.timedelta(minutes=90)
    )
    staff = cohort.memberships.get(user__display_name="Priya Shah").user
    peer = cohort.memberships.get(user__display_name="Dev Patel").user
    return cohort, session, staff, peer, member


def test_who_facilitated_is_recorded_on_the_register_and_the_hours_download_without_javascript(
    new_context, page, group, check_page, tmp_path
):
    cohort, session, staff, peer, member = group
    facilitating = new_context(java_script_enabled=False, accept_downloads=True).new_page()
    sign_in(facilitating, staff)
    facilitating.goto(FACILITATE)
    press(facilitating, facilitating.get_by_role("link", name="Attendance register for Welcome evening"))
    expect(facilitating.get_by_role("heading", level=1)).to_have_text("Attendance: Welcome evening")
    # Both of the pair are offered the session's full length; Dev left early, so his is changed.
    staff_minutes = facilitating.get_by_label("Priya Shah (staff facilitator): minutes")
    peer_minutes = facilitating.get_by_label("Dev Patel (peer facilitator): minutes")
    expect(staff_minutes).to_have_value("90")
    expect(peer_minutes).to_have_value("90")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="register with who facilitated")
    present = facilitating.locator("fieldset").filter(has_text="Jo Bloggs").get_by_label("Present")
    present.focus()
    facilitating.keyboard.press("Space")
    type_into(facilitating, peer_minutes, "60")
    press(facilitating, facilitating.get_by_role("button", name="Save the register"))
    expect(status_message(facilitating, "So is who facilitated it.")).to_be_visible()
    assert Attendance.objects.get(session=session, user=member).status == "present"
    assert dict(SessionFacilitation.objects.values_list("facilitator_id", "minutes")) == {staff.pk: 90, peer.pk: 60}

    # A mistyped number is explained beside its field, and nothing changes.
    facilitating.goto(f"{FACILITATE}sessions/{session.pk}/register/")
    type_into(facilitating, facilitating.get_by_label("Dev Patel (peer facilitator): minutes"), "6000")
    press(facilitating, facilitating.get_by_role("button", name="Save the register"))
    expect(facilitating.get_by_role("alert")).to_contain_text("1,440 minutes (24 hours) or fewer")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="register, minutes in error")
    assert SessionFacilitation.objects.get(facilitator=peer).minutes == 60

    # The hours table, for the group's run, and its CSV.
    facilitating.goto(FACILITATE)
    press(facilitating, facilitating.get_by_role("link", name="Facilitation hours"))
    expect(facilitating.get_by_role("heading", level=1)).to_have_text("Facilitation hours")
    table = facilitating.get_by_role("table")
    expect(table.get_by_role("row").filter(has_text="Priya Shah")).to_contain_text("Staff facilitator")
    expect(table.get_by_role("row").filter(has_text="Dev Patel")).to_contain_text("Peer facilitator")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="facilitation hours")
    with facilitating.expect_download() as download:
        press(facilitating, facilitating.get_by_role("link", name="Download as a spreadsheet (CSV)"))
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name.startswith(f"{SLUG}-facilitation-")
    content = Path(saved).read_bytes()
    assert content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows == [
        ["Facilitator", "Role", "Sessions", "Minutes", "Hours"],
        ["Priya Shah", "Staff facilitator", "1", "90", "1.5"],
        ["Dev Patel", "Peer facilitator", "1", "60", "1"],
    ]

    # Days that make no sense are explained, with the form to put them right.
    # (A date box takes its digits in the browser's own order; fill() sets the date itself.)
    facilitating.get_by_label("From", exact=True).fill("2027-03-01")
    facilitating.get_by_label("To", exact=True).fill("2027-02-01")
    press(facilitating, facilitating.get_by_role("button", name="Show these days"))
    expect(facilitating.get_by_role("alert")).to_contain_text("The last day must be on or after the first day.")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="facilitation hours, days in error")


def test_a_facilitator_note_is_written_changed_and_deleted_without_javascript(new_context, page, group, check_page):
    cohort, _, staff, peer, _ = group
    facilitating = new_context(java_script_enabled=False).new_page()
    sign_in(facilitating, peer)
    facilitating.goto(FACILITATE)
    press(facilitating, facilitating.get_by_role("link", name="Facilitator notes"))
    expect(facilitating.get_by_role("heading", level=1)).to_have_text("Facilitator notes")
    expect(facilitating.locator("main")).to_contain_text("These are not notes about individuals.")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="facilitator notes, none yet")
    press(facilitating, facilitating.get_by_role("button", name="Save the note"))
    expect(facilitating.get_by_role("alert")).to_contain_text("Write the note before saving it.")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="facilitator notes, empty note")
    type_into(facilitating, facilitating.get_by_label("Your note"), "What went well: the **check-in round**.")
    press(facilitating, facilitating.get_by_role("button", name="Save the note"))
    expect(status_message(facilitating, "Only the group’s facilitators can read it.")).to_be_visible()
    expect(facilitating.locator("main strong").filter(has_text="check-in round")).to_be_visible()
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="facilitator notes, one note")

    press(facilitating, facilitating.get_by_role("link", name="Change your note"))
    expect(facilitating.get_by_role("heading", level=1)).to_have_text("Change your note")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="change a facilitator note")
    type_into(facilitating, facilitating.get_by_label("Your note"), "What went well: the closing round.")
    press(facilitating, facilitating.get_by_role("button", name="Save the note"))
    expect(facilitating.locator("main")).to_contain_text("What went well: the closing round.")
    assert FacilitatorNote.objects.get().text == "What went well: the closing round."

    press(facilitating, facilitating.get_by_role("link", name="Delete your note"))
    expect(facilitating.get_by_role("heading", level=1)).to_have_text("Delete your note?")
    checked_in_a_tab_with_javascript(page, facilitating, check_page, where="delete a facilitator note")
    press(facilitating, facilitating.get_by_role("button", name="Delete it"))
    expect(status_message(facilitating, "Your note is deleted.")).to_be_visible()
    assert not FacilitatorNote.objects.exists()
