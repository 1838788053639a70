"""Shared computers, in a real browser: two people one after the other on the same browser, an idle session that
warns and can be kept, an idle session that ends without touching what is typed, and autosave failures that keep
the text on screen and on the device. Every page state visited passes axe (WCAG 2.2 AA) and reflows at 320 px."""

import json
import re
import time

import pytest
from playwright.sync_api import expect

from colearn.middleware import device_key
from tests.browser.helpers import sign_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

NEW = "/journal/new/"
SECRET = "Lately I have been feeling unsafe at home."
AUTOSAVE = 6000  # ms: the script saves 2.5 s after the last keystroke
DEVICE_COPIES = """() => Object.fromEntries(Object.keys(localStorage)
    .filter((name) => name.startsWith("colearn:")).map((name) => [name, localStorage.getItem(name)]))"""


def device_copies(page) -> dict[str, str]:
    return page.evaluate(DEVICE_COPIES)


def entry_box(page):
    return page.get_by_label("Your entry")


def test_the_next_person_on_the_same_browser_sees_nothing_after_a_sign_out(page, site_content, check_page):
    alex, bea = UserFactory(display_name="Alex"), UserFactory(display_name="Bea")
    sign_in(page, alex)
    page.goto(NEW)
    entry_box(page).fill(SECRET)
    copies = device_copies(page)
    assert [json.loads(value)["text"] for value in copies.values()] == [SECRET]
    assert all(name.startswith(f"colearn:draft:{device_key(alex)}:") for name in copies)

    with page.expect_response(lambda r: r.url.endswith("/accounts/logout/") and r.request.method == "POST") as out:
        page.locator("header").get_by_role("button", name="Sign out").click()
    assert out.value.header_value("clear-site-data") == '"cache", "storage"'
    page.wait_for_url(re.compile(r"/$"))
    assert device_copies(page) == {}

    sign_in(page, bea)
    page.goto(NEW)
    expect(entry_box(page)).to_have_value("")
    expect(page.get_by_text("unsafe at home")).to_have_count(0)
    assert not [name for name in device_copies(page) if device_key(alex) in name]
    check_page(page, where="the second person's new entry")


def test_the_next_person_sees_nothing_when_the_last_one_just_walked_away(page, site_content):
    """No sign-out: the browser was closed (the session cookie went with it), or the session ended by itself."""
    alex, bea = UserFactory(display_name="Alex"), UserFactory(display_name="Bea")
    sign_in(page, alex)
    page.goto(NEW)
    entry_box(page).fill(SECRET)
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    # A page with nobody signed in has already forgotten Alex's words.
    expect(page.locator("body:not([data-person])")).to_have_count(1)
    page.wait_for_function("!Object.keys(localStorage).some(k => k.startsWith('colearn:'))")
    assert device_copies(page) == {}
    # A copy left by the old version of the script, not tied to anyone, goes too.
    page.evaluate("localStorage.setItem('colearn:draft:new', JSON.stringify({title: '', text: 'Old unbound copy'}))")
    assert len(device_copies(page)) == 1

    sign_in(page, bea)
    assert device_copies(page) == {}
    page.goto(NEW)
    expect(entry_box(page)).to_have_value("")
    expect(page.get_by_text("We brought back text")).to_have_count(0)


def test_an_idle_session_warns_and_stay_signed_in_keeps_it(page, site_content, settings, check_page):
    settings.SESSION_IDLE_SECONDS = 12
    settings.SESSION_IDLE_WARNING_SECONDS = 8
    sign_in(page, UserFactory())
    loaded = time.monotonic()

    warning = page.get_by_role("alertdialog", name="You will be signed out soon")
    expect(warning).to_be_visible(timeout=10_000)
    stay = warning.get_by_role("button", name="Stay signed in")
    expect(stay).to_be_focused()
    expect(warning).to_contain_text("Anything you have typed stays on this page.")
    check_page(page, where="the idle warning")

    stay.click()
    expect(warning).to_have_count(0)
    expect(page.get_by_role("status").filter(has_text="You are still signed in.")).to_have_count(1)
    page.wait_for_timeout(max(0, (13 - (time.monotonic() - loaded)) * 1000))  # past the first limit
    page.goto("/dashboard/")
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.locator("header").get_by_role("button", name="Sign out")).to_be_visible()


def test_an_idle_session_ends_without_touching_what_is_typed(page, site_content, settings, check_page):
    settings.SESSION_IDLE_SECONDS = 10
    settings.SESSION_IDLE_WARNING_SECONDS = 6
    sign_in(page, UserFactory())
    page.goto(NEW)
    entry_box(page).fill(SECRET)

    ended = page.get_by_role("alert").filter(has_text="You have been signed out")
    expect(ended).to_be_visible(timeout=30_000)
    expect(ended).to_contain_text("Anything you typed is still on this page.")
    expect(ended.get_by_role("link", name="Sign in again (opens in a new tab)")).to_be_visible()
    expect(entry_box(page)).to_have_value(SECRET)
    assert [json.loads(value)["text"] for value in device_copies(page).values()] == [SECRET]
    check_page(page, where="signed out after a while with nothing happening")

    page.goto("/dashboard/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))


@pytest.mark.parametrize(
    ("status", "says"),
    [
        (403, "This page has been open a long time"),
        (429, "Saving is paused for a moment"),
        (500, "Something went wrong on our side"),
        (503, "The site is busy just now"),
        (502, "Something went wrong on our side"),  # an HTML page from a proxy, not JSON
    ],
)
def test_when_autosave_fails_the_text_stays_on_screen_and_on_the_device(page, site_content, check_page, status, says):
    sign_in(page, UserFactory())
    page.goto(NEW)

    def answer(route):
        if status == 502:
            route.fulfill(status=502, content_type="text/html", body="<h1>Bad gateway</h1>")
        else:
            body = json.dumps({"message": "Not saved."})
            route.fulfill(status=status, content_type="application/json", body=body, headers={"Retry-After": "60"})

    page.route("**/journal/drafts/", answer)
    words = f"{SECRET} (written while the site answered {status})"
    entry_box(page).fill(words)
    message = page.locator("[data-autosave-status]")
    expect(message).to_contain_text(says, timeout=AUTOSAVE)
    expect(message).to_contain_text("Your text is safe on this page and on this device.")
    expect(entry_box(page)).to_have_value(words)
    assert [json.loads(value)["text"] for value in device_copies(page).values()] == [words]
    if status == 500:
        check_page(page, where="autosave failed with a server error")

    page.unroute("**/journal/drafts/")
    entry_box(page).fill(words + " And now it saves.")
    expect(message).to_have_text(re.compile(r"Draft saved at \d\d:\d\d\."), timeout=AUTOSAVE)


def test_journal_search_words_stay_out_of_the_address_bar_even_without_javascript(new_context, page, check_page):
    from learning.services.journal import entry_create

    person = UserFactory()
    entry_create(author=person, text="Some nights I feel unsafe at home.")
    entry_create(author=person, text="A walk by the canal.")
    tab = new_context(java_script_enabled=False).new_page()
    sign_in(tab, person)
    tab.goto("/journal/")
    tab.get_by_label("Search your entries").fill("unsafe")
    tab.get_by_role("button", name="Show entries").click()

    expect(tab.get_by_role("heading", name="1 entry")).to_be_visible()
    assert "unsafe" not in tab.url and re.search(r"/journal/\?search=[\w-]+$", tab.url)
    expect(tab.get_by_text("Some nights I feel unsafe at home.")).to_be_visible()
    expect(tab.get_by_text("A walk by the canal.")).to_have_count(0)
    expect(tab.get_by_label("Search your entries")).to_have_value("unsafe")
    tab.context.close()

    # axe needs JavaScript: the same pages, checked in a browser that has it.
    sign_in(page, person)
    page.goto("/journal/")
    page.get_by_label("Search your entries").fill("unsafe")
    page.get_by_role("button", name="Show entries").click()
    expect(page.get_by_role("heading", name="1 entry")).to_be_visible()
    check_page(page, where="journal search results")
    page.goto("/journal/?search=gone")
    expect(page.get_by_role("status").filter(has_text="That search has ended")).to_be_visible()
    check_page(page, where="journal after a search that has ended")
