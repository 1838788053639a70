"""The reflective journal: answering a lesson's prompts, drafts that survive a reload, two tabs at once, a session
that ends while someone types, sharing with named people, the group's reflections and responses, and confidence
check-ins. No text is ever lost. Every page state visited passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels."""

import re

import pytest
from playwright.sync_api import expect

from cohorts.models import Perspective, Role
from courses.models import CourseCapability, CoursePage, LessonPage
from learning.models import ConfidenceCheck, JournalDraft, JournalEntry, Response, Visibility
from learning.services.journal import entry_create
from learning.services.responses import response_create
from tests.browser.helpers import sign_in, status_message
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

COURSE_SLUG = "from-day-centre-to-community"
LESSON = f"/courses/{COURSE_SLUG}/recovery-enhancing-environments/what-makes-a-place-hopeful/"
NEW = "/journal/new/"
SLUG = "tuesday-evening-group"
SAVED_AT = re.compile(r"Draft saved at \d\d:\d\d\.")
AUTOSAVE = 6000  # ms: the script saves 2.5 s after the last keystroke


def autosave_status(page):
    return page.locator("[data-autosave-status]")


def first_prompt():
    lesson = LessonPage.objects.live().get(slug=LESSON.rstrip("/").rsplit("/", 1)[-1])
    return lesson, lesson.reflection_prompts()[0]


@pytest.fixture
def cohort(site_content):
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    return CohortFactory(course=course, name="Tuesday evening group", slug=SLUG, pair=False)  # Priya, by hand


@pytest.fixture
def priya(cohort):
    person = UserFactory(display_name="Priya")
    MembershipFactory(cohort=cohort, user=person, role=Role.FACILITATOR, perspective="")
    return person


def member(cohort, name: str):
    person = UserFactory(display_name=name)
    MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER, perspective=Perspective.USES_SERVICES)
    return person


def test_an_answer_to_a_lesson_prompt_survives_a_reload_and_is_saved_in_the_journal(page, site_content, check_page):
    person = UserFactory()
    lesson, prompt = first_prompt()
    question = prompt.value["question"]
    sign_in(page, person)

    page.goto(LESSON)
    section = page.locator(f"#prompt-{prompt.id}")
    expect(section.get_by_role("heading", name=question)).to_be_visible()
    answer = section.get_by_label("Your answer")
    expect(answer).to_have_attribute("id", f"answer-{prompt.id}")
    check_page(page, where="lesson with reflection prompts")

    answer.fill("A garden with a bench.")
    expect(autosave_status(section)).to_have_text(SAVED_AT, timeout=AUTOSAVE)
    draft = JournalDraft.objects.get(author=person, key=f"prompt-{lesson.pk}-{prompt.id}")
    assert draft.text == "A garden with a bench."

    page.evaluate("localStorage.clear()")  # what comes back must come from the server, not this device
    page.reload()
    section = page.locator(f"#prompt-{prompt.id}")
    expect(section.get_by_label("Your answer")).to_have_value("A garden with a bench.")
    expect(section).to_contain_text("Your unsaved writing from")
    check_page(page, where="lesson with an unsaved answer brought back")

    section.get_by_label("Your answer").fill("A garden with a bench, and people who say hello.")
    section.get_by_role("button", name=re.compile(r"^Save my answer")).click()

    expect(page).to_have_url(re.compile(re.escape(LESSON) + f"#prompt-{prompt.id}-saved$"))
    expect(status_message(page, "Saved in your journal.")).to_be_visible()
    # said where the person is, and the keyboard is there too
    expect(page.locator(f"#prompt-{prompt.id}-saved")).to_be_focused()
    section = page.locator(f"#prompt-{prompt.id}")
    earlier = section.locator("details").filter(has_text="Your earlier answers (1)")
    expect(earlier).to_contain_text("A garden with a bench, and people who say hello.")
    expect(section.get_by_label("Your answer (a new one)")).to_have_value("")  # the draft went with the save
    check_page(page, where="lesson with an earlier answer")

    entry = JournalEntry.objects.get(author=person)
    assert entry.text == "A garden with a bench, and people who say hello."
    assert (entry.lesson_id, entry.prompt_id, entry.prompt_text) == (lesson.pk, prompt.id, question)
    assert entry.course == CoursePage.objects.get(slug=COURSE_SLUG)
    assert entry.visibility == Visibility.PRIVATE
    assert not JournalDraft.objects.filter(author=person).exists()


def test_a_new_entry_is_kept_as_a_draft_and_offered_back_after_a_reload(page, check_page):
    person = UserFactory()
    sign_in(page, person)

    page.goto(NEW)
    expect(page.get_by_role("heading", level=1)).to_have_text("Write in your journal")
    check_page(page, where="new entry form")

    page.get_by_label("Title").fill("A quiet morning")
    page.get_by_label("Your entry").fill("Nobody rushed anyone today.")
    expect(autosave_status(page)).to_have_text(SAVED_AT, timeout=AUTOSAVE)
    check_page(page, where="new entry form, draft saved")
    draft = JournalDraft.objects.get(author=person, key="new")
    assert (draft.title, draft.text, draft.version) == ("A quiet morning", "Nobody rushed anyone today.", 1)

    page.evaluate("localStorage.clear()")  # what comes back must come from the server, not this device
    page.reload()
    expect(status_message(page, "You have unsaved writing from")).to_contain_text("in the box below")
    expect(page.get_by_label("Your entry")).to_have_value("Nobody rushed anyone today.")
    expect(page.get_by_label("Title")).to_have_value("A quiet morning")
    check_page(page, where="new entry form with unsaved writing")

    # The page knows the draft's version: typing on saves over it, not into a conflict.
    page.get_by_label("Your entry").fill("Nobody rushed anyone today. Tea at eleven.")
    expect(autosave_status(page)).to_have_text(SAVED_AT, timeout=AUTOSAVE)
    draft.refresh_from_db()
    assert (draft.text, draft.version) == ("Nobody rushed anyone today. Tea at eleven.", 2)


def test_two_tabs_writing_at_once_get_a_conflict_and_both_texts_are_kept(page, check_page):
    person = UserFactory()
    sign_in(page, person)
    tab_a, tab_b = page, page.context.new_page()
    tab_a.goto(NEW)
    tab_b.goto(NEW)

    tab_a.get_by_label("Your entry").fill("Written in the first tab.")
    expect(autosave_status(tab_a)).to_have_text(SAVED_AT, timeout=AUTOSAVE)
    tab_b.get_by_label("Your entry").fill("Written in the second tab.")

    conflict = tab_b.get_by_role("alert").filter(has_text="This was changed in another tab or window")
    expect(conflict).to_be_visible(timeout=AUTOSAVE)
    expect(conflict.get_by_role("heading", name="This was changed in another tab or window")).to_be_visible()
    expect(conflict.locator("blockquote")).to_have_text("Written in the first tab.")
    expect(tab_b.get_by_label("Your entry")).to_have_value("Written in the second tab.")
    assert JournalDraft.objects.get(author=person, key="new").text == "Written in the first tab."
    check_page(tab_b, where="new entry form with a conflict between two tabs")

    conflict.get_by_role("button", name="Keep my version").click()
    expect(conflict).to_have_count(0)
    expect(autosave_status(tab_b)).to_have_text(SAVED_AT, timeout=AUTOSAVE)
    expect(tab_b.get_by_label("Your entry")).to_be_focused()
    draft = JournalDraft.objects.get(author=person, key="new")
    assert (draft.text, draft.version) == ("Written in the second tab.", 2)
    expect(tab_a.get_by_label("Your entry")).to_have_value("Written in the first tab.")  # still on screen there


def test_signed_out_while_typing_the_text_stays_and_is_saved_after_signing_in(page, check_page):
    person = UserFactory()
    sign_in(page, person)
    page.goto(NEW)
    box = page.get_by_label("Your entry")
    box.fill("The first half, typed while signed in.")
    expect(autosave_status(page)).to_have_text(SAVED_AT, timeout=AUTOSAVE)

    elsewhere = page.context.new_page()  # another tab of the same browser
    elsewhere.goto("/dashboard/")
    elsewhere.locator("header").get_by_role("button", name="Sign out").click()
    elsewhere.wait_for_url(re.compile(r"/$"))
    elsewhere.goto("/dashboard/")
    expect(elsewhere).to_have_url(re.compile(r"/accounts/login/"))

    full_text = "The first half, typed while signed in.\n\nThe second half, typed after being signed out."
    box.fill(full_text)
    expect(autosave_status(page)).to_have_text(
        re.compile(r"^You have been signed out\. Your text is safe"), timeout=AUTOSAVE
    )
    expect(box).to_have_value(full_text)
    check_page(page, where="new entry form after being signed out")

    expect(autosave_status(page).get_by_role("link", name=re.compile("Sign in"))).to_be_visible()

    sign_in(elsewhere, person)
    # Signing in gave the browser a new security token; the script sends it with the form, so Save just works.
    page.get_by_role("button", name="Save", exact=True).click()
    expect(status_message(page, "Saved in your journal.")).to_be_visible()
    entry = JournalEntry.objects.get(author=person)
    assert re.search(rf"/journal/{entry.pk}/$", page.url)
    expect(page.locator("main .prose p")).to_have_text(full_text.split("\n\n"))
    check_page(page, where="the saved entry")
    assert entry.text.replace("\r\n", "\n") == full_text
    assert not JournalDraft.objects.filter(author=person).exists()


def test_signed_out_without_javascript_the_posted_text_comes_back_and_is_saved(new_context, page, check_page):
    person = UserFactory()
    no_js = new_context(java_script_enabled=False)
    tab = no_js.new_page()
    sign_in(tab, person)
    tab.goto(NEW)
    tab.get_by_label("Title").fill("Before the meeting")
    tab.get_by_label("Your entry").fill("I want to ask about the garden rota.")
    no_js.clear_cookies(name="sessionid")  # the session ends while the form is open

    with tab.expect_response(lambda response: response.request.method == "POST") as posted:
        tab.get_by_role("button", name="Save", exact=True).click()
    assert posted.value.status == 401
    expect(tab.get_by_role("heading", level=1)).to_have_text("Your text is safe")
    expect(tab.get_by_label("Your text")).to_have_value("I want to ask about the garden rota.")
    expect(tab.get_by_label("Title")).to_have_value("Before the meeting")
    assert not JournalEntry.objects.exists()

    sign_in(no_js.new_page(), person)  # "Sign in again (opens in a new tab)"
    tab.get_by_role("button", name="Save", exact=True).click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Please try that again")
    expect(tab.get_by_label("Your text")).to_have_value("I want to ask about the garden rota.")
    tab.get_by_role("button", name="Send again").click()
    expect(status_message(tab, "Saved in your journal.")).to_be_visible()
    entry = JournalEntry.objects.get(author=person)
    assert (entry.title, entry.text) == ("Before the meeting", "I want to ask about the garden rota.")

    # axe needs JavaScript: the same signed-out post from an ordinary tab.
    sign_in(page, person)
    page.goto(NEW)
    page.get_by_label("Your entry").fill("Another thought.")
    page.context.clear_cookies(name="sessionid")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your text is safe")
    expect(page.get_by_label("Your text")).to_have_value("Another thought.")
    check_page(page, where="your text is safe")


def test_sharing_names_who_will_read_it_before_saving(page, cohort, priya, check_page):
    sam = member(cohort, "Sam")
    sign_in(page, sam)

    page.goto(NEW)
    text = "I found the group hard this week.\n\nI will say so on Tuesday."
    page.get_by_label("Your entry").fill(text)
    page.get_by_role("group", name="Who can read it?").get_by_label("My group’s facilitators").check()
    page.get_by_label("Which group?").select_option(label=cohort.name)
    check_page(page, where="new entry form with sharing chosen")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Share this entry?")
    expect(page.locator("main .lead")).to_have_text(
        f"Priya, your facilitator in {cohort.name}, will be able to read this."
    )
    check_page(page, where="share this entry?")
    assert not JournalEntry.objects.exists()

    page.get_by_role("button", name="Yes, share it").click()
    expect(status_message(page, "Saved in your journal.")).to_contain_text("Priya, your facilitator")
    entry = JournalEntry.objects.get(author=sam)
    assert (entry.visibility, entry.cohort) == (Visibility.FACILITATORS, cohort)
    assert entry.text.replace("\r\n", "\n") == text  # through the confirmation page, nothing lost
    expect(page.locator("main")).to_contain_text(f"Who can read it: Priya, your facilitator in {cohort.name}")
    check_page(page, where="a shared entry, as its author")


def test_an_answer_shared_from_a_lesson_can_be_kept_private_at_the_last_step(page, cohort, priya, check_page):
    sam = member(cohort, "Sam")
    lesson, prompt = first_prompt()
    sign_in(page, sam)

    page.goto(LESSON)
    section = page.locator(f"#prompt-{prompt.id}")
    section.get_by_label("Your answer").fill("The kitchen, where everyone is welcome.")
    section.get_by_label("Who can read it?").select_option(label="My group")
    check_page(page, where="lesson with a prompt's sharing choices")
    section.get_by_role("button", name=re.compile(r"^Save my answer")).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Share this entry?")
    expect(page.locator("main .lead")).to_have_text(
        f"Everyone in {cohort.name} (2 people, including facilitators) will be able to read this."
    )
    # The choice that shares looks like the main action; the one that keeps it private looks secondary.
    looks = "el => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]"
    share = page.get_by_role("button", name="Yes, share it").evaluate(looks)
    keep = page.get_by_role("button", name="No, keep it private").evaluate(looks)
    assert keep[0] == "rgb(255, 255, 255)" and share[1] == "rgb(255, 255, 255)" and share != keep
    page.get_by_role("button", name="No, keep it private").click()

    expect(page).to_have_url(re.compile(re.escape(LESSON) + f"#prompt-{prompt.id}-saved$"))
    expect(status_message(page, "Saved in your journal.")).to_be_visible()
    expect(page.locator(f"#prompt-{prompt.id}")).to_contain_text("The kitchen, where everyone is welcome.")
    entry = JournalEntry.objects.get(author=sam)
    assert (entry.visibility, entry.cohort, entry.prompt_id) == (Visibility.PRIVATE, None, prompt.id)


def test_a_member_reads_the_groups_reflections_and_responds(page, cohort, priya, check_page):
    jo, sam = member(cohort, "Jo"), member(cohort, "Sam")
    entry = entry_create(
        author=jo, title="Small wins", text="Someone new made the tea.", visibility=Visibility.COHORT, cohort=cohort
    )
    entry_create(author=jo, text="Only for me.")
    response_create(entry=entry, author=priya, text="Lovely to hear.", notify=False)
    sign_in(page, sam)

    page.goto(f"/cohorts/{SLUG}/reflections/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Shared reflections")
    shared = page.get_by_role("article", name="Small wins")
    expect(shared).to_contain_text("Someone new made the tea.")
    expect(shared).to_contain_text("Jo")
    expect(shared.get_by_role("link", name="1 response to Small wins – read or respond")).to_be_visible()
    expect(page.get_by_role("article")).to_have_count(1)  # Jo's private entry is not here
    assert "Only for me." not in page.locator("main").inner_text()
    check_page(page, where="the group's shared reflections")

    shared.get_by_role("link", name="Small wins", exact=True).click()
    expect(page).to_have_url(re.compile(rf"/journal/{entry.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Small wins")
    responses = page.locator("#responses")
    expect(responses).to_contain_text("Lovely to hear.")
    check_page(page, where="a shared entry, as another member")

    responses.get_by_label("Your response").fill("The tea was good too.")
    responses.get_by_role("button", name="Post my response").click()
    expect(page).to_have_url(re.compile(rf"/journal/{entry.pk}/#responses$"))
    expect(status_message(page, "Your response is posted.")).to_be_visible()
    mine = page.locator("#responses .response").filter(has_text="The tea was good too.")
    expect(mine).to_contain_text("Sam")
    expect(mine.get_by_role("link", name="Edit your response")).to_be_visible()
    check_page(page, where="a shared entry with my response")
    assert Response.objects.filter(entry=entry, author=sam, text="The tea was good too.").exists()

    page.goto(f"/cohorts/{SLUG}/reflections/")
    expect(page.get_by_role("link", name="2 responses to Small wins – read or respond")).to_be_visible()
    check_page(page, where="the group's shared reflections with two responses")


def test_confidence_check_ins_show_as_a_chart_and_a_table(page, site_content, check_page):
    person = UserFactory()
    course = CoursePage.objects.get(slug=COURSE_SLUG)
    first, second = (capability.text for capability in CourseCapability.objects.filter(course=course)[:2])
    sign_in(page, person)

    page.goto(f"/journal/confidence/{course.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Where am I now?")
    expect(page.locator("main")).to_contain_text("After your first check-in")
    check_page(page, where="confidence check-in, first time")

    page.get_by_role("button", name="Save this check-in").click()
    expect(page.get_by_role("alert").get_by_role("heading", name="There is a problem")).to_be_visible()
    check_page(page, where="confidence check-in with nothing chosen")
    assert not ConfidenceCheck.objects.exists()

    def rate(statement: str, step: int) -> None:
        page.get_by_role("group", name=statement).get_by_label(re.compile(rf"^{step}\. ")).check()

    rate(first, 2)
    rate(second, 3)
    page.get_by_role("button", name="Save this check-in").click()
    expect(status_message(page, "Saved. Thank you")).to_be_visible()
    expect(page.get_by_role("group", name=first)).to_contain_text("Last time, on")

    rate(first, 4)
    rate(second, 3)
    page.get_by_role("button", name="Save this check-in").click()
    expect(status_message(page, "Saved. Thank you")).to_be_visible()
    assert ConfidenceCheck.objects.filter(user=person).count() == 4

    for statement, steps in ((first, (2, 4)), (second, (3, 3))):
        chart = page.get_by_role("img", name=f"How your confidence in “{statement}” has changed")
        expect(chart).to_have_accessible_name(  # the title, then the words a screen reader needs instead
            re.compile(rf" 2 check-ins\. First, .*step {steps[0]} of 5.*Most recently, .*step {steps[1]} of 5")
        )
        expect(chart.locator("circle")).to_have_count(2)
        block = page.locator(".confidence-capability").filter(has=page.get_by_role("heading", name=statement))
        block.get_by_text("Show these check-ins as a table").click()
        rows = block.get_by_role("table").locator("tbody tr")
        expect(rows).to_have_count(2)
        expect(rows.nth(0).get_by_role("cell")).to_have_text(re.compile(rf"^{steps[0]}\. "))
        expect(rows.nth(1).get_by_role("cell")).to_have_text(re.compile(rf"^{steps[1]}\. "))
    others = page.locator(".confidence-capability").filter(has_text="You have not checked in on this one yet.")
    expect(others).to_have_count(CourseCapability.objects.filter(course=course).count() - 2)
    check_page(page, where="confidence check-ins, chart and tables after two check-ins")
