"""The look at both ends of the screen: a lesson beside its module's lessons on a wide screen, a dashboard of cards
side by side, a home page with a picture of what happens here, and a header that leaves a phone's screen to the
page (the menu folds behind a button, and without JavaScript is simply there)."""

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage
from learning.services.progress import lesson_complete
from tests.browser.helpers import sign_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

COURSE = "/courses/from-day-centre-to-community/"
MODULE = f"{COURSE}recovery-enhancing-environments/"
LESSON = f"{MODULE}what-makes-a-place-hopeful/"
WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 320, "height": 640}


def box(locator) -> dict:
    found = locator.bounding_box()
    assert found is not None, f"{locator} is not on screen"
    return found


def test_on_a_wide_screen_the_lesson_sits_beside_its_modules_lessons(page, site_content, check_page):
    person = UserFactory()
    lesson_complete(user=person, lesson=LessonPage.objects.get(url_path__endswith="/what-makes-a-place-hopeful/"))
    sign_in(page, person)
    page.set_viewport_size(WIDE)
    page.goto(LESSON)
    module_nav = page.get_by_role("navigation", name="Module 1: Recovery-enhancing environments")
    article = page.locator("article.lesson")
    assert box(module_nav)["x"] >= box(article)["x"] + box(article)["width"], "the list is beside the lesson"
    assert abs(box(module_nav)["y"] - box(article)["y"]) < 80, "and starts level with it"
    current = module_nav.get_by_role("link", name="What makes a place hopeful?")
    expect(current).to_have_attribute("aria-current", "page")
    expect(module_nav.get_by_role("listitem").first).to_contain_text("Done")
    expect(module_nav.get_by_role("listitem")).to_have_count(4)
    check_page(page, where="lesson, wide")

    page.set_viewport_size(PHONE)
    pager = page.get_by_role("navigation", name="Lessons")
    assert box(module_nav)["y"] > box(pager)["y"], "on a phone the list comes after the lesson"


def test_the_dashboard_puts_its_cards_side_by_side_on_a_wide_screen(page, site_content, check_page):
    sign_in(page, UserFactory())
    page.set_viewport_size(WIDE)
    page.goto("/dashboard/")
    panels = page.locator(".dashboard-grid > section")
    tops = [round(box(panels.nth(index))["y"]) for index in range(panels.count())]
    assert len(tops) > len(set(tops)), f"some cards share a row: {tops}"
    check_page(page, where="dashboard, wide")


def test_the_home_page_shows_what_happens_here_in_a_picture(page, site_content):
    page.goto("/")
    picture = page.get_by_role("img", name="Four people round a table, talking and writing")
    expect(picture).to_be_visible()
    assert page.evaluate("document.querySelector('.hero__picture img').naturalWidth") > 0, "the picture loads"


def test_on_a_phone_the_menu_folds_behind_a_button_and_the_page_starts_near_the_top(page, site_content):
    page.set_viewport_size(PHONE)
    page.goto(LESSON)
    menu = page.get_by_role("button", name="Menu")
    main_menu = page.get_by_role("navigation", name="Main")
    expect(menu).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(main_menu).to_be_hidden()
    assert box(page.locator("header"))["height"] <= 130, "the header leaves the screen to the page"

    menu.focus()
    page.keyboard.press("Enter")
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(main_menu.get_by_role("link", name="Courses")).to_be_visible()
    page.keyboard.press("Escape")
    expect(main_menu).to_be_hidden()
    expect(menu).to_be_focused()

    page.set_viewport_size(WIDE)
    expect(menu).to_be_hidden()
    expect(main_menu).to_be_visible()


def test_without_javascript_the_menu_is_always_there(new_context, site_content):
    phone = new_context(java_script_enabled=False, viewport=PHONE).new_page()
    phone.goto(LESSON)
    expect(phone.get_by_role("navigation", name="Main").get_by_role("link", name="Courses")).to_be_visible()
    expect(phone.get_by_role("button", name="Menu")).to_be_hidden()


def test_the_easy_read_version_puts_each_picture_beside_its_words_even_on_a_phone(page, site_content, check_page):
    sign_in(page, UserFactory())
    page.set_viewport_size(PHONE)
    page.goto(f"{LESSON}?version=easy-read")
    expect(page).to_have_title("Places that give hope – Colearn")
    expect(page.get_by_role("heading", level=1)).to_have_text("Places that give hope")
    first = page.locator(".easy-read__idea").first
    picture, words = first.get_by_role("img", name="The sun coming up"), first.locator(".easy-read__words")
    assert box(picture)["x"] + box(picture)["width"] <= box(words)["x"], "the picture is beside the words"
    prompts = page.get_by_role("region", name="Think about it, and take it with you")
    expect(prompts.get_by_role("textbox").first).to_be_visible()
    expect(prompts.get_by_role("link", name="Download")).to_be_visible()
    check_page(page, where="easy read, phone")
