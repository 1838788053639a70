"""Learning partners in a real browser, by keyboard and with JavaScript off: invite, accept, share an entry with
the partner, the partner reads it, one of them ends it, and the partner then gets a 404. axe runs on every page
state (in an ordinary tab, as axe needs JavaScript)."""

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage
from learning.models import JournalEntry, LearningPartnership, Visibility
from tests.browser.helpers import sign_in, status_message
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WORDS = "I am nervous about the community mapping session. Could we sit together?"


@pytest.fixture
def group(site_content):
    cohort = CohortFactory(course=CoursePage.objects.live().first(), name="Thursday evening group")
    people = {name: UserFactory(display_name=name) for name in ("Rowan", "Kit", "Amara")}
    for person in people.values():
        MembershipFactory(cohort=cohort, user=person)
    return cohort, people


def test_partners_invite_accept_share_read_and_end_by_keyboard_and_without_javascript(
    page, new_context, group, check_page
):
    cohort, people = group
    partner_page = f"/cohorts/{cohort.slug}/partner/"

    # Rowan, with the keyboard only: from the group's space to the partner page, then an invitation to Kit.
    sign_in(page, people["Rowan"])
    page.goto(f"/cohorts/{cohort.slug}/")
    page.get_by_role("link", name="Your learning partner").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your learning partner")
    check_page(page, where="learning partner page, choosing someone to invite")
    page.get_by_role("button", name="Send the invitation").focus()
    page.keyboard.press("Enter")  # nobody chosen yet
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_page(page, where="learning partner page, nobody chosen")
    page.get_by_role("radio", name="Kit").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Send the invitation").focus()
    page.keyboard.press("Enter")
    expect(status_message(page, "Your invitation is on its way to Kit.")).to_be_visible()
    expect(page.locator("main")).to_contain_text("You invited Kit")
    check_page(page, where="learning partner page, invitation sent")

    # Kit, with JavaScript off: the dashboard says so, and the invitation is accepted from the partner page.
    kit = new_context(java_script_enabled=False).new_page()
    sign_in(kit, people["Kit"])
    kit.goto("/dashboard/")
    expect(kit.locator("main")).to_contain_text("Rowan would like to be your learning partner in Thursday evening")
    kit.get_by_role("link", name="Accept or decline Rowan’s invitation").click()
    kit.get_by_role("button", name="Accept Rowan’s invitation").click()
    expect(status_message(kit, "You and Rowan are now learning partners.")).to_be_visible()
    assert LearningPartnership.objects.current().count() == 1

    kit_with_js = new_context().new_page()  # the same pages, for axe
    sign_in(kit_with_js, people["Kit"])
    kit_with_js.goto(partner_page)
    expect(kit_with_js.get_by_role("heading", level=2, name="Rowan is your learning partner")).to_be_visible()
    check_page(kit_with_js, where="learning partner page, partnered, nothing shared yet")

    # Rowan shares an entry with "My learning partner", and is asked first, with Kit named.
    page.goto("/journal/new/")
    page.get_by_label("Your entry").fill(WORDS)
    page.get_by_role("group", name="Who can read it?").get_by_label("My learning partner").check()
    page.get_by_label("Which group?").select_option(label=cohort.name)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("main .lead")).to_have_text(
        f"Kit, your learning partner in {cohort.name}, will be able to read this. Nobody else will."
    )
    check_page(page, where="share this entry with my learning partner?")
    page.get_by_role("button", name="Yes, share it").click()
    expect(status_message(page, "Saved in your journal.")).to_be_visible()
    entry = JournalEntry.objects.get(author=people["Rowan"])
    assert entry.visibility == Visibility.PARTNER

    # Kit reads it on the partner page (not in the group's feed), without JavaScript.
    kit.goto(partner_page)
    kit.get_by_role("link", name=str(entry)).click()
    expect(kit.locator("main")).to_contain_text(WORDS)
    kit.goto(f"/cohorts/{cohort.slug}/reflections/")
    expect(kit.locator("main")).not_to_contain_text(WORDS)
    kit_with_js.goto(partner_page)
    expect(kit_with_js.locator("main")).to_contain_text("What Rowan shared with you")
    check_page(kit_with_js, where="learning partner page with an entry shared")

    # Amara, in the same group, sees no sign of it.
    amara = new_context().new_page()
    sign_in(amara, people["Amara"])
    amara.goto(partner_page)
    expect(amara.locator("main")).not_to_contain_text("Rowan is your")
    expect(amara.get_by_role("radio", name="Rowan")).to_be_visible()

    # Kit ends the partnership (asked first), and then gets a 404 for Rowan's entry.
    kit_with_js.get_by_role("link", name="End this partnership").click()
    expect(kit_with_js.get_by_role("heading", level=1)).to_have_text("End your learning partnership?")
    check_page(kit_with_js, where="end your learning partnership?")
    kit.goto(partner_page)
    kit.get_by_role("link", name="End this partnership").click()
    kit.get_by_role("button", name="End the partnership").click()
    expect(status_message(kit, "Your learning partnership has ended.")).to_be_visible()
    assert kit.goto(f"/journal/{entry.pk}/").status == 404
    page.goto(f"/journal/{entry.pk}/")
    expect(page.locator("main")).to_contain_text("Only you can read this now")
    check_page(page, where="an entry whose learning partnership has ended, as its author")
