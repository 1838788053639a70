"""Every form, submitted in a real browser empty and then with wrong values, shows the GOV.UK error pattern.

The routes, people and objects are the bad-input battery's (tests/colearn/test_bad_input.py); the checks on the
page's HTML are tests/colearn/test_error_pattern.py's. Here the browser adds what only a browser shows: the
summary has the keyboard when the page opens, following its first link puts the keyboard in that field, and the
page passes axe at 320 px.
"""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from tests.browser.helpers import sign_in
from tests.colearn.test_bad_input import DISCOVER, ROUTES, _url, build_world
from tests.colearn.test_error_pattern import EMPTY_IS_FINE, FORM_ROUTES, pattern_problems
from tests.factories import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# By person, in an order where nothing one form does can stop the next (wrong values change nothing, and the
# forms where an empty answer is fine are only sent wrong ones).
PAGE_FORMS = [key for key in FORM_ROUTES if ROUTES[key].fields == DISCOVER]

FIND_FORM = """(path) => [...document.querySelectorAll("main form")].find(
    (form) => form.method === "post" && new URL(form.action).pathname === path)"""

EMPTY_IT = """(form) => {
    for (const field of form.elements) {
        if (field.type === "hidden" || field.type === "submit" || field.tagName === "BUTTON") continue;
        if (field.type === "checkbox" || field.type === "radio") field.checked = false;
        else if (field.tagName === "SELECT") field.selectedIndex = -1;
        else field.value = "";
    }
}"""

MAKE_IT_WRONG = """(form) => {
    for (const field of form.elements) {
        if (field.type === "hidden" || field.type === "submit" || field.tagName === "BUTTON") continue;
        if (field.type === "checkbox") continue;
        if (field.type === "radio" || field.tagName === "SELECT") {
            const option = field.tagName === "SELECT" ? field.options[0] : field;
            if (option) { option.value = "not-one-of-the-options"; option.selected = option.checked = true; }
        } else if (["number", "date", "datetime-local"].includes(field.type)) {
            field.type = "text"; field.value = "eleven";
        } else if (field.type !== "password") {
            field.value = "x".repeat(100001);
        }
    }
}"""


def _submit(page, path: str, prepare: str) -> dict:
    form = page.evaluate_handle(FIND_FORM, path).as_element()
    assert form is not None, f"no form posting to {path} on its page"
    form.evaluate(prepare)
    typed = form.evaluate(
        """(form) => Object.fromEntries([...form.elements]
            .filter((field) => field.name && field.type !== "password" && field.value
                && ["text", "email", "search", "url", "textarea"].includes(field.type))
            .map((field) => [field.name, field.value]))"""
    )
    with page.expect_navigation():
        form.evaluate('(form) => form.requestSubmit(form.querySelector("[type=submit], button:not([type])"))')
    return typed


def _check_pattern(page, key: str, typed: dict, check_page) -> None:
    html = page.content()
    problems = pattern_problems(html, typed, dict.fromkeys(typed, "text"))
    assert not problems, f"{key}: " + "; ".join(problems)
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    first = summary.get_by_role("link").first
    if first.count():
        target = first.get_attribute("href").removeprefix("#")
        first.click()
        assert page.evaluate("document.activeElement.id") == target, f"{key}: the first link did not reach its field"
    check_page(page, where=f"{key} with problems")


def test_every_form_shows_the_pattern_in_the_browser(page, check_page):
    world = build_world(build_site())
    cache.clear()
    signed_in_as, checked = "anon", []
    for persona in ("anon", "member", "other_member", "outsider", "facilitator"):
        keys = [key for key in PAGE_FORMS if ROUTES[key].right == persona]
        if not keys:
            continue
        if persona != signed_in_as:
            page.context.clear_cookies()
            if world.users[persona] is not None:
                sign_in(page, world.users[persona])
            signed_in_as = persona
        for key in keys:
            path = _url(key, world)
            for prepare, name in ((EMPTY_IT, "empty"), (MAKE_IT_WRONG, "wrong")):
                if name == "empty" and key in EMPTY_IS_FINE:
                    continue
                page.goto(path)
                typed = _submit(page, path, prepare)
                if not page.locator("[data-error-summary]").count():
                    assert name == "wrong", f"{key}: an empty form was accepted"
                    continue
                _check_pattern(page, f"{key} ({name})", typed, check_page)
                checked.append(key)
    assert set(PAGE_FORMS) - set(EMPTY_IS_FINE) <= set(checked)
