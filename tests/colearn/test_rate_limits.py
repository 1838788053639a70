"""Per-person rate limits on writes that notify someone or cost something (colearn/ratelimit.py).

The test settings switch them off (COLEARN_RATE_LIMITS = {}); these tests switch them on, small, and clear the
cache around each test so counts never leak between tests.
"""

import logging

import pytest
from django.core.cache import cache
from django.test import override_settings

from cohorts.models import Announcement, Application, Role
from learning.models import CheckInRequest, JournalDraft, JournalEntry, Response, Visibility
from learning.services.journal import entry_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

LIMIT = 3
ACTIONS = ("journal_entry", "response", "check_in", "export", "autosave", "application", "announcement")
ACTIONS += ("group_question", "group_answer")
ACTIONS += ("check_in_note",)
ACTIONS += ("partner_invitation",)
SMALL = dict.fromkeys(ACTIONS, f"{LIMIT}/1m/user")


@pytest.fixture
def limits():
    cache.clear()
    with override_settings(COLEARN_RATE_LIMITS=SMALL):
        yield
    cache.clear()


@pytest.fixture
def group(course):
    cohort = CohortFactory(course=course.course)
    people = {name: UserFactory(display_name=name.title()) for name in ("facilitator", "writer", "reader")}
    MembershipFactory(cohort=cohort, user=people["facilitator"], role=Role.FACILITATOR, perspective="")
    MembershipFactory(cohort=cohort, user=people["writer"])
    MembershipFactory(cohort=cohort, user=people["reader"])
    return cohort, people


def test_the_entry_after_the_limit_is_a_429_that_shows_the_text_and_creates_nothing(client, user, limits, caplog):
    client.force_login(user)
    for number in range(LIMIT):
        response = client.post("/journal/new/", {"text": f"Entry number {number}", "kind": "reflection"})
        assert response.status_code == 302
    with caplog.at_level(logging.INFO, logger="colearn.security"):
        response = client.post("/journal/new/", {"text": "The words I typed last", "kind": "reflection"})
    html = response.content.decode()
    assert response.status_code == 429
    assert "The words I typed last" in html, "the text is kept on the page"
    assert "Please try again in a minute" in html or "less than a minute" in html
    assert 0 < int(response["Retry-After"]) <= 60
    assert JournalEntry.objects.filter(author=user).count() == LIMIT
    assert any("event=rate_limited" in line and "action=journal_entry" in line for line in caplog.messages)
    assert not any("The words I typed last" in line for line in caplog.messages), "never what people wrote"


def test_limits_are_per_person(client, user, limits):
    client.force_login(user)
    for number in range(LIMIT + 1):
        client.post("/journal/new/", {"text": f"Entry number {number}", "kind": "reflection"})
    someone_else = UserFactory()
    client.force_login(someone_else)
    assert client.post("/journal/new/", {"text": "Mine", "kind": "reflection"}).status_code == 302


def test_autosave_over_the_limit_answers_in_json_and_keeps_the_saved_draft(client, user, limits):
    client.force_login(user)
    version = 0
    for number in range(LIMIT):
        saved = client.post(
            "/journal/drafts/",
            {"key": "new", "title": "", "text": f"draft {number}", "version": version},
            headers={"Accept": "application/json"},
        )
        assert saved.status_code == 200
        version = saved.json()["version"]
    # Without asking for JSON too: the endpoint only ever answers the script.
    response = client.post("/journal/drafts/", {"key": "new", "title": "", "text": "one more", "version": version})
    assert response.status_code == 429
    assert "try again" in response.json()["message"]
    assert JournalDraft.objects.get(author=user).text == f"draft {LIMIT - 1}"


def _response_post(client, people, cohort):
    entry = entry_create(author=people["writer"], text="Shared", visibility=Visibility.COHORT, cohort=cohort)
    client.force_login(people["reader"])
    return lambda n: (f"/journal/{entry.pk}/responses/", {"text": f"Reply {n}"}), Response, "Reply"


def _check_in_post(client, people, cohort):
    client.force_login(people["writer"])
    return lambda n: ("/journal/check-in/", {"cohort": cohort.pk}), CheckInRequest, None


def _announcement_post(client, people, cohort):
    client.force_login(people["facilitator"])
    url = f"/cohorts/{cohort.slug}/facilitate/announcements/new/"
    return lambda n: (url, {"title": f"News {n}", "body": f"Announcement body {n}"}), Announcement, "Announcement body"


def _application_post(client, people, cohort):
    client.force_login(UserFactory())
    cohorts = [CohortFactory(course=cohort.course) for _ in range(LIMIT + 1)]
    answers = {"perspective": "carer", "agreed_to_cohort_agreement": "on"}
    return (
        lambda n: (f"/cohorts/{cohorts[n].slug}/apply/", {"statement": f"Why I would like to join {n}", **answers}),
        Application,
        "Why I would like to join",
    )


def _question_post(client, people, cohort):
    from cohorts.models import GroupQuestion

    client.force_login(people["writer"])
    url = f"/cohorts/{cohort.slug}/questions/"
    return lambda n: (url, {"text": f"Question text {n}", "show_name": "no"}), GroupQuestion, "Question text"


def _answer_post(client, people, cohort):
    from cohorts.models import GroupAnswer
    from cohorts.services import question_ask

    question = question_ask(cohort=cohort, author=people["writer"], text="A question", show_name=False, notify=False)
    client.force_login(people["facilitator"])
    url = f"/cohorts/{cohort.slug}/questions/{question.pk}/answer/"
    return lambda n: (url, {"text": f"Answer text {n}"}), GroupAnswer, "Answer text"


QUESTION_WRITES = [_question_post, _answer_post]


def _check_in_note_post(client, people, cohort):
    from learning.models import CheckInNote
    from learning.services.journal import check_in_request

    check_in = check_in_request(user=people["writer"], cohort=cohort, notify=False)
    client.force_login(people["writer"])
    url = f"/journal/check-ins/{check_in.pk}/"
    return lambda n: (url, {"text": f"Check-in note {n}"}), CheckInNote, "Check-in note"


def _partner_invitation_post(client, people, cohort):
    from learning.models import LearningPartnership

    # One open invitation per person per group, so each invitation is to someone in another group.
    groups = [CohortFactory(course=cohort.course, pair=False) for _ in range(LIMIT + 1)]
    invitees = []
    for group in groups:
        MembershipFactory(cohort=group, user=people["writer"])
        invitees.append(MembershipFactory(cohort=group, user=UserFactory()).user)
    client.force_login(people["writer"])
    return (
        lambda n: (f"/cohorts/{groups[n].slug}/partner/invite/", {"invitee": invitees[n].pk}),
        LearningPartnership,
        None,
    )


@pytest.mark.parametrize(
    "setup",
    [
        _response_post,
        _check_in_post,
        _announcement_post,
        _application_post,
        *QUESTION_WRITES,
        _check_in_note_post,
        _partner_invitation_post,
    ],
    ids=lambda f: f.__name__,
)
def test_each_limited_write_is_refused_after_the_limit_and_writes_nothing(client, group, limits, setup, mailoutbox):
    cohort, people = group
    post, model, typed = setup(client, people, cohort)
    for number in range(LIMIT):
        response = client.post(*post(number))
        assert response.status_code == 302, response.content.decode()[:500]
    count, emails = model.objects.count(), len(mailoutbox)
    response = client.post(*post(LIMIT))
    html = response.content.decode()
    assert response.status_code == 429
    assert "try again" in html
    if typed:
        assert f"{typed} {LIMIT}" in html, "what they typed is on the page"
    assert model.objects.count() == count, "nothing is written"
    assert len(mailoutbox) == emails, "nobody is emailed"


def test_downloads_of_the_journal_are_limited_but_the_choice_page_is_not(client, user, limits):
    client.force_login(user)
    client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})  # taking a journal away asks again
    for _ in range(LIMIT + 2):
        assert client.get("/journal/export/").status_code == 200, "looking at the choices costs nothing"
    for _ in range(LIMIT):
        assert client.get("/journal/export/?format=md").status_code == 200
    response = client.get("/journal/export/?format=md")
    assert response.status_code == 429 and "try again" in response.content.decode()


def test_every_limit_in_the_settings_is_tested_here():
    from django.conf import settings

    from colearn.settings import base

    assert set(base.COLEARN_RATE_LIMITS) == set(ACTIONS), "a new limit needs a test here"
    assert settings.COLEARN_RATE_LIMITS == {}, "the test settings switch them off"


def test_with_the_test_settings_nothing_is_limited(client, user):
    cache.clear()
    client.force_login(user)
    for number in range(12):  # more than the production limit of 10 a minute
        assert client.post("/journal/new/", {"text": f"Entry {number}", "kind": "reflection"}).status_code == 302
    assert JournalEntry.objects.filter(author=user).count() == 12


def test_the_retry_time_is_said_in_plain_words():
    from colearn.ratelimit import in_words

    assert in_words(20) == "in less than a minute"
    assert in_words(60) == "in a minute"
    assert in_words(61) == "in 2 minutes"
    assert in_words(3600) == "in an hour"
    assert in_words(5 * 3600) == "in 5 hours"
    assert in_words(2 * 86400) == "tomorrow"


def test_sending_again_after_a_pause_asks_afresh_before_sharing(client, group, limits):
    cohort, people = group
    client.force_login(people["writer"])
    for number in range(LIMIT):
        client.post("/journal/new/", {"text": f"Private {number}", "kind": "reflection"})
    shared = {"text": "For the group", "kind": "reflection", "visibility": "cohort", "cohort": cohort.pk}
    response = client.post("/journal/new/", {**shared, "confirmed": "on"})
    html = response.content.decode()
    assert response.status_code == 429
    assert "For the group" in html
    for field in ("confirmed", "visibility", "cohort"):
        assert f'name="{field}"' not in html, f"{field} is never carried over: who reads it is asked afresh"
