"""Someone without an email address, end to end, by keyboard and with JavaScript off: a facilitator adds them and
prints their card; with the card they sign in for the first time, choose their own password and reach their
dashboard. axe needs JavaScript, so each page is also checked in an ordinary tab."""

import re

import pytest
from playwright.sync_api import expect

from cohorts.models import Role
from colearn.models import User
from colearn.services import notice_post
from courses.models import CoursePage
from tests.browser.helpers import sign_in
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CODE = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")
THEIR_PASSWORD = "bramble and the allotment"


def card_details(page) -> tuple[str, str]:
    details = page.locator(".sign-in-card__value")
    return details.nth(0).inner_text().strip(), details.nth(1).inner_text().strip()


def test_a_facilitator_adds_someone_without_email_who_signs_in_with_the_card(
    new_context, page, site_content, check_page
):
    cohort = CohortFactory(course=CoursePage.objects.live().first(), name="Spring group")
    facilitator = UserFactory(display_name="Priya")
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR, perspective="")
    space = f"/cohorts/{cohort.slug}/facilitate/"

    # The facilitator, keyboard only, no JavaScript.
    no_js = new_context(java_script_enabled=False).new_page()
    sign_in(no_js, facilitator)
    no_js.goto(space)
    no_js.get_by_role("link", name="Add someone without an email address").focus()
    no_js.keyboard.press("Enter")
    expect(no_js.get_by_role("heading", level=1)).to_have_text("Add someone without an email address")
    page.context.add_cookies(no_js.context.cookies())
    page.goto(no_js.url)
    check_page(page, where="adding someone without an email address")

    no_js.get_by_label("Their name, as they would like it shown").focus()
    no_js.keyboard.type("Bea")
    no_js.keyboard.press("Enter")
    expect(no_js.get_by_role("heading", level=1)).to_have_text("Sign-in card for Bea")
    username, first_code = card_details(no_js)
    bea = User.objects.get(display_name="Bea")
    assert username == bea.username and CODE.fullmatch(first_code)
    news = {"kind": "announcements", "subject": "Spring group: a new announcement", "link": f"/cohorts/{cohort.slug}/"}
    notice_post(user=bea, **news)

    # The card is lost: a new one, printed from the list, voids the first code.
    page.goto(f"{space}members/sign-in-cards/")
    check_page(page, where="sign-in cards")
    page.get_by_role("button", name="Print a new card for Bea").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign-in card for Bea")
    check_page(page, where="the sign-in card")
    _, code = card_details(page)
    assert code != first_code
    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.get_by_role("heading", name="Welcome to Colearn, Bea")).to_be_visible()
    page.emulate_media(media="screen")

    # Bea, keyboard only, no JavaScript, on another device.
    hers = new_context(java_script_enabled=False).new_page()
    hers.goto("/accounts/login/")
    hers.get_by_role("link", name="sign in with the code on your card").focus()
    hers.keyboard.press("Enter")
    expect(hers.get_by_role("heading", level=1)).to_have_text("Sign in with your card")

    hers.get_by_label("Username").focus()
    hers.keyboard.type(username)
    hers.keyboard.press("Tab")
    hers.keyboard.type(first_code)
    hers.keyboard.press("Enter")
    expect(hers.get_by_role("alert").filter(has_text="There is a problem")).to_contain_text("do not match a card")

    hers.get_by_label("Sign-in code").fill("")
    hers.get_by_label("Sign-in code").focus()
    hers.keyboard.type(code.lower().replace("-", " "))
    hers.keyboard.press("Enter")
    expect(hers.get_by_role("heading", level=1)).to_have_text("Choose your password")
    expect(hers.get_by_role("main")).to_contain_text(username)

    checking = new_context().new_page()
    checking.context.add_cookies(hers.context.cookies())
    checking.goto(hers.url)
    check_page(checking, where="choosing a password after the card")

    hers.locator("#id_password1").focus()
    hers.keyboard.type(THEIR_PASSWORD)
    hers.keyboard.press("Tab")
    hers.keyboard.type(THEIR_PASSWORD)
    hers.keyboard.press("Enter")
    expect(hers.get_by_role("heading", level=1)).to_have_text("Hello, Bea")
    bea.refresh_from_db()
    assert bea.check_password(THEIR_PASSWORD)

    # News that others get by email waits on her dashboard.
    news = hers.get_by_role("region", name="News for you")
    expect(news.get_by_role("link", name="Spring group: a new announcement")).to_have_attribute(
        "href", f"/cohorts/{cohort.slug}/"
    )
    checking.goto("/dashboard/")
    check_page(checking, where="the dashboard with a notice")
    news.get_by_role("button", name="Mark as read").focus()
    hers.keyboard.press("Enter")
    expect(hers.get_by_role("status")).to_contain_text("Marked as read.")
    expect(hers.get_by_role("region", name="News for you")).to_have_count(0)

    # From now on: username and password, through the ordinary sign-in.
    hers.get_by_role("button", name="Sign out").click()
    hers.goto("/accounts/login/")
    hers.get_by_label("Email address or username").fill(username)
    hers.get_by_label("Password", exact=True).fill(THEIR_PASSWORD)
    hers.get_by_role("button", name="Sign in").click()
    expect(hers.get_by_role("heading", level=1)).to_have_text("Hello, Bea")
