""" "Try this week", with the keyboard alone and JavaScript off: a person says "I'll try this" on a lesson, finds it
on their dashboard, and when the time comes answers "How did it go?" and keeps it as a small win. Every page on the
way passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels (axe needs JavaScript, so each is checked again in an
ordinary tab)."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from learning.models import EntryKind, JournalEntry, TryOutcome
from tests.browser.helpers import press, sign_in, status_message, type_into
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LESSON = "/courses/from-day-centre-to-community/recovery-enhancing-environments/what-makes-a-place-hopeful/"
ACTION = "Notice the first three things you see and hear when you arrive somewhere."
NOTE = "The receptionist looked up and smiled. That mattered."


def checked_in_a_tab_with_javascript(page, no_js, check_page, *, where: str) -> None:
    page.context.add_cookies(no_js.context.cookies())
    page.goto(no_js.url)
    check_page(page, where=where)


def test_commit_from_a_lesson_then_say_how_it_went_without_javascript(new_context, page, site_content, check_page):
    person = UserFactory(display_name="Kit Morgan")
    trying = new_context(java_script_enabled=False).new_page()
    sign_in(trying, person)

    trying.goto(LESSON)
    press(trying, trying.get_by_role("button", name=re.compile("^I’ll try this")))
    expect(status_message(trying, "It is on your dashboard, under Things you’re trying.")).to_be_visible()
    block = trying.locator("aside.try")
    expect(block).to_contain_text("You’re trying this. We’ll ask how it went from")
    checked_in_a_tab_with_javascript(page, trying, check_page, where="lesson after “I’ll try this”")

    press(trying, block.get_by_role("link", name="See the things you’re trying"))
    tries = trying.locator("section").filter(has=trying.get_by_role("heading", name="Things you’re trying"))
    expect(tries).to_contain_text(ACTION)
    expect(tries.get_by_role("button", name=re.compile("^Save how it went"))).to_have_count(0)
    checked_in_a_tab_with_javascript(page, trying, check_page, where="dashboard, trying something")

    # A week goes by.
    entry = JournalEntry.objects.get(author=person, kind=EntryKind.ACTION)
    JournalEntry.objects.filter(pk=entry.pk).update(ask_from=timezone.now() - datetime.timedelta(minutes=1))
    trying.reload()
    expect(tries.get_by_role("group", name="How did it go?")).to_be_visible()
    checked_in_a_tab_with_javascript(page, trying, check_page, where="dashboard, asking how it went")
    choice = tries.get_by_label("I gave it a go – it was harder than I thought")
    choice.focus()
    trying.keyboard.press("Space")
    expect(choice).to_be_checked()
    type_into(trying, tries.get_by_label(re.compile("^Anything you would like to remember")), NOTE)
    press(trying, tries.get_by_role("button", name=re.compile("^Save how it went")))

    expect(status_message(trying, "Whatever happened, noticing it is a step.")).to_be_visible()
    expect(trying.get_by_role("heading", level=1)).to_have_text(ACTION)
    expect(trying.locator("main")).to_contain_text(NOTE)
    checked_in_a_tab_with_javascript(page, trying, check_page, where="the action, answered")
    press(trying, trying.get_by_role("button", name="Keep this as a small win"))
    expect(status_message(trying, "Kept as a small win in your journal.")).to_be_visible()
    checked_in_a_tab_with_javascript(page, trying, check_page, where="the small win")

    entry.refresh_from_db()
    assert (entry.outcome_choice, entry.outcome) == (TryOutcome.GAVE_IT_A_GO, NOTE)
    win = JournalEntry.objects.get(author=person, kind=EntryKind.SMALL_WIN)
    assert win.small_win_from == entry and NOTE in win.text
