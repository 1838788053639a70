"""The GOV.UK error pattern on every form, walked over every route the bad-input battery knows.

Each route's form is posted empty and with wrong values by the person who may use it (the routes, the people and
the world they act in are tests/colearn/test_bad_input.py's). Every page that answers with a problem must:

- start its title with "Error: ";
- have "There is a problem" as the first thing in <main>, linking each message to its field (for radios or
  checkboxes, the first option), with the same message at the field, tied to it by aria-describedby;
- list every message shown at a field in the summary;
- say what to do in our words: none of Django's or allauth's default messages;
- keep what was typed.

An empty post must be refused with the pattern unless the form is one where nothing is a fine answer (EMPTY_IS_FINE),
so the walk cannot pass by finding no errors.
"""

import re

import pytest
from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from bs4 import BeautifulSoup
from django import forms
from django.core import validators
from django.db import models
from django.utils import translation

from tests.colearn.test_bad_input import (
    COVERED,
    DISCOVER,
    ROUTES,
    _clients,
    _url,
    build_world,
    discover_fields,
)

pytestmark = pytest.mark.django_db

# Forms where posting nothing is a real answer, not a mistake.
EMPTY_IS_FINE = {
    "preferences": "every choice is a tick box or has a default: nothing ticked is a choice",
    "cohorts:session_catch_up": "every part of a catch-up is optional: a facilitator may save just one",
    "cohorts:register": "the register's statuses have defaults: saving it unchanged is saving the register",
    "cohorts:modules": "no dates means every module is open: that is a choice",
    "one_page_profile": "a one-page profile may be left empty, or emptied",
    "cohorts:question_hide": "the reason for hiding a question is optional",
    "response_hide": "the reason for hiding a response is optional",
}

# Routes whose page has its form, and routes whose fields the battery lists (a page behind a step, such as a new
# password after confirming it is you): an empty post must show the pattern on the first; on the others it must
# show it whenever the answer is a page of problems.
FORM_ROUTES = [key for key, _, _ in COVERED if key in ROUTES and not ROUTES[key].get_only and ROUTES[key].fields]


def _as_pattern(message) -> re.Pattern:
    with translation.override(None):  # the library's own words, before our catalogue (locale/) says them better
        text = str(message)
    parts = re.split(r"%\(\w+\)[sdr]|%[sd]|\{\w*\}", text)
    return re.compile(".+?".join(re.escape(part) for part in parts))


def _defaults() -> list[re.Pattern]:
    messages = []
    for module in (forms.fields, forms.models):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, forms.Field):
                messages += value.default_error_messages.values()
    for value in vars(validators).values():
        if isinstance(value, type) and hasattr(value, "message"):
            messages.append(value.message)
    messages += models.Field.default_error_messages.values()
    messages += DefaultAccountAdapter.error_messages.values()
    messages += DefaultMFAAdapter.error_messages.values()
    patterns = [_as_pattern(message) for message in messages if str(message).strip()]
    # Plural messages (lazy until given a number) and allauth's words written into its forms.
    return [*patterns, *(re.compile(text) for text in ALSO_THE_LIBRARYS)]


ALSO_THE_LIBRARYS = [
    r"Ensure this value has at (most|least) .+ characters? \(it has .+\)\.",
    r"You must type the same (password|email) each time\.",
    r".*\band/or\b.*",
    r".*\byou specified\b.*",
]


LIBRARY_DEFAULTS = _defaults()


def test_the_list_of_library_defaults_holds_the_ones_people_met():
    said = ["This field is required.", "Select a valid choice. 2 is not one of the available choices."]
    assert all(any(pattern.fullmatch(text) for pattern in LIBRARY_DEFAULTS) for text in said)


def wrong(kind: str):
    if kind.startswith("choice:"):
        return "not-one-of-the-options"
    if kind in {"int", "date", "datetime"}:
        return "eleven"
    if kind.startswith("hidden:") or kind == "bool":
        return kind.removeprefix("hidden:")
    return "x" * 100_001  # text: far too long, and it must come back as it was typed


def _text(element) -> str:
    return " ".join(element.get_text(" ").split())


def pattern_problems(html: str, posted: dict, fields: dict) -> list[str]:
    """What the page gets wrong about the pattern, in words."""
    page = BeautifulSoup(html, "html.parser")
    found = []
    title = _text(page.title) if page.title else ""
    if not title.startswith("Error: "):
        found.append(f"title is {title!r}")
    main = page.find("main")
    first = main.find(True, recursive=False) if main else None
    if first is None or "error-summary" not in (first.get("class") or []):
        found.append("the error summary is not the first thing in <main>")
        return found
    if first.get("tabindex") != "-1" or not first.find("h2", string="There is a problem"):
        found.append("the summary cannot take focus or does not say 'There is a problem'")
    summary = [_text(item) for item in first.find_all("li")]
    for link in first.find_all("a"):
        message, target = _text(link), page.find(id=link["href"].removeprefix("#"))
        if target is None:
            found.append(f"{message!r} links to {link['href']}, which is not on the page")
            continue
        if target.name not in {"input", "select", "textarea"} or target.get("type") == "hidden":
            found.append(f"{message!r} links to a <{target.name}>, not to a field")
        holder = target.find_parent("fieldset") if target.get("type") in {"radio", "checkbox"} else target
        holder = holder or target
        described = [page.find(id=name) for name in (holder.get("aria-describedby") or "").split()]
        if not any(element is not None and message in _text(element) for element in described):
            found.append(f"{message!r} is not at its field {link['href']} through aria-describedby")
    at_fields = [_text(message).removeprefix("Error: ") for message in page.select(".error-message p")]
    missing = [message for message in at_fields if message not in summary]
    if missing:
        found.append(f"shown at a field but not in the summary: {missing}")
    for message in summary:
        if any(pattern.fullmatch(message) for pattern in LIBRARY_DEFAULTS):
            found.append(f"a library's default message, not ours: {message!r}")
    for name, kind in fields.items():
        typed = posted.get(name)
        if kind != "text" or not typed:
            continue
        field = page.find(attrs={"name": name})
        if field is None or field.get("type") == "password":
            continue
        kept = field.get_text() if field.name == "textarea" else field.get("value", "")
        if kept.strip() != typed.strip():
            found.append(f"what was typed in {name} was not kept")
    return found


def shows_problems(response) -> bool:
    """A page of problems: the form again (200), or a refusal that shows it (400, as the check-in pages answer)."""
    shown = b"error-message" in response.content or b"error-summary" in response.content
    return response.status_code in {200, 400} and shown


@pytest.mark.parametrize("key", FORM_ROUTES)
def test_every_form_guides_in_the_gov_uk_pattern(key, site_pages):
    spec = ROUTES[key]
    world = build_world(site_pages)
    url, client = _url(key, world), _clients(world)[spec.right]
    fields = spec.fields if spec.fields != DISCOVER else discover_fields(client.get(url).content.decode(), url)
    problems = []
    for name, values in (
        ("empty", {name: ("" if not kind.startswith("hidden:") else kind[7:]) for name, kind in fields.items()}),
        ("wrong", {name: wrong(kind) for name, kind in fields.items()}),
    ):
        response = client.post(url, values)
        if not shows_problems(response):
            if name == "empty" and spec.fields == DISCOVER and key not in EMPTY_IS_FINE:
                problems.append(f"empty: answered {response.status_code} without the error pattern")
            continue
        problems += [f"{name}: {problem}" for problem in pattern_problems(response.content.decode(), values, fields)]
    assert not problems, f"POST {url} ({key}):\n" + "\n".join(problems)


@pytest.mark.parametrize(
    "path",
    [
        "/search/?q=" + "a" * 201,
        "/community/?day=not-a-day&cost=nothing-like-it",
    ],
)
def test_search_forms_guide_in_the_gov_uk_pattern(client, site_pages, path):
    response = client.get(path)
    assert shows_problems(response)
    assert pattern_problems(response.content.decode(), {}, {}) == []


NOT_SHOWN = {"colearn.account_forms.ColearnSignupForm.username": "ACCOUNT_SIGNUP_FIELDS has no username"}


def test_every_required_field_of_ours_says_what_is_missing_in_its_own_words():
    """The same rule read off the form classes, for fields the walk above cannot leave empty (a form behind a step,
    or one the CMS shows): "This field is required." says nothing about what to do. allauth's forms get theirs
    when made (colearn.account_forms.SaysWhatIsMissing), so for them the words must be in its lists."""
    from colearn.account_forms import REQUIRED, SaysWhatIsMissing
    from tests.colearn.test_typed_text import project_forms

    with translation.override(None):
        default = str(forms.Field.default_error_messages["required"])

    def has_words(form, name, field) -> bool:
        if issubclass(form, SaysWhatIsMissing) and (name in form.required or name in REQUIRED):
            return True
        return str(field.error_messages["required"]) != default

    said_nothing = [
        f"{form.__module__}.{form.__qualname__}.{name}"
        for form in project_forms()
        for name, field in form.base_fields.items()
        if field.required
        and not field.widget.is_hidden
        and not has_words(form, name, field)
        and f"{form.__module__}.{form.__qualname__}.{name}" not in NOT_SHOWN
    ]
    assert said_nothing == []
