"""The one compose path: a rescue gives back only the person's words (never a forged share), a form sent twice saves
once, and a save the server refuses brings the text back and keeps nothing."""

import logging
import re
import uuid
from html.parser import HTMLParser

import pytest
from django.db import DatabaseError
from django.test import Client

from cohorts.models import Role
from learning.models import JournalDraft, JournalEntry, Response, Visibility
from learning.services.journal import entry_create
from learning.services.responses import response_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

ATTACKER_TEXT = "Everyone should read this: my private thoughts about Sam."
NEVER_CARRIED = {"visibility", "confirmed", "cohort", "lesson", "prompt_id", "kind", "version", "draft_key"}


@pytest.fixture
def group(course, user):
    cohort = CohortFactory(course=course.course)
    MembershipFactory(cohort=cohort, user=user)
    MembershipFactory(cohort=cohort, user=UserFactory(display_name="Priya"), role=Role.FACILITATOR)
    return cohort


class Forms(HTMLParser):
    """Every form on a page: its action, its inputs (name → value) and its textareas (name → text)."""

    def __init__(self):
        super().__init__()
        self.forms, self._textarea = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"action": attrs.get("action", ""), "inputs": {}, "textareas": {}, "hidden": set()})
        elif tag == "input" and self.forms and attrs.get("name"):
            if attrs.get("type") in {"radio", "checkbox"} and "checked" not in attrs:
                return
            self.forms[-1]["inputs"][attrs["name"]] = attrs.get("value", "")
            if attrs.get("type") == "hidden":
                self.forms[-1]["hidden"].add(attrs["name"])
        elif tag == "textarea" and self.forms:
            self._textarea = attrs.get("name")
            self.forms[-1]["textareas"][self._textarea] = ""

    def handle_data(self, data):
        if self._textarea:
            self.forms[-1]["textareas"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None


def forms_in(response) -> list[dict]:
    parser = Forms()
    parser.feed(response.content.decode())
    return parser.forms


def the_form_with_text(response) -> dict:
    (form,) = [form for form in forms_in(response) if "text" in form["textareas"]]
    return form


def send(client, form, page_url: str = "", **extra):
    """Press the form's button: post what it holds (with `extra` typed in) to its action, or back to its page."""
    return client.post(form["action"] or page_url, {**form["inputs"], **form["textareas"], **extra})


# --- A rescue gives back words, never a share ---------------------------------------------------------------


@pytest.mark.parametrize(
    "token, headers",
    [(None, {"Origin": "https://evil.example"}), ("not-the-right-token-" * 2, {})],
    ids=["from another site, no token", "a wrong token"],
)
def test_a_forged_share_from_another_site_becomes_at_most_a_private_entry(user, group, token, headers):
    victim = Client(enforce_csrf_checks=True)
    victim.force_login(user)
    forged = {"visibility": "cohort", "confirmed": "on", "cohort": str(group.pk), "text": ATTACKER_TEXT}
    if token:
        forged["csrfmiddlewaretoken"] = token
    page = victim.post("/journal/new/", forged, headers=headers)

    assert page.status_code == 403 and "Please try that again" in page.content.decode()
    for form in forms_in(page):
        assert not (form["hidden"] | set(form["inputs"])) & NEVER_CARRIED, form
    rescue = the_form_with_text(page)
    assert rescue["textareas"]["text"] == ATTACKER_TEXT and rescue["action"] == "/journal/new/"
    assert not JournalEntry.objects.exists()

    answer = send(victim, rescue)  # the victim presses "Send again"
    entry = JournalEntry.objects.get()
    assert answer.status_code == 302 and answer.url == f"/journal/{entry.pk}/"
    assert (entry.visibility, entry.cohort, entry.text) == (Visibility.PRIVATE, None, ATTACKER_TEXT)


def test_signed_out_while_sharing_an_answer_the_rescue_keeps_only_the_words(client, user, group, course):
    lesson = course.lessons[0][0]
    prompt = lesson.reflection_prompts()[0]
    posted = {
        "lesson": lesson.pk,
        "prompt_id": prompt.id,
        "visibility": "cohort",
        "cohort": group.pk,
        "confirmed": "on",
        "title": "On  hope",
        "text": "My answer\r\n\r\nin two paragraphs",
    }
    page = client.post("/journal/new/", posted)

    assert page.status_code == 401 and "Your text is safe" in page.content.decode()
    rescue = the_form_with_text(page)
    assert set(rescue["inputs"]) == {"csrfmiddlewaretoken", "submission", "title"}
    assert (rescue["inputs"]["title"], rescue["textareas"]["text"]) == ("On hope", "My answer\n\nin two paragraphs")

    client.force_login(user)
    send(client, rescue)
    entry = JournalEntry.objects.get()
    assert (entry.visibility, entry.cohort, entry.lesson, entry.prompt_id) == (Visibility.PRIVATE, None, None, "")
    assert (entry.title, entry.text) == ("On hope", "My answer\n\nin two paragraphs")


def test_signed_out_while_editing_the_rescue_never_changes_the_shared_entry(client, user, group):
    entry = entry_create(author=user, text="As first shared", visibility=Visibility.COHORT, cohort=group)
    page = client.post(
        f"/journal/{entry.pk}/edit/",
        {"text": "Rewritten", "visibility": "cohort", "cohort": group.pk, "version": entry.version, "confirmed": "on"},
    )
    assert page.status_code == 401 and f'href="/journal/{entry.pk}/edit/"' in page.content.decode()
    client.force_login(user)
    send(client, the_form_with_text(page))
    entry.refresh_from_db()
    assert entry.text == "As first shared"
    rescued = JournalEntry.objects.exclude(pk=entry.pk).get()
    assert (rescued.text, rescued.visibility) == ("Rewritten", Visibility.PRIVATE)


def test_signed_out_while_responding_the_response_comes_back_and_nothing_is_posted(client, user, group):
    entry = entry_create(author=user, text="Shared", visibility=Visibility.COHORT, cohort=group)
    page = client.post(f"/journal/{entry.pk}/responses/", {"text": "Thank you, that helped."})
    html = page.content.decode()
    assert page.status_code == 401 and "Thank you, that helped." in html and f'href="/journal/{entry.pk}/"' in html
    assert not Response.objects.exists()


def test_signed_out_while_editing_a_response_the_words_come_back_and_it_is_unchanged(client, user, group):
    entry = entry_create(author=user, text="Shared", visibility=Visibility.COHORT, cohort=group)
    response = response_create(entry=entry, author=user, text="First go", notify=False)
    page = client.post(f"/journal/responses/{response.pk}/edit/", {"text": "Second go"})
    assert page.status_code == 401 and the_form_with_text(page)["textareas"]["text"] == "Second go"
    response.refresh_from_db()
    assert response.text == "First go"


def test_a_rescue_sent_twice_saves_once(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    rescue = the_form_with_text(client.post("/journal/new/", {"text": "Words"}))
    first, second = send(client, rescue), send(client, rescue)
    assert JournalEntry.objects.count() == 1 and first.url == second.url


def test_widening_who_reads_an_edited_entry_asks_first(client, user, group):
    entry = entry_create(author=user, text="For Priya", visibility=Visibility.FACILITATORS, cohort=group)
    client.force_login(user)
    edit = {"kind": entry.kind, "text": "For Priya", "visibility": "cohort", "cohort": group.pk, "version": 1}
    page = client.post(f"/journal/{entry.pk}/edit/", edit)
    assert "Share this entry?" in page.content.decode() and "Everyone in" in page.content.decode()
    entry.refresh_from_db()
    assert entry.visibility == Visibility.FACILITATORS
    client.post(f"/journal/{entry.pk}/edit/", {**edit, "confirmed": "on"})
    entry.refresh_from_db()
    assert entry.visibility == Visibility.COHORT


# --- A form sent twice saves once ---------------------------------------------------------------------------


def test_the_new_entry_form_sent_twice_makes_one_entry_and_leads_to_it(client, user):
    client.force_login(user)
    form = the_form_with_text(client.get("/journal/new/"))
    assert uuid.UUID(form["inputs"]["submission"])
    first = send(client, form, "/journal/new/", text="Only once, please")
    second = send(client, form, "/journal/new/", text="Only once, please")
    entry = JournalEntry.objects.get()
    assert first.url == second.url == f"/journal/{entry.pk}/"
    assert client.get(second.url).status_code == 200


def test_a_share_confirmed_twice_makes_one_entry(client, user, group):
    client.force_login(user)
    form = the_form_with_text(client.get("/journal/new/"))
    chosen = {"text": "To the group", "visibility": "cohort", "cohort": group.pk}
    confirm = [f for f in forms_in(send(client, form, "/journal/new/", **chosen)) if "confirmed" in f["inputs"]][0]
    assert confirm["inputs"]["submission"] == form["inputs"]["submission"]  # the token rides through the question
    client.post("/journal/new/", confirm["inputs"])
    client.post("/journal/new/", confirm["inputs"])
    assert JournalEntry.objects.get().visibility == Visibility.COHORT


def test_an_answer_to_a_lesson_prompt_sent_twice_is_saved_once(client, user, course):
    lesson = course.lessons[0][0]
    client.force_login(user)
    (form,) = [form for form in forms_in(client.get(lesson.url)) if form["action"] == "/journal/new/"]
    assert uuid.UUID(form["inputs"]["submission"])
    first = send(client, form, text="I noticed the light.")
    second = send(client, form, text="I noticed the light.")
    assert JournalEntry.objects.filter(author=user, lesson=lesson).count() == 1
    assert first.url == second.url and first.url.startswith(lesson.url)


def test_other_words_under_a_used_token_are_a_new_entry_never_dropped(client, user):
    """The back button can bring a sent form back with its old token; what is written then is new writing."""
    client.force_login(user)
    form = the_form_with_text(client.get("/journal/new/"))
    send(client, form, "/journal/new/", text="The first thought")
    later = send(client, form, "/journal/new/", text="A second, different thought")
    assert sorted(JournalEntry.objects.values_list("text", flat=True)) == [
        "A second, different thought",
        "The first thought",
    ]
    assert later.url == f"/journal/{JournalEntry.objects.get(text__startswith='A second').pk}/"


def test_each_new_form_gets_its_own_token(client, user):
    client.force_login(user)
    tokens = {the_form_with_text(client.get("/journal/new/"))["inputs"]["submission"] for _ in range(2)}
    assert len(tokens) == 2


def test_the_same_token_from_another_person_is_their_own_entry(user):
    token = uuid.uuid4()
    mine = entry_create(author=user, text="Mine", submission=token)
    theirs = entry_create(author=UserFactory(), text="Theirs", submission=token)
    assert mine.pk != theirs.pk and JournalEntry.objects.count() == 2


def test_a_response_sent_twice_is_posted_once(client, user, group, mailoutbox, django_capture_on_commit_callbacks):
    entry = entry_create(author=user, text="Shared", visibility=Visibility.COHORT, cohort=group)
    responder = UserFactory(display_name="Ama")
    MembershipFactory(cohort=group, user=responder)
    client.force_login(responder)
    detail = client.get(f"/journal/{entry.pk}/")
    (form,) = [form for form in forms_in(detail) if form["action"] == f"/journal/{entry.pk}/responses/"]
    with django_capture_on_commit_callbacks(execute=True):
        first = send(client, form, text="Thank you")
        second = send(client, form, text="Thank you")
    assert Response.objects.count() == 1
    assert first.url == second.url == f"/journal/{entry.pk}/#responses"
    assert len(mailoutbox) == 1  # the writer hears once


def test_the_response_service_returns_the_earlier_response_for_a_used_token(user, group):
    entry = entry_create(author=user, text="Shared", visibility=Visibility.COHORT, cohort=group)
    token = uuid.uuid4()
    first = response_create(entry=entry, author=user, text="Once", submission=token, notify=False)
    assert response_create(entry=entry, author=user, text="Once", submission=token, notify=False) == first


# --- A save the server refuses keeps the words and nothing else ---------------------------------------------


class BrokenDrafts:
    """Fails after the entry row is written, as a lost database connection would: the whole save must roll back."""

    class objects:  # noqa: N801 - stands in for a manager
        @staticmethod
        def filter(**kwargs):
            raise DatabaseError("the database went away")


def test_a_refused_save_brings_the_text_back_and_keeps_nothing(client, user, monkeypatch, caplog):
    JournalDraft.objects.create(author=user, key="new", text="half", version=1)
    monkeypatch.setattr("learning.services.journal.JournalDraft", BrokenDrafts)
    client.force_login(user)
    with caplog.at_level(logging.ERROR, logger="learning.compose"):
        page = client.post(
            "/journal/new/", {"title": "Today", "text": "Words I do not want to lose", "draft_key": "new"}
        )
    html = page.content.decode()
    assert page.status_code == 503 and "Something went wrong on our side" in html
    rescue = the_form_with_text(page)
    assert (rescue["inputs"]["title"], rescue["textareas"]["text"]) == ("Today", "Words I do not want to lose")
    assert re.search(r"tell us this reference: <strong>[0-9a-f]{16}</strong>", html)
    assert not JournalEntry.objects.exists() and JournalDraft.objects.get().text == "half"
    (record,) = [r for r in caplog.records if r.name == "learning.compose"]
    assert record.exc_info and "Words I do not want to lose" not in record.getMessage()


def test_a_refused_response_brings_the_text_back(client, user, group, monkeypatch):
    entry = entry_create(author=user, text="Shared", visibility=Visibility.COHORT, cohort=group)

    def broken(**kwargs):
        raise DatabaseError("the database went away")

    monkeypatch.setattr("learning.views.feed.response_create", broken)
    client.force_login(user)
    page = client.post(f"/journal/{entry.pk}/responses/", {"text": "Kind words"})
    assert page.status_code == 503 and the_form_with_text(page)["textareas"]["text"] == "Kind words"
    assert not Response.objects.exists()


# --- Typed text through the compose path --------------------------------------------------------------------


def test_too_long_an_entry_says_the_limit_and_the_count_beside_the_field(client, user):
    client.force_login(user)
    page = client.post("/journal/new/", {"text": "x" * 50_210})
    html = page.content.decode()
    assert (
        "There is a problem" in html and html.count("Keep this to 50,000 characters or fewer (you have 50,210).") == 2
    )
    assert not JournalEntry.objects.exists()


def test_what_is_saved_is_the_text_as_typed(client, user):
    client.force_login(user)
    client.post("/journal/new/", {"title": "  Two \r\n lines ", "text": "  First\r\nsecond\rthird  \n"})
    entry = JournalEntry.objects.get()
    assert (entry.title, entry.text) == ("Two lines", "First\nsecond\nthird")


def test_an_answer_to_a_prompt_taken_down_while_writing_comes_back(client, user, course):
    lesson = course.lessons[0][0]
    prompt = lesson.reflection_prompts()[0]
    lesson.unpublish()
    client.force_login(user)
    page = client.post("/journal/new/", {"lesson": lesson.pk, "prompt_id": prompt.id, "text": "My long answer"})
    assert page.status_code == 404
    (rescue,) = [form for form in forms_in(page) if form["textareas"]]
    assert rescue["textareas"]["text"] == "My long answer" and rescue["action"] == "/journal/new/"
    assert not (rescue["hidden"] | set(rescue["inputs"])) & NEVER_CARRIED
    assert not JournalEntry.objects.exists()


def test_a_response_to_an_entry_no_longer_shared_comes_back_and_looks_like_a_missing_one(client, user, group):
    writer = UserFactory()
    MembershipFactory(cohort=group, user=writer)
    entry = entry_create(author=writer, text="Shared for now", visibility=Visibility.COHORT, cohort=group)
    client.force_login(user)
    entry.visibility, entry.cohort = Visibility.PRIVATE, None
    entry.save()
    refused = client.post(f"/journal/{entry.pk}/responses/", {"text": "What I wanted to say"})
    missing = client.post("/journal/999999/responses/", {"text": "What I wanted to say"})
    assert refused.status_code == missing.status_code == 404
    assert "What I wanted to say" in refused.content.decode()
    assert not Response.objects.exists()


def test_someone_in_one_group_finds_it_already_chosen_and_never_called_optional(client, user, group):
    client.force_login(user)
    html = client.get("/journal/new/").content.decode()
    assert re.search(rf'<option value="{group.pk}" selected>{re.escape(group.name)}</option>', html)
    # sharing needs a group, so "(optional)" would mislead; the entry itself stays private until they choose
    assert '<label for="id_cohort">Which group?</label>' in html
    assert re.search(r'<input type="radio" name="visibility" value="private"[^>]*checked', html)


def test_someone_in_two_groups_chooses_one_themselves(client, user, group, course):
    MembershipFactory(cohort=CohortFactory(course=course.course), user=user)
    client.force_login(user)
    html = client.get("/journal/new/").content.decode()
    assert '<option value="" selected>Choose a group</option>' in html
