"""Journeys a person takes with a keyboard, a screen reader or no JavaScript: axe runs at every step."""

import re

import pytest
from playwright.sync_api import expect

from colearn.models import User
from courses.models import CourseIndexPage
from tests.factories import UserFactory, build_course
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LESSON = "/courses/from-day-centre-to-community/recovery-enhancing-environments/what-makes-a-place-hopeful/"


def test_an_empty_sign_up_lists_each_problem_and_each_link_leads_to_its_field(page, site_content, assert_accessible):
    page.goto("/accounts/signup/")
    page.get_by_role("button", name="Create my account").click()

    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    links = summary.get_by_role("link")
    targets = [href.removeprefix("#") for href in (links.nth(i).get_attribute("href") for i in range(links.count()))]
    assert set(targets) >= {"id_email", "id_password1", "id_password2"}
    assert_accessible(page, where="sign-up with errors")

    for index, target in enumerate(targets):
        field = page.locator(f"[id='{target}']")
        expect(field).to_have_count(1)
        expect(field).to_have_attribute("aria-invalid", "true")
        # Keyboard only: focus the error link and press Enter; the field it names takes the focus.
        links.nth(index).focus()
        page.keyboard.press("Enter")
        expect(field).to_be_focused()
    assert not User.objects.exists()


def test_a_verified_person_signs_in_and_the_header_offers_sign_out(
    page, site_content, assert_accessible, assert_reflows
):
    person = UserFactory()
    page.goto("/accounts/login/")
    assert_accessible(page, where="sign-in")

    page.get_by_label("Email address").fill(person.email)
    page.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    header = page.locator("header")
    expect(header.get_by_role("button", name="Sign out")).to_be_visible()
    expect(header.get_by_role("link", name="Sign in")).to_have_count(0)
    assert_accessible(page, where="after signing in")
    assert_reflows(page, where="the signed-in header")  # it has more links than the signed-out one


def test_the_first_tab_reaches_the_skip_link_which_moves_focus_to_main(page, site_content, assert_accessible):
    page.goto("/")
    assert_accessible(page, where="home")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()  # shown when it has focus, not left off-screen
    assert_accessible(page, where="home with the skip link focused")

    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")  # the next stop is inside main, not back in the header
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_the_lesson_and_the_theme_filter_work_without_javascript(new_context, page, site_content, assert_accessible):
    """axe needs JavaScript, so each step is checked again in an ordinary tab at the address reached."""
    build_course(CourseIndexPage.objects.get(), title="Gardening for wellbeing", modules=1, lessons_per_module=1)
    no_js = new_context(java_script_enabled=False).new_page()

    no_js.goto(LESSON)
    expect(no_js.get_by_role("heading", level=1)).to_have_text("What makes a place hopeful?")
    no_js.get_by_role("link", name="Read an easy-read version").click()
    expect(no_js.get_by_role("heading", level=1)).to_have_text("Places that give hope")
    assert no_js.url.endswith("?version=easy-read")
    page.goto(no_js.url)
    assert_accessible(page, where="easy-read lesson reached without JavaScript")

    no_js.goto("/courses/")
    expect(no_js.get_by_role("heading", name="All courses")).to_be_visible()
    expect(no_js.get_by_role("link", name="Gardening for wellbeing")).to_be_visible()
    no_js.get_by_label("Show courses about").select_option(value="deep-acceptance")
    no_js.get_by_role("button", name="Show courses").click()

    expect(no_js).to_have_url(re.compile(r"/courses/\?theme=deep-acceptance$"))
    expect(no_js.get_by_role("heading", name="Courses about deep acceptance")).to_be_visible()
    expect(no_js.get_by_role("link", name="From day centre to community: learning together")).to_be_visible()
    expect(no_js.get_by_role("link", name="Gardening for wellbeing")).to_have_count(0)
    expect(no_js.get_by_label("Show courses about")).to_have_value("deep-acceptance")
    page.goto(no_js.url)
    assert_accessible(page, where="catalogue filtered without JavaScript")


def test_the_axe_helper_reports_each_violation(page, assert_accessible):
    """The helper itself can fail: a page with an unlabelled image and field is caught and described."""
    page.set_content('<html lang="en"><body><main><img src="x.png"><input type="text"></main></body></html>')
    with pytest.raises(AssertionError) as failure:
        assert_accessible(page, where="a deliberately broken page")
    message = str(failure.value)
    assert "image-alt" in message
    assert "label" in message
    assert "['img']" in message  # the node, so the failure says where to look
    print(message)
