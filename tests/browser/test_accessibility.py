"""Every public page passes axe (WCAG 2.2 AA) and reflows at 320 CSS pixels without sideways scrolling."""

import pytest

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
    pytest.param(f"{LESSON}?version=easy-read", 200, "Easy read", id="lesson-easy-read"),
    pytest.param("/search/?q=allotment", 200, "for “allotment”", id="search-results"),
    pytest.param(f"/search/?q={'a' * 201}", 200, "There is a problem", id="search-error"),
    pytest.param("/support/", 200, "Need support now?", id="support"),
    pytest.param("/no-such-page/", 404, "We can’t find that page", id="not-found"),
    pytest.param("/accounts/login/", 200, "Sign in", id="sign-in"),
    pytest.param("/accounts/signup/", 200, "Create an account", id="sign-up"),
    pytest.param("/accounts/password/reset/", 200, "Reset your password", id="password-reset"),
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
