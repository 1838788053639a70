"""An editor previews a lesson in the CMS: as it is, as a learner sees it signed in, and its easy-read version."""

import uuid

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from courses.models import LessonPage
from learning.models import draft_key_for
from learning.services.journal import draft_save, entry_create
from learning.services.progress import lesson_complete
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

QUESTION = "What helps you feel welcome somewhere new?"
TRY_ACTION = "Say hello to one new person"


@pytest.fixture
def editor():
    return UserFactory(groups=("Editors",))


@pytest.fixture
def lesson(course):
    """The second lesson of the course, so a made-up learner has one lesson behind them."""
    return course.lessons[0][1]


def stream(*blocks) -> dict:
    """StreamField form data; a block given as (type, value, id) keeps its id, as the editor does on a save."""
    data = streamfield([block[:2] for block in blocks])
    for index, block in enumerate(blocks):
        if len(block) == 3:
            data[str(index)]["id"] = block[2]
    return data


def idea_form(*texts: str) -> dict:
    """An easy-read version as the editor's form sends it: one idea per text, each with a picture."""
    return streamfield([("idea", {"picture": "talk", "text": rich_text(text)}) for text in texts])


def lesson_form(lesson, **fields):
    """The lesson's edit form as the page editor sends it, with a prompt and a "Try this week" block."""
    prompt_id = str(uuid.uuid4())
    return nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "summary": "A plain summary of the lesson.",
            "estimated_minutes": "20",
            "body": stream(
                ("text", rich_text("<p>The full lesson, in the editor’s words.</p>")),
                ("reflection_prompt", {"question": QUESTION, "guidance": "Take your time."}, prompt_id),
                ("try_this_week", {"action": TRY_ACTION, "detail": ""}),
            ),
            "easy_read": streamfield([]),
            "credits": inline_formset([]),
            **fields,
        }
    )


def preview(client, lesson, mode: str | None = None, **fields) -> str:
    """Send the editor's unsaved form to the preview, then open the preview in `mode`, as the preview panel does."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    assert client.post(url, lesson_form(lesson, **fields)).json() == {"is_valid": True, "is_available": True}
    response = client.get(url, {"mode": mode} if mode is not None else {})
    assert response.status_code == 200
    return response.content.decode()


def test_a_lesson_keeps_the_default_preview_and_adds_the_learner_and_easy_read_ones(client, editor, lesson):
    assert lesson.preview_modes == [("", "Default"), ("learner", "As a learner, signed in"), ("easy-read", "Easy read")]
    assert lesson.default_preview_mode == ""
    client.force_login(editor)
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "As a learner, signed in" in editor_page and "Easy read" in editor_page

    html = preview(client, lesson, title="A title not saved yet")
    assert "A title not saved yet" in html and QUESTION in html
    assert 'class="learner-preview"' not in html, "the default preview is the page as it always was"
    assert "<wagtail-userbar>" in html, "Wagtail's own accessibility and reading checks run in the preview"
    assert LessonPage.objects.get(pk=lesson.pk).title != "A title not saved yet"


def test_the_learner_preview_shows_prompts_with_answer_boxes_and_progress(client, editor, lesson):
    client.force_login(editor)
    html = preview(client, lesson, "learner", title="Finding a way in")

    assert "Finding a way in" in html, "the preview shows the words being edited"
    assert "made-up learner" in html
    assert QUESTION in html and "<textarea" in html and "Save my answer" in html
    assert "Who can read it?" in html, "the made-up learner is in a group, so sees the sharing choices"
    assert "I’ll try this" in html
    assert "Mark as done" in html
    assert "1 of 4 lessons done in this course" in html, "the made-up learner has done the lesson before this one"
    assert '<fieldset disabled class="learner-preview">' in html, "nothing in the preview can be sent"
    assert "autosave.js" not in html, "no script saves what someone types into a preview"


def test_the_learner_preview_never_shows_anyones_real_answers(client, editor, lesson, course):
    learner = UserFactory()
    prompt_id = lesson.reflection_prompts()[0].id
    for person, words in [(learner, "learner-canary-words"), (editor, "editor-canary-words")]:
        entry_create(author=person, text=words, lesson=lesson, prompt_id=prompt_id)
        draft_save(
            author=person,
            key=draft_key_for(lesson=lesson, prompt_id=prompt_id),
            title="",
            text=f"draft {words}",
            version=0,
        )
        lesson_complete(user=person, lesson=lesson)
    client.force_login(editor)

    # The editor's form keeps the prompt's id, so a real answer would be linked to it if it were read.
    fields = {
        "body": stream(("reflection_prompt", {"question": QUESTION, "guidance": ""}, prompt_id)),
    }
    html = preview(client, lesson, "learner", **fields)

    assert QUESTION in html
    assert "canary" not in html, "no one's answers or drafts, the editor's own included"
    assert "Your earlier answers" not in html
    assert "When you have finished this lesson, mark it as done." in html, "nobody's real progress either"


def test_previews_write_nothing_and_send_nothing(client, editor, lesson):
    client.force_login(editor)
    UserProfile.get_for_user(editor)  # Wagtail's own admin settings, made the first time the userbar shows
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    client.post(url, lesson_form(lesson, easy_read=idea_form("<p>Short words.</p>")))
    with CaptureQueriesContext(connection) as queries:
        for mode in ["", "learner", "easy-read"]:
            assert client.get(url, {"mode": mode}).status_code == 200
    writes = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].lstrip().split(" ", 1)[0].upper() in {"INSERT", "UPDATE", "DELETE", "REPLACE"}
    ]
    assert writes == []
    assert mail.outbox == []


def test_the_easy_read_preview_shows_the_easy_read_version(client, editor, lesson):
    client.force_login(editor)
    html = preview(client, lesson, "easy-read", easy_read=idea_form("<p>We say hello. We listen.</p>"))
    assert "We say hello. We listen." in html
    assert "The full lesson, in the editor’s words." not in html
    assert f"<title>{lesson.title} (easy read)" in html, "its own title: the editor gave none, so the lesson's"
    assert QUESTION in html, "the easy read keeps the lesson's reflection prompts"


def test_the_easy_read_preview_says_kindly_when_there_is_none_yet(client, editor, lesson):
    client.force_login(editor)
    html = preview(client, lesson, "easy-read")
    assert "This lesson has no easy-read version yet" in html
    assert "The full lesson, in the editor’s words." in html, "learners would see the full lesson"


def test_a_draft_lesson_is_counted_where_it_sits(client, editor, course):
    module = course.modules[0]
    draft = course.add_lesson(module, title="A lesson still being written", live=False)
    client.force_login(editor)
    html = preview(client, draft, "learner")
    assert "2 of 5 lessons done in this course" in html


def test_a_new_lesson_asks_to_be_saved_before_the_learner_preview(client, editor, course):
    module = course.modules[0]
    url = reverse("wagtailadmin_pages:preview_on_add", args=["courses", "lessonpage", module.pk])
    new = LessonPage(title="Brand new", slug="brand-new")
    client.force_login(editor)
    assert client.post(url, lesson_form(new)).json()["is_valid"] is True
    response = client.get(url, {"mode": "learner"})
    assert response.status_code == 200
    assert "Save the lesson as a draft first" in response.content.decode()
    default = client.get(url)
    assert default.status_code == 200 and "Brand new" in default.content.decode()


def test_an_unknown_preview_mode_shows_the_default_preview(client, editor, lesson):
    client.force_login(editor)
    html = preview(client, lesson, "<script>nope</script>")
    assert QUESTION in html and "<script>nope" not in html


def test_someone_who_cannot_edit_the_lesson_cannot_preview_it(client, lesson):
    client.force_login(UserFactory(groups=("Peer reviewers",)))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[lesson.pk])
    assert client.get(url, {"mode": "learner"}).status_code in (302, 403)
