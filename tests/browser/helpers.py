"""Small helpers the browser tests share: signing in as a person would, and finding things on a page."""

from playwright.sync_api import expect

from tests.factories.users import DEFAULT_PASSWORD


def sign_in(page, person) -> None:
    """Through the real sign-in form, as a person would (it works without JavaScript too)."""
    page.goto("/accounts/login/")
    page.get_by_label("Email address").fill(person.email)
    page.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("header").get_by_role("button", name="Sign out")).to_be_visible()


def status_message(page, text: str):
    return page.get_by_role("status").filter(has_text=text)


def press(page, control) -> None:
    """Move the keyboard to a control and press Enter, as someone tabbing through the page would."""
    control.focus()
    expect(control).to_be_focused()
    page.keyboard.press("Enter")


def type_into(page, field, text: str) -> None:
    """Type into a field reached by the keyboard, replacing what was in it."""
    field.focus()
    expect(field).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type(text)
