"""Questions to the facilitators, in a real browser: a member asks without their name using the keyboard alone,
another member sees the question with no name, a facilitator sees who asked and answers without JavaScript, and the
asker reads the answer. Every page on the way passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels."""

import pytest
from playwright.sync_api import expect

from cohorts.models import GroupAnswer, GroupQuestion, Role
from courses.models import CoursePage
from tests.browser.helpers import sign_in, status_message
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SLUG = "thursday-group"
QUESTIONS = f"/cohorts/{SLUG}/questions/"
ASKER = "Morwenna Pike"
QUESTION = "Is it all right to keep my camera off in the online sessions?"
ANSWER = "Of course. Camera on or off, you are just as much part of the group."
NOTE = "Your name is hidden from the group, not from your facilitators."


@pytest.fixture
def group(site_content):
    course = CoursePage.objects.get(slug="from-day-centre-to-community")
    cohort = CohortFactory(course=course, name="Thursday group", slug=SLUG)
    people = {
        "asker": UserFactory(display_name=ASKER),
        "member": UserFactory(display_name="Chris Adeyemi"),
        "facilitator": UserFactory(display_name="Priya Shah"),
    }
    MembershipFactory(cohort=cohort, user=people["asker"])
    MembershipFactory(cohort=cohort, user=people["member"])
    MembershipFactory(cohort=cohort, user=people["facilitator"], role=Role.FACILITATOR, perspective="")
    return cohort, people


def without_javascript(new_context, person):
    tab = new_context(java_script_enabled=False).new_page()
    sign_in(tab, person)
    return tab


def same_page_with_javascript(page, tab, person):
    """axe needs JavaScript: the same address, in an ordinary tab signed in as the same person."""
    page.context.clear_cookies()
    page.context.add_cookies(tab.context.cookies())
    page.goto(tab.url)


def test_ask_without_a_name_answer_and_read_the_answer(new_context, page, group, check_page):
    cohort, people = group

    # The asker finds the page from the group's space and asks with the keyboard alone.
    sign_in(page, people["asker"])
    page.goto(f"/cohorts/{SLUG}/")
    page.get_by_role("link", name="Questions to the facilitators").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Questions to the facilitators")
    choice = page.get_by_role("group", name="Who the group sees as asking")
    expect(choice).to_contain_text(NOTE)
    expect(page.get_by_label("Ask without my name")).to_be_checked()
    check_page(page, where="questions page, nobody has asked yet")

    page.get_by_label("Ask without my name").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Ask the facilitators")).to_be_focused()
    page.keyboard.press("Enter")  # nothing written yet
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_page(page, where="questions page, empty question")

    page.get_by_label("Your question").focus()
    page.keyboard.type(QUESTION)
    page.keyboard.press("Tab")  # into the choice, on "Ask without my name"
    expect(page.get_by_label("Ask without my name")).to_be_focused()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(status_message(page, "Your question is posted")).to_be_visible()
    question = GroupQuestion.objects.get()
    assert (question.author_id, question.show_name) == (people["asker"].pk, False)
    expect(page.locator("main")).to_contain_text("Your question")
    expect(page.locator("main")).to_contain_text("your name is hidden from the group, not from your facilitators")
    check_page(page, where="questions page, the asker's own question")

    # Another member, without JavaScript, sees the question and no name.
    tab = without_javascript(new_context, people["member"])
    tab.goto(QUESTIONS)
    expect(tab.locator("main")).to_contain_text(QUESTION)
    expect(tab.locator("main")).to_contain_text("A member of the group asked")
    assert ASKER not in tab.content()
    same_page_with_javascript(page, tab, people["member"])
    check_page(page, where="questions page, another member")

    # The facilitator, without JavaScript, sees who asked and answers in the group.
    tab = without_javascript(new_context, people["facilitator"])
    tab.goto(QUESTIONS)
    expect(tab.locator("main")).to_contain_text(f"{ASKER} asked")
    expect(tab.locator("main")).to_contain_text("only facilitators can see who asked")
    same_page_with_javascript(page, tab, people["facilitator"])
    check_page(page, where="questions page, the facilitator")
    page.goto(f"{QUESTIONS}{question.pk}/hide/")
    check_page(page, where="hide a question")
    page.goto(f"{QUESTIONS}{question.pk}/answer/")
    page.get_by_role("button", name="Answer for the group").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_page(page, where="answer a question, empty answer")

    tab.get_by_label("Your answer").fill(ANSWER)
    tab.get_by_role("button", name="Answer for the group").click()
    expect(tab.get_by_role("status")).to_contain_text("Your answer is posted for the group")
    assert GroupAnswer.objects.get().author_id == people["facilitator"].pk

    # The asker reads the answer, and may take the question back.
    page.context.clear_cookies()
    sign_in(page, people["asker"])
    page.goto(QUESTIONS)
    expect(page.locator("main")).to_contain_text(ANSWER)
    expect(page.locator("main")).to_contain_text("Priya Shah answered")
    check_page(page, where="questions page, answered")
    page.get_by_role("link", name="Delete your question").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete your question?")
    check_page(page, where="delete your question")
