"""Every public page passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels without sideways scrolling."""

from unittest import mock

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from cohorts.models import Perspective
from courses.models import CoursePage, PageCredit
from tests.browser.helpers import sign_in
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.users import DEFAULT_PASSWORD
from tests.reports.test_what_changed import EVERY_FIGURE, add_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

COURSE = "/courses/from-day-centre-to-community/"
MODULE = f"{COURSE}recovery-enhancing-environments/"
LESSON = f"{MODULE}what-makes-a-place-hopeful/"

PAGES = [
    pytest.param("/", 200, "Learning together, from day centre to community", id="home"),
    pytest.param("/courses/", 200, "Courses", id="catalogue"),
    pytest.param("/courses/?theme=deep-acceptance", 200, "Courses about deep acceptance", id="catalogue-by-theme"),
    pytest.param(COURSE, 200, "From day centre to community: learning together", id="course"),
    pytest.param(MODULE, 200, "Recovery-enhancing environments", id="module"),
    pytest.param(LESSON, 200, "What makes a place hopeful?", id="lesson"),
    pytest.param(f"{LESSON}?version=easy-read", 200, "Places that give hope", id="lesson-easy-read"),
    # A lesson whose words link to the glossary: the words open their definitions, listed again at the end.
    pytest.param(f"{MODULE}sharing-power/", 200, "Words used in this lesson", id="lesson-with-glossary-words"),
    pytest.param("/search/?q=allotment", 200, "for “allotment”", id="search-results"),
    pytest.param(f"/search/?q={'a' * 201}", 200, "There is a problem", id="search-error"),
    pytest.param("/support/", 200, "Need support now?", id="support"),
    pytest.param("/glossary/", 200, "Words explained", id="glossary"),
    # The directory (empty here unless load_community ran), a search with every filter, a bad filter, a missing entry.
    pytest.param("/community/", 200, "Community directory", id="community"),
    pytest.param("/community/?q=garden&day=sat&cost=free&access=on", 200, "found", id="community-filtered"),
    pytest.param("/community/?day=someday", 200, "There is a problem", id="community-error"),
    pytest.param("/community/no-such-place/", 404, "We can’t find that page", id="community-not-found"),
    pytest.param("/no-such-page/", 404, "We can’t find that page", id="not-found"),
    pytest.param("/accounts/login/", 200, "Sign in", id="sign-in"),
    pytest.param("/accounts/signup/", 200, "Create an account", id="sign-up"),
    pytest.param("/accounts/password/reset/", 200, "Reset your password", id="password-reset"),
    pytest.param("/account/first-sign-in/", 200, "Sign in with your card", id="first-sign-in"),
]


@pytest.mark.parametrize(("path", "status", "text"), PAGES)
def test_page_passes_axe_and_reflows_at_320px(
    page, site_content, assert_accessible, assert_reflows, path, status, text
):
    response = page.goto(path)
    assert response.status == status
    assert text in page.locator("main").inner_text()

    assert_accessible(page)
    assert_reflows(page, where=path)


@pytest.mark.parametrize("path", [COURSE, MODULE, LESSON], ids=["course", "module", "lesson"])
def test_pages_with_credits_pass_axe_and_reflow(page, site_content, check_page, path):
    """The built-in course has no credits: give a page some, a long unbroken name and an anonymous one among them."""
    credited = Page.objects.get(url_path__endswith=path)
    PageCredit.objects.create(page=credited, name="Ana Silva", role="peer trainer")
    PageCredit.objects.create(page=credited, name="Bartholomew" * 6, role="carer", contribution="reviewer")
    PageCredit.objects.create(page=credited, name="", role="practitioner", anonymous=True, contribution="reviewer")
    page.goto(path)
    expect(page.locator(".credits")).to_contain_text("Written with")
    expect(page.locator(".credits")).to_contain_text("Practitioner (credited anonymously)")
    check_page(page, where=f"{path} with credits")


def test_the_what_changed_page_passes_axe_and_reflows(page, site_content, check_page):
    """A public page that PAGES cannot reach until an editor makes it: the built-in course's "What changed" page with
    every figure, where five members of a group give the mix a bar to draw and everything else reads "fewer than 5"."""
    course = CoursePage.objects.get(url_path__endswith=COURSE)
    cohort = CohortFactory(course=course)
    for _ in range(5):
        MembershipFactory(cohort=cohort, user=UserFactory(), perspective=Perspective.CARER)
    pair = {"said": "Evening sessions would help people who work days.", "did": "Every group now has one a month."}
    what_changed = add_page(course, chosen=EVERY_FIGURE, you_said_we_did=[("pair", pair)])
    page.goto(COURSE)
    page.get_by_role("link", name="What changed").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(what_changed.title)
    expect(page.locator("main")).to_contain_text("Every group now has one a month.")
    expect(page.locator("main")).to_contain_text("fewer than 5")
    check_page(page, where="what changed")


def test_the_500_page_gives_the_text_back_and_passes_axe_and_reflows(page, site_content, check_page):
    """A save that fails on the server: the page says sorry, gives a reference and the person's words to copy."""
    sign_in(page, UserFactory())
    page.goto("/account/one-page-profile/")
    page.get_by_label("What matters to me").fill("I volunteer at the Thursday café <b>and</b> the allotment.")
    failing = mock.patch("colearn.views.one_page_profile_update", side_effect=RuntimeError("boom"))
    with failing, page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.get_by_role("button", name="Save my one-page profile").click()
    response = answer.value
    assert response.status == 500
    expect(page.get_by_role("heading", level=1)).to_have_text("Sorry, something went wrong on our side")
    expect(page.locator("main")).to_contain_text(f"quote this reference: {response.headers['x-request-id']}")
    expect(page.get_by_label("What matters to me")).to_have_value(
        "I volunteer at the Thursday café <b>and</b> the allotment."
    )

    check_page(page, where="500 page")


def test_your_data_and_delete_your_account_pass_axe_and_reflow(page, site_content, check_page):
    """Signed-in pages of "Your data" (the public list above cannot reach them): the list, the delete page, its
    error state and, after a real deletion, the goodbye page; and the journal download's dates, in error."""
    sign_in(page, UserFactory())
    page.goto("/accounts/data/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your data")
    check_page(page, where="your data")
    page.goto("/accounts/delete/")
    page.get_by_label("Password", exact=True).fill(DEFAULT_PASSWORD)  # "Please confirm it is you" first
    page.locator("main").get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete your account")
    check_page(page, where="delete your account")
    page.goto("/journal/export/?format=md&date_from=2027-04-01&date_to=2027-03-01")  # the journal, some dates
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(page.get_by_label("Written on or after")).to_have_value("2027-04-01")
    check_page(page, where="journal download, start after end")
    page.goto("/accounts/delete/")
    page.get_by_label("To confirm, type “delete my account”").fill("delete")
    page.locator("main").get_by_role("button", name="Delete my account").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    check_page(page, where="delete your account, wrong confirmation")
    page.get_by_label("To confirm, type “delete my account”").fill("delete my account")
    page.locator("main").get_by_role("button", name="Delete my account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account has been deleted")
    check_page(page, where="account deleted")
