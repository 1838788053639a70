"""Writing, editing, sharing and keeping journal entries; drafts that never lose text; hostile input."""

import datetime
import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from cohorts.models import Role
from learning.models import JournalDraft, JournalEntry, Visibility
from learning.services.journal import DraftConflict, draft_save, entry_create, entry_update
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    "<svg onload=alert(1)><circle r=1></circle></svg>",
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[click me](javascript:alert(1))",
    "**<b onmouseover=alert(1)>bold</b>**",
    "<<script>script>alert(1)<</script>/script>",
]


@pytest.fixture
def group(course, user):
    cohort = CohortFactory(course=course.course, pair=False)  # Priya alone facilitates, by hand below
    MembershipFactory(cohort=cohort, user=user)
    facilitator = UserFactory(display_name="Priya")
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR)
    return cohort


class LiveMarkup(HTMLParser):
    """Everything in a page that could run: inline scripts, event handlers, script URLs, embedded documents."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag in {"iframe", "object", "embed", "svg", "math", "style"} or (
            tag == "script" and not dict(attrs).get("src")
        ):
            self.problems.append(tag)
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"{tag}[{name}]")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(("javascript:", "data:")):
                self.problems.append(f"{tag}[{name}={value}]")


def live_markup(html: str) -> list[str]:
    parser = LiveMarkup()
    parser.feed(html)
    return parser.problems


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_becomes_live_markup(user, text):
    entry = entry_create(author=user, title=text[:150], text=f"Before. {text} After.")
    assert live_markup(entry.body) == []
    assert "Before." in entry.body and "After." in entry.body


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_shown_as_text_on_every_page(client, user, group, text):
    entry = entry_create(author=user, title=text[:150], text=text, visibility=Visibility.COHORT, cohort=group)
    client.force_login(user)
    for url in [f"/journal/{entry.pk}/", "/journal/", f"/cohorts/{group.slug}/reflections/", "/dashboard/"]:
        assert live_markup(client.get(url).content.decode()) == [], url


def test_light_formatting_survives(user):
    entry = entry_create(author=user, text="I **tried** it.\n\n- one\n- two\n\n> a quote\n\nSee https://example.org")
    assert "<strong>tried</strong>" in entry.body and "<ul><li>one</li>" in entry.body
    assert "<blockquote>" in entry.body and 'href="https://example.org"' in entry.body


@pytest.mark.parametrize("text", ["", "   ", "\n\n", " \n \t "])
def test_empty_text_is_refused_clearly(user, text):
    with pytest.raises(ValidationError) as error:
        entry_create(author=user, text=text)
    assert "Write something before saving" in str(error.value)
    assert not JournalEntry.objects.exists()


def test_very_long_text_is_refused_clearly_not_cut(user):
    with pytest.raises(ValidationError, match="longer than we can save"):
        entry_create(author=user, text="word " * 20_000)


def test_sharing_needs_a_group_you_are_in(user, group, course):
    stranger_group = CohortFactory(course=course.course)
    with pytest.raises(ValidationError):
        entry_create(author=user, text="Hi", visibility=Visibility.COHORT, cohort=stranger_group)
    with pytest.raises(ValidationError):
        entry_create(author=user, text="Hi", visibility=Visibility.FACILITATORS, cohort=None)
    assert entry_create(author=user, text="Hi", visibility=Visibility.FACILITATORS, cohort=group).cohort == group


def test_answering_a_prompt_keeps_its_wording(user, course):
    lesson = course.lessons[0][0]
    prompt = lesson.reflection_prompts()[0]
    entry = entry_create(author=user, text="I noticed the chairs.", lesson=lesson, prompt_id=prompt.id)
    assert entry.prompt_text == "What did you notice?" and entry.course == course.course
    with pytest.raises(ValidationError):
        entry_create(author=user, text="x", lesson=lesson, prompt_id="not-a-prompt")


def test_an_edit_from_an_old_tab_is_a_conflict_not_a_loss(user):
    entry = entry_create(author=user, text="First")
    entry_update(entry=entry, by=user, version=1, text="Second")
    with pytest.raises(ValidationError) as error:
        entry_update(entry=entry, by=user, version=1, text="From the old tab")
    assert error.value.code == "conflict"
    assert JournalEntry.objects.get(pk=entry.pk).text == "Second"


def test_only_the_writer_edits(user):
    entry = entry_create(author=user, text="Mine")
    with pytest.raises(PermissionDenied):
        entry_update(entry=entry, by=UserFactory(), version=1, text="Not yours")


def test_drafts_have_versions_and_a_stale_save_is_a_conflict(user):
    first = draft_save(author=user, key="new", title="", text="one", version=0)
    assert first.version == 1
    draft_save(author=user, key="new", title="", text="two", version=1)
    with pytest.raises(DraftConflict) as conflict:
        draft_save(author=user, key="new", title="", text="stale tab", version=1)
    assert conflict.value.draft.text == "two"
    assert JournalDraft.objects.get(author=user, key="new").text == "two"


def test_saving_the_entry_clears_its_draft(user):
    draft_save(author=user, key="new", title="", text="typing", version=0)
    entry_create(author=user, text="typing", draft_key="new")
    assert not JournalDraft.objects.exists()


# --- Autosave endpoint -------------------------------------------------------------------------------------


def test_autosave_saves_and_returns_the_new_version(client, user):
    client.force_login(user)
    response = client.post("/journal/drafts/", {"key": "new", "text": "Hello", "version": "0"})
    assert response.status_code == 200 and response.json()["version"] == 1


def test_autosave_from_a_stale_tab_gets_409_with_the_other_text(client, user):
    client.force_login(user)
    client.post("/journal/drafts/", {"key": "new", "text": "tab one", "version": "0"})
    response = client.post("/journal/drafts/", {"key": "new", "text": "tab two", "version": "0"})
    assert response.status_code == 409 and response.json()["text"] == "tab one"


def test_autosave_when_signed_out_is_a_json_401_not_a_sign_in_page(client):
    response = client.post("/journal/drafts/", {"key": "new", "text": "Hello", "version": "0"})
    assert response.status_code == 401 and "signed out" in response.json()["message"]


@pytest.mark.parametrize(
    "data", [{"key": "", "text": "x"}, {"key": "new", "text": "x" * 60_000}, {"key": "k" * 200, "text": "x"}]
)
def test_autosave_bad_input_is_a_clear_400(client, user, data):
    client.force_login(user)
    response = client.post("/journal/drafts/", {**data, "version": "zz"})
    assert response.status_code == 400 and response.json()["message"]


# --- Pages ---------------------------------------------------------------------------------------------------


def test_write_a_private_entry(client, user):
    client.force_login(user)
    response = client.post(
        "/journal/new/", {"kind": "small_win", "title": "", "text": "I spoke up.", "visibility": "private"}
    )
    entry = JournalEntry.objects.get()
    assert response.url == f"/journal/{entry.pk}/" and entry.kind == "small_win" and entry.visibility == "private"


def test_sharing_asks_first_naming_the_audience(client, user, group):
    client.force_login(user)
    data = {
        "kind": "reflection",
        "title": "Chairs",
        "text": "The chairs.",
        "visibility": "facilitators",
        "cohort": group.pk,
    }
    confirm = client.post("/journal/new/", data).content.decode()
    assert "Priya, your facilitator in" in confirm and "will be able to read this" in confirm
    assert not JournalEntry.objects.exists()
    client.post("/journal/new/", {**data, "confirmed": "on"})
    assert JournalEntry.objects.get().visibility == "facilitators"


def test_a_new_entry_with_errors_keeps_the_text(client, user, group):
    client.force_login(user)
    html = client.post(
        "/journal/new/", {"kind": "reflection", "text": "Keep me", "visibility": "cohort"}
    ).content.decode()
    assert "There is a problem" in html and "Keep me" in html and "Choose which group" in html


def test_signed_out_while_writing_brings_the_text_back(client, user):
    response = client.post("/journal/new/", {"kind": "reflection", "text": "Precious words", "visibility": "private"})
    html = response.content.decode()
    assert response.status_code == 401 and "Your text is safe" in html and "Precious words" in html


def test_a_stale_security_token_brings_the_text_back(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post("/journal/new/", {"kind": "reflection", "text": "Precious words", "visibility": "private"})
    html = response.content.decode()
    assert response.status_code == 403 and "Precious words" in html and "Send again" in html
    assert not JournalEntry.objects.exists()


def test_an_abandoned_draft_is_offered_back(client, user):
    draft_save(author=user, key="new", title="Half", text="half a thought", version=0)
    client.force_login(user)
    html = client.get("/journal/new/").content.decode()
    assert "You have unsaved writing" in html and "half a thought" in html


def test_answer_a_prompt_in_the_lesson_and_see_it_there(client, user, course):
    lesson = course.lessons[0][0]
    prompt = lesson.reflection_prompts()[0]
    client.force_login(user)
    html = client.get(lesson.url).content.decode()
    assert f'id="answer-{prompt.id}"' in html
    response = client.post(
        "/journal/new/",
        {"lesson": lesson.pk, "prompt_id": prompt.id, "text": "I noticed the light.", "visibility": "private"},
    )
    assert response.url == f"{lesson.url}#prompt-{prompt.id}-saved"
    html = client.get(lesson.url).content.decode()
    assert "I noticed the light." in html
    # "Saved" is said beside the prompt that was answered, once, and not at the top of the lesson
    beside = re.search(rf'<p class="message[^"]*" id="prompt-{prompt.id}-saved"[^>]*>([^<]*)', html)
    assert beside and beside.group(1) == "Saved in your journal."
    assert html.count("Saved in your journal.") == 1 and '<div class="messages"' not in html
    assert "Saved in your journal." not in client.get(lesson.url).content.decode(), "said once, not on every visit"


def test_a_prompt_answer_sent_empty_shows_the_question_being_answered(client, user, course):
    lesson = course.lessons[0][0]
    prompt = lesson.reflection_prompts()[0]
    client.force_login(user)
    html = client.post("/journal/new/", {"lesson": lesson.pk, "prompt_id": prompt.id, "text": " "}).content.decode()
    assert "There is a problem" in html
    assert f"Answering: “{prompt.value['question']}”" in html.replace("&#x27;", "'")


def test_list_filters_and_search(client, user):
    entry_create(author=user, kind="small_win", text="Walked to the allotment")
    entry_create(author=user, kind="reflection", text="Thinking about hope")
    client.force_login(user)
    assert "allotment" in client.get("/journal/?kind=small_win").content.decode()
    assert "hope" not in client.get("/journal/?kind=small_win").content.decode()
    assert "hope" not in client.post("/journal/", {"q": "allotment"}, follow=True).content.decode()
    assert client.get("/journal/?kind=bogus&course=abc&visibility=x&page=999").status_code == 200


def test_an_action_asks_how_it_went_until_answered(client, user):
    entry = entry_create(author=user, kind="action", text="Say hello at the library")
    client.force_login(user)
    assert "We’ll ask how it went from" in client.get("/dashboard/").content.decode(), "a week later, self-paced"
    JournalEntry.objects.filter(pk=entry.pk).update(ask_from=entry.created_at)
    assert "How did it go?" in client.get("/dashboard/").content.decode()
    client.post(f"/journal/{entry.pk}/outcome/", {"outcome": "I did, and it was fine."})
    assert "How did it go?" not in client.get("/dashboard/").content.decode()
    assert JournalEntry.objects.get(pk=entry.pk).outcome == "I did, and it was fine."


# --- Responses and moderation ---------------------------------------------------------------------------------


@pytest.fixture
def shared_entry(user, group):
    return entry_create(author=user, title="Hope", text="Shared thoughts", visibility=Visibility.COHORT, cohort=group)


def test_a_response_emails_the_writer_unless_they_switched_it_off(
    client, user, group, shared_entry, django_capture_on_commit_callbacks
):
    from django.core import mail

    friend = UserFactory(display_name="Amara")
    MembershipFactory(cohort=group, user=friend)
    client.force_login(friend)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/journal/{shared_entry.pk}/responses/", {"text": "Thank you <b>so much</b>"})
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert "Amara responded" in mail.outbox[0].subject and "Shared thoughts" not in mail.outbox[0].body

    user.email_opt_outs = ["responses"]
    user.save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/journal/{shared_entry.pk}/responses/", {"text": "Again"})
    assert mail.outbox == []


def test_responses_are_edited_and_deleted_by_their_author_only(client, user, group, shared_entry):
    from learning.models import Response
    from learning.services.responses import response_create

    friend = UserFactory()
    MembershipFactory(cohort=group, user=friend)
    response = response_create(entry=shared_entry, author=friend, text="First go")
    client.force_login(user)
    assert client.get(f"/journal/responses/{response.pk}/edit/").status_code == 404
    assert client.post(f"/journal/responses/{response.pk}/delete/").status_code == 404
    client.force_login(friend)
    client.post(f"/journal/responses/{response.pk}/edit/", {"text": "Second go"})
    assert Response.objects.get(pk=response.pk).text == "Second go"
    client.post(f"/journal/responses/{response.pk}/delete/")
    assert not Response.objects.filter(pk=response.pk).exists()


def test_a_facilitator_hides_a_response_and_its_author_sees_why(client, user, group, shared_entry):
    from cohorts.models import Membership
    from learning.services.responses import response_create

    friend = UserFactory(display_name="Ben")
    MembershipFactory(cohort=group, user=friend)
    response = response_create(entry=shared_entry, author=friend, text="Off topic remark")
    facilitator = Membership.objects.facilitating().get(cohort=group).user
    client.force_login(user)
    assert client.get(f"/journal/responses/{response.pk}/hide/").status_code == 404, "only facilitators moderate"
    client.force_login(facilitator)
    bad = client.post(f"/journal/responses/{response.pk}/hide/", {"reason": "  "})
    assert "There is a problem" in bad.content.decode()
    client.post(f"/journal/responses/{response.pk}/hide/", {"reason": "Let's keep this thread about Hope."})

    client.force_login(user)
    assert "Off topic remark" not in client.get(f"/journal/{shared_entry.pk}/").content.decode()
    client.force_login(friend)
    html = client.get(f"/journal/{shared_entry.pk}/").content.decode()
    assert "Off topic remark" in html and "Let&#x27;s keep this thread about Hope." in html


def test_a_hidden_response_is_shown_again_by_a_facilitator_and_nobody_else(client, user, group, shared_entry):
    from cohorts.models import Membership
    from learning.models import Response
    from learning.services.responses import response_create, response_hide

    friend = UserFactory(display_name="Ben")
    MembershipFactory(cohort=group, user=friend)
    response = response_create(entry=shared_entry, author=friend, text="Hidden by mistake")
    facilitator = Membership.objects.facilitating().get(cohort=group).user
    response_hide(response=response, by=facilitator, reason="Checking with Ben first.")
    show = f"/journal/responses/{response.pk}/show/"

    for someone in (user, friend):
        client.force_login(someone)
        assert client.post(show).status_code == 404
        assert Response.objects.get(pk=response.pk).hidden_at is not None
    client.force_login(facilitator)
    assert client.get(show).status_code == 405
    page = client.get(f"/journal/{shared_entry.pk}/").content.decode()
    assert f'action="{show}"' in page and "Show it again" in page
    html = client.post(show, follow=True).content.decode()
    assert "The response is shown again to everyone who can read the entry." in html
    assert Response.objects.get(pk=response.pk).hidden_reason == ""
    client.force_login(user)
    assert "Hidden by mistake" in client.get(f"/journal/{shared_entry.pk}/").content.decode()


def test_the_response_form_says_who_will_read_the_response(client, user, group, shared_entry):
    from learning.services.journal import entry_create as write

    friend = UserFactory(display_name="Ben")
    MembershipFactory(cohort=group, user=friend)
    client.force_login(friend)
    html = client.get(f"/journal/{shared_entry.pk}/").content.decode()
    assert "Everyone in " + group.name + " (3 people, including facilitators) will be able to read your response." in (
        html.replace("&#x27;", "'")
    )
    to_facilitators = write(
        author=friend, title="For Priya", text="Just for you", visibility=Visibility.FACILITATORS, cohort=group
    )
    facilitator = group.memberships.get(role=Role.FACILITATOR).user
    client.force_login(facilitator)
    html = client.get(f"/journal/{to_facilitators.pk}/").content.decode()
    assert "Ben will be able to read your response, with your name." in html
    client.force_login(friend)
    html = client.get(f"/journal/{to_facilitators.pk}/").content.decode()
    assert f"The facilitators of {group.name} (Priya) will be able to read your response, with your name." in html


def test_facilitators_see_check_in_requests_in_the_feed(client, user, group):
    from cohorts.models import Membership

    client.force_login(user)
    client.post("/journal/check-in/", {"cohort": group.pk})
    facilitator = Membership.objects.facilitating().get(cohort=group).user
    client.force_login(facilitator)
    assert "Asked for a check-in" in client.get(f"/cohorts/{group.slug}/reflections/").content.decode()
    client.force_login(user)
    assert "Asked for a check-in" not in client.get(f"/cohorts/{group.slug}/reflections/").content.decode()


def test_browser_line_breaks_are_kept_as_plain_newlines(user):
    entry = entry_create(author=user, text="First line\r\nsecond line\r\n\r\nNew paragraph")
    assert entry.text == "First line\nsecond line\n\nNew paragraph"
    assert entry.body == "<p>First line<br>second line</p><p>New paragraph</p>"


@pytest.mark.parametrize(
    ("written_utc", "named"),
    [
        ("2026-07-01T23:30:00+00:00", "Reflection, 2 July 2026"),  # half past midnight in the UK (summer time)
        ("2026-12-01T09:00:00+00:00", "Reflection, 1 December 2026"),
    ],
)
def test_an_untitled_entry_is_named_by_its_kind_and_the_day_it_was_written_in_the_uk(client, user, written_utc, named):
    entry = entry_create(author=user, text="A few words.", title="")
    JournalEntry.objects.filter(pk=entry.pk).update(created_at=datetime.datetime.fromisoformat(written_utc))
    entry.refresh_from_db()
    assert str(entry) == named
    client.force_login(user)
    assert f'<h1 id="entry-title">{named}</h1>' in client.get(f"/journal/{entry.pk}/").content.decode()
