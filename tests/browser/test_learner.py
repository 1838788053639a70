"""The signed-in learner's pages: dashboard, profile, preferences, marking lessons done, certificates and the
account security pages. Every page visited passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage, LessonPage
from learning.models import Certificate, LessonCompletion
from learning.services.progress import lesson_complete
from tests.browser.helpers import sign_in
from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

COURSE = "/courses/from-day-centre-to-community/"
LESSON = f"{COURSE}recovery-enhancing-environments/what-makes-a-place-hopeful/"


def lesson_at(path: str) -> LessonPage:
    return LessonPage.objects.live().get(slug=path.rstrip("/").rsplit("/", 1)[-1])


def test_the_dashboard_offers_the_next_lesson_and_counts_what_is_done(page, site_content, check_page):
    person = UserFactory(display_name="Sam")
    lesson_complete(user=person, lesson=lesson_at(LESSON))
    total = LessonPage.objects.live().descendant_of(CoursePage.objects.get()).count()
    sign_in(page, person)

    page.goto("/dashboard/")
    main = page.locator("main")
    expect(main.get_by_role("heading", level=1)).to_have_text("Hello, Sam")
    continue_section = main.locator("section").filter(
        has=page.get_by_role("heading", name="Continue where you left off")
    )
    expect(continue_section.get_by_role("link")).to_have_count(1)
    expect(continue_section).to_contain_text(f"1 of {total} lessons done")
    expect(main.get_by_role("heading", name="Your courses")).to_be_visible()
    check_page(page, where="dashboard")


def test_the_profile_explains_a_missing_name_then_saves_a_new_one(page, check_page):
    person = UserFactory(display_name="Sam")
    sign_in(page, person)

    page.goto("/account/profile/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
    expect(page.get_by_role("link", name="Profile", exact=True)).to_have_attribute("aria-current", "page")
    check_page(page, where="profile")

    name = page.get_by_label("Your name")
    name.fill("   ")
    page.get_by_role("button", name="Save my profile").click()
    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary.get_by_role("link")).to_have_attribute("href", "#id_display_name")
    expect(name).to_have_attribute("aria-invalid", "true")
    check_page(page, where="profile with an error")
    person.refresh_from_db()
    assert person.display_name == "Sam"

    name.fill("Sam Okafor")
    page.get_by_role("button", name="Save my profile").click()
    expect(page.get_by_role("status")).to_have_text("Your profile is saved.")
    expect(page.get_by_label("Your name")).to_have_value("Sam Okafor")
    person.refresh_from_db()
    assert person.display_name == "Sam Okafor"


def test_display_preferences_apply_on_every_page(page, site_content, check_page):
    person = UserFactory()
    sign_in(page, person)

    page.goto("/account/preferences/")
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"preferences$", re.IGNORECASE))
    check_page(page, where="preferences")

    page.get_by_role("group", name="Text size").get_by_label("Larger").check()
    page.get_by_label("Use a more readable font").check()
    page.get_by_role("button", name="Save my preferences").click()
    expect(page.get_by_role("status")).to_contain_text(re.compile(r"Your (display )?preferences are saved\."))
    expect(page.get_by_label("Larger")).to_be_checked()
    expect(page.locator("html")).to_have_class("text-larger font-readable")
    check_page(page, where="preferences, larger text and readable font")

    page.goto(LESSON)
    expect(page.locator("html")).to_have_class("text-larger font-readable")
    check_page(page, where="lesson, larger text and readable font")


def test_marking_a_lesson_done_with_javascript_stays_on_the_page_and_announces_it(page, site_content, check_page):
    person = UserFactory()
    lesson = lesson_at(LESSON)
    sign_in(page, person)
    page.goto(LESSON)
    url = page.url
    progress = page.locator("#progress")
    live = progress.locator("[data-done-live]")
    expect(live).to_have_attribute("aria-live", "polite")
    expect(live).to_be_empty()
    page.evaluate("window.__marker = 'same page'")  # a reload would lose it

    button = progress.get_by_role("button", name="Mark as done")
    button.focus()
    page.keyboard.press("Enter")
    expect(progress.get_by_role("button", name="Mark as not done")).to_be_focused()  # keyboard users keep their place
    expect(live).to_contain_text("Lesson marked as done")
    expect(progress).to_contain_text("You have marked this lesson as done.")
    expect(progress.locator("[data-done-progress]")).to_have_text(re.compile(r"^1 of \d+ lessons done in this course$"))
    assert page.evaluate("window.__marker") == "same page", "the page reloaded"
    assert page.url == url
    assert LessonCompletion.objects.filter(user=person, lesson=lesson).exists()

    progress.get_by_role("button", name="Mark as not done").click()
    expect(progress.get_by_role("button", name="Mark as done")).to_be_visible()
    expect(live).to_contain_text("Lesson marked as not done yet.")
    expect(progress).to_contain_text("When you have finished this lesson, mark it as done.")
    assert page.evaluate("window.__marker") == "same page", "the page reloaded"
    assert page.url == url
    assert not LessonCompletion.objects.filter(user=person, lesson=lesson).exists()
    check_page(page, where="lesson after marking done and undoing")


def test_marking_a_lesson_done_without_javascript_reloads_the_page(new_context, page, site_content, check_page):
    person = UserFactory()
    lesson = lesson_at(LESSON)
    no_js = new_context(java_script_enabled=False).new_page()
    sign_in(no_js, person)
    no_js.goto(LESSON)

    no_js.locator("#progress").get_by_role("button", name="Mark as done").click()
    expect(no_js).to_have_url(re.compile(re.escape(LESSON) + "#progress$"))
    expect(no_js.get_by_role("status")).to_contain_text("Lesson marked as done.")
    expect(no_js.locator("#progress")).to_contain_text("You have marked this lesson as done.")
    expect(no_js.locator("#progress").get_by_role("button", name="Mark as not done")).to_be_visible()
    assert LessonCompletion.objects.filter(user=person, lesson=lesson).exists()

    # axe needs JavaScript: check the same state in an ordinary tab signed in as the same person.
    page.context.add_cookies(no_js.context.cookies())
    page.goto(no_js.url)
    expect(page.locator("#progress")).to_contain_text("You have marked this lesson as done.")
    check_page(page, where="lesson marked done without JavaScript")


def test_a_finished_course_has_a_certificate_anyone_can_check(new_context, page, site_content, check_page):
    person = UserFactory(display_name="Sam Okafor")
    for lesson in LessonPage.objects.live():
        lesson_complete(user=person, lesson=lesson)
    course = CoursePage.objects.get()
    sign_in(page, person)

    page.goto(f"/learning/courses/{course.pk}/certificate/")
    certificate = page.locator(".certificate")
    expect(certificate.get_by_role("heading", level=1)).to_have_text("Sam Okafor")
    expect(certificate).to_contain_text(course.title)
    check_page(page, where="certificate")

    page.emulate_media(media="print")
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".site-footer")).to_be_hidden()
    expect(page.get_by_role("heading", name="Print or share")).to_be_hidden()
    expect(certificate).to_be_visible()
    page.emulate_media(media="screen")

    code = Certificate.objects.get(user=person, course=course).code
    href = page.locator(".no-print").get_by_role("link", name=re.compile(re.escape(code))).get_attribute("href")
    assert href == f"/certificates/{code}/"

    stranger = new_context().new_page()  # signed out
    stranger.goto(href)
    expect(stranger.locator("header").get_by_role("link", name="Sign in")).to_be_visible()
    expect(stranger.get_by_role("heading", level=1)).to_have_text("This certificate is genuine")
    expect(stranger.locator("main")).to_contain_text("Sam Okafor")
    expect(stranger.locator("main")).to_contain_text(course.title)
    assert person.email not in stranger.locator("main").inner_text()
    check_page(stranger, where="certificate check")


ACCOUNT_PAGES = [
    ("/accounts/email/", "Your email address"),
    ("/accounts/password/change/", "Change your password"),
    ("/accounts/2fa/", "Two-factor sign-in"),
]


def test_the_account_security_pages_are_accessible_in_the_site_layout(new_context, page, check_page):
    person = UserFactory()
    sign_in(page, person)
    elsewhere = new_context().new_page()
    sign_in(elsewhere, person)
    # A new password (like a new email address or two-factor) first asks the person to confirm it is them.
    page.goto("/accounts/password/change/")
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Please confirm it is you")
    check_page(page, where="confirm it is you")
    page.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)
    page.locator("main").get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Change your password")

    for path, heading in ACCOUNT_PAGES:
        response = page.goto(path)
        assert response.status == 200, path
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
        expect(page.get_by_role("navigation", name="Your account")).to_be_visible()
        check_page(page, where=path)

    page.goto("/accounts/sessions/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Signed-in devices")
    expect(page.get_by_role("heading", level=2, name="This device")).to_have_count(1)
    expect(page.get_by_role("heading", level=2, name="Another device")).to_have_count(1)
    check_page(page, where="signed-in devices")
    page.get_by_role("button", name="Sign out of the other devices").click()
    expect(page.get_by_role("heading", level=2, name="Another device")).to_have_count(0)
    expect(page.locator("main").get_by_role("button", name="Sign out", exact=True)).to_be_visible()
    elsewhere.goto("/dashboard/")
    expect(elsewhere).to_have_url(re.compile(r"/accounts/login/"))

    page.goto("/accounts/reauthenticate/?next=/accounts/2fa/totp/activate/")
    check_page(page, where="reauthenticate")
    page.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)
    page.locator("main").get_by_role("button").click()

    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Turn on two-factor sign-in")
    check_page(page, where="authenticator app set-up")

    page.get_by_label("6-digit code from your app").fill("12345")  # five digits: never a valid code
    page.locator("main").get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_role("alert").get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(page.get_by_role("alert")).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Error: Turn on two-factor sign-in"))
    expect(page.get_by_label("6-digit code from your app")).to_have_attribute("aria-invalid", "true")
    check_page(page, where="authenticator app set-up with a wrong code")
    assert not person.authenticator_set.exists()
