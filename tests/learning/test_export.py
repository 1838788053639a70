"""Download or print your journal: all of mine, nothing of anyone else's.

Only entries the person wrote (never ones others shared with them), with the responses they can see, named by
display name and never by email. Bad input gets a clear message, never a 500; someone else's entry is a 404.
"""

import json

import pytest
from django.utils import timezone

from cohorts.models import Role
from learning.models import EntryKind, Visibility
from learning.services.data_rights import day, journal_export_json, journal_export_markdown
from learning.services.journal import entry_create, entry_record_outcome
from learning.services.responses import response_create, response_hide
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course
from tests.factories.users import sign_in_confirmed

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
THEIR_SECRET = "Jo's own thoughts about the allotment"


@pytest.fixture
def world(site_pages):
    """Me, Jo and Priya (facilitator) in one group; two courses; entries and responses in both directions."""
    first = build_course(site_pages[1], title="Learning together", modules=1, lessons_per_module=1)
    second = build_course(site_pages[1], title="Bridges", modules=1, lessons_per_module=1)
    group = CohortFactory(course=first.course)
    me = UserFactory(display_name="Alex", email="alex@example.org")
    jo = UserFactory(display_name="Jo", email="jo@example.org")
    priya = UserFactory(display_name="Priya", email="priya@example.org")
    MembershipFactory(cohort=group, user=me)
    MembershipFactory(cohort=group, user=jo)
    MembershipFactory(cohort=group, user=priya, role=Role.FACILITATOR, perspective="")
    lesson = first.lessons[0][0]
    prompt = lesson.reflection_prompts()[0]
    private = entry_create(author=me, title="A quiet morning", text="I **noticed** the light.\n\n- tea\n- a walk")
    answer = entry_create(author=me, text="Listening more than talking.", lesson=lesson, prompt_id=prompt.id)
    shared = entry_create(
        author=me,
        title="Asking for help",
        text="I asked a neighbour.",
        kind=EntryKind.ACTION,
        visibility=Visibility.COHORT,
        cohort=group,
    )
    entry_record_outcome(entry=shared, by=me, outcome="It went better than I feared.")
    response_create(entry=shared, author=jo, text="That took courage.\nWell done.")
    rude = response_create(entry=shared, author=jo, text="Something unkind that was hidden")
    response_hide(response=rude, by=priya, reason="Not kind")
    bridges = entry_create(
        author=me, title="Library group", text="The library runs a walking group.", lesson=second.lessons[0][0]
    )
    theirs = entry_create(author=jo, text=THEIR_SECRET, visibility=Visibility.COHORT, cohort=group)
    response_create(entry=theirs, author=me, text="Thank you for sharing, Jo.")
    return {
        "me": me,
        "jo": jo,
        "priya": priya,
        "first": first.course,
        "second": second.course,
        "private": private,
        "answer": answer,
        "shared": shared,
        "bridges": bridges,
        "theirs": theirs,
        "prompt": prompt.value["question"],
    }


@pytest.fixture
def signed_in(client, world):
    return sign_in_confirmed(client, world["me"])


def download(client, **params):
    response = client.get("/journal/export/", params)
    assert response.status_code == 200, response.content.decode()[:500]
    return response


def test_markdown_has_all_my_entries_and_the_responses_to_them_and_nothing_else(signed_in, world):
    response = download(signed_in, format="md")
    text = response.content.decode()
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="colearn-journal-{timezone.localdate():%Y-%m-%d}.md"'
    )
    assert text.startswith("# Journal of Alex\n")
    assert f"Downloaded from Colearn on {day(timezone.now())}." in text
    # Each of my entries, oldest first, with the text as typed: the light formatting is already Markdown.
    positions = [text.index(f"## {title}") for title in ["A quiet morning", "Reflection, ", "Asking for help"]]
    assert positions == sorted(positions)
    assert "I **noticed** the light.\n\n- tea\n- a walk" in text
    assert f"- Written: {day(world['private'].created_at)}" in text
    assert "- Course: Learning together" in text and f"- Answering: “{world['prompt']}”" in text
    assert "- Who can read it: Only you" in text and "- Who can read it: Everyone in " in text
    assert "### How it went\n\nIt went better than I feared." in text
    assert "**Jo**, " in text and "> That took courage.\n> Well done." in text
    # Not Jo's entry (shared with my group), not my response to it, not a hidden response, and no one's email.
    assert THEIR_SECRET not in text and "Thank you for sharing, Jo." not in text
    assert "Something unkind" not in text
    assert "@example.org" not in text


def test_json_has_stable_keys_plain_text_and_only_my_entries(signed_in, world):
    response = download(signed_in, format="json")
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].endswith(f'colearn-journal-{timezone.localdate():%Y-%m-%d}.json"')
    data = json.loads(response.content)
    assert set(data) == {"exported_at", "person", "entries"}
    assert data["person"] == {"display_name": "Alex"}
    assert [e["id"] for e in data["entries"]] == [world[name].pk for name in ["private", "answer", "shared", "bridges"]]
    keys = {tuple(sorted(e)) for e in data["entries"]}
    assert len(keys) == 1  # every entry has the same keys, present even when empty
    shared = data["entries"][2]
    assert shared["kind"] == "action" and shared["outcome"] == "It went better than I feared."
    assert shared["created_at"] == timezone.localtime(world["shared"].created_at).isoformat()
    assert shared["who_can_read"].startswith("Everyone in ")
    assert [(r["by"], r["text"]) for r in shared["responses"]] == [("Jo", "That took courage.\nWell done.")]
    answer = data["entries"][1]
    assert answer["course"] == "Learning together" and answer["prompt"] == world["prompt"]
    assert answer["outcome"] is None and answer["responses"] == []
    assert THEIR_SECRET not in response.content.decode() and "@example.org" not in response.content.decode()


def test_a_facilitator_sees_only_their_own_entries_too(client, world):
    """Even someone who may read an entry shared with their group does not take it away in their own export."""
    sign_in_confirmed(client, world["priya"])
    data = json.loads(download(client, format="json").content)
    assert data["entries"] == []
    assert "There are no entries here yet." in download(client, format="md").content.decode()


def test_one_course(signed_in, world):
    data = json.loads(download(signed_in, format="json", course=world["second"].pk).content)
    assert [e["id"] for e in data["entries"]] == [world["bridges"].pk]
    everything = json.loads(download(signed_in, format="json", course="").content)  # the form's first choice
    assert len(everything["entries"]) == 4
    text = download(signed_in, format="md", course=world["first"].pk).content.decode()
    assert "What you wrote about Learning together" in text
    assert "Listening more than talking." in text and "Library group" not in text


def test_one_entry(signed_in, world):
    data = json.loads(download(signed_in, format="json", entry=world["shared"].pk).content)
    assert [e["id"] for e in data["entries"]] == [world["shared"].pk]
    page = signed_in.get("/journal/print/", {"entry": world["shared"].pk}).content.decode()
    assert "Asking for help" in page and "A quiet morning" not in page


def test_the_services_ignore_an_entry_that_is_not_mine(world):
    """Defence in depth: even handed Jo's entry, my export is only ever mine."""
    assert journal_export_json(user=world["me"], entry=world["theirs"])["entries"] == []
    assert THEIR_SECRET not in journal_export_markdown(user=world["me"], entry=world["theirs"])


def test_typed_markup_is_shown_as_typed_never_run(signed_in, world):
    mine = entry_create(author=world["me"], title=SCRIPT, text=f"Before {SCRIPT} after")
    response_create(entry=world["shared"], author=world["jo"], text=SCRIPT)
    page = signed_in.get("/journal/print/").content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    data = json.loads(download(signed_in, format="json").content)
    exported = next(e for e in data["entries"] if e["id"] == mine.pk)
    assert exported["title"] == SCRIPT and exported["text"] == f"Before {SCRIPT} after"
    assert data["entries"][2]["responses"][-1]["text"] == SCRIPT


def test_the_print_page(signed_in, world):
    response = signed_in.get("/journal/print/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Journal of Alex</h1>" in page and 'class="page--journal-print"' in page
    assert "<strong>noticed</strong>" in page  # the sanitised body, formatting kept
    assert "That took courage." in page and "It went better than I feared." in page
    assert THEIR_SECRET not in page and "Something unkind" not in page and "jo@example.org" not in page
    assert 'class="no-print"' in page


def test_the_download_page(signed_in, world):
    response = signed_in.get("/journal/export/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Everything in my journal" in page
    assert "Only what I wrote about Learning together" in page and "Only what I wrote about Bridges" in page
    assert 'value="" id="id_course_0" checked' in page and 'value="md" id="id_format_0" checked' in page
    assert 'href="/journal/print/"' in page and "Print my journal" in page
    one = signed_in.get("/journal/export/", {"entry": world["shared"].pk}).content.decode()
    assert "You are downloading “Asking for help”" in one
    assert f'name="entry" value="{world["shared"].pk}"' in one


@pytest.mark.parametrize("url", ["/journal/export/", "/journal/print/"])
@pytest.mark.parametrize(
    "params, message",
    [
        ({"format": "pdf"}, "Choose Markdown or JSON."),
        ({"format": "md", "course": "abc"}, "Choose everything, or one of the courses you have written about."),
        ({"format": "md", "course": "99999"}, "Choose everything, or one of the courses you have written about."),
        ({"format": "json", "entry": "abc"}, "That link to one entry is not right."),
        ({"format": "json", "entry": "-1"}, "That link to one entry is not right."),
        ({"format": "json", "entry": "²"}, "That link to one entry is not right."),
        ({"format": "json", "entry": "9" * 30}, "That link to one entry is not right."),
    ],
    ids=[
        "unknown format",
        "course not a number",
        "unknown course",
        "entry not a number",
        "negative entry",
        "entry in other digits",
        "entry too long",
    ],
)
def test_bad_params_get_a_clear_message_not_a_500(signed_in, world, url, params, message):
    response = signed_in.get(url, params)
    assert response.status_code == 400
    page = response.content.decode()
    assert "There is a problem" in page and message in page
    assert "Content-Disposition" not in response


def test_a_course_i_have_written_nothing_about_is_refused(signed_in, world, site_pages):
    empty = build_course(site_pages[1], title="Untouched", modules=1, lessons_per_module=1).course
    response = signed_in.get("/journal/export/", {"format": "md", "course": empty.pk})
    page = response.content.decode()
    assert response.status_code == 400 and "Untouched" not in page
    assert "Choose everything, or one of the courses you have written about." in page


@pytest.mark.parametrize("url", ["/journal/export/", "/journal/print/"])
@pytest.mark.parametrize("whose", ["shared with my group", "missing", "zero"])
def test_someone_elses_entry_is_a_404_like_a_missing_one(signed_in, world, url, whose):
    entry_id = {"shared with my group": world["theirs"].pk, "missing": 99999, "zero": 0}[whose]
    for params in [{"format": "md", "entry": entry_id}, {"format": "json", "entry": entry_id}, {"entry": entry_id}]:
        response = signed_in.get(url, params)
        assert response.status_code == 404
        assert THEIR_SECRET not in response.content.decode()


@pytest.mark.parametrize("url", ["/journal/export/?format=md", "/journal/print/"])
def test_anonymous_is_asked_to_sign_in(client, world, url):
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/?next=")


def test_downloads_are_not_cached(signed_in, world):
    assert "no-store" in download(signed_in, format="md")["Cache-Control"]


# Measured: the same for 5 entries or 200. A download is 5 queries: the session and the user (2), the courses I
# have written about, for the form (1), my entries with their course, lesson and group joined in (1), and every
# response I may see with its author, by subquery (1). The print page adds 2 for the page around it (the site and
# its "Need support now?" setting). An N+1 would be a query per entry for its course, lesson or group (missing
# select_related), a query per entry for its responses, or one per response for its author's name: 200 entries
# would then cost hundreds of queries and fail here.
# +3: allauth's "did you confirm it is you recently?" check looks up the person's two-factor methods (one query per
# kind), a fixed cost that does not grow with the journal.
EXPORT_QUERIES = 5 + 3
PRINT_QUERIES = 7 + 3


@pytest.fixture(params=[5, 200], ids=["5-entries", "200-entries"])
def big_journal(request, world):
    me, jo, shared = world["me"], world["jo"], world["shared"]
    group = shared.cohort
    lesson = world["answer"].lesson
    for n in range(request.param):
        entry = entry_create(
            author=me,
            title=f"Entry {n}",
            text=f"Entry number {n}",
            lesson=lesson if n % 2 else None,
            visibility=Visibility.COHORT,
            cohort=group,
        )
        response_create(entry=entry, author=jo, text=f"Response to {n}")
    return request.param


@pytest.mark.parametrize("url", ["/journal/export/?format=md", "/journal/export/?format=json"])
def test_export_query_count_does_not_grow(signed_in, big_journal, url, django_assert_max_num_queries):
    signed_in.get(url)
    with django_assert_max_num_queries(EXPORT_QUERIES):
        response = signed_in.get(url)
    assert f"Response to {big_journal - 1}" in response.content.decode()


def test_print_query_count_does_not_grow(signed_in, big_journal, django_assert_max_num_queries):
    signed_in.get("/journal/print/")
    with django_assert_max_num_queries(PRINT_QUERIES):
        response = signed_in.get("/journal/print/")
    assert f"Response to {big_journal - 1}" in response.content.decode()
