"""Rich text is sanitised once, when it is written, and pages show what is stored.

Pages render stored rich text with `|stored_html`, which does not clean it again. That is only safe if every rich
text field a page renders that way can hold nothing but the sanitiser's output, whichever way a row is written.
These tests find every such field in the project and write hostile markup into it every way the ORM can.
"""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.template import Context, Template

from cohorts.models import Announcement, FacilitatorNote, GroupAnswer, GroupQuestion
from colearn.sanitize import SanitisedHTMLField, StoredHTML
from learning.models import CheckInNote, JournalEntry, Response, Visibility
from learning.services.journal import check_in_request, entry_create
from learning.services.responses import response_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.learning.test_journal import HOSTILE, live_markup

pytestmark = pytest.mark.django_db

ATTACK = "<p>Kept</p>" + "".join(HOSTILE)


@pytest.fixture
def group(course):
    cohort = CohortFactory(course=course.course)
    writer, reader = UserFactory(), UserFactory()
    MembershipFactory(cohort=cohort, user=writer)
    MembershipFactory(cohort=cohort, user=reader)
    return cohort, writer, reader


def _unsaved(model, group, body: str):
    """A row of each model that keeps rich text, not yet saved, with `body` as its rich text."""
    cohort, writer, reader = group
    if model is JournalEntry:
        return JournalEntry(author=writer, text="typed", body=body)
    if model is Response:
        entry = entry_create(author=writer, text="Shared", visibility=Visibility.COHORT, cohort=cohort)
        return Response(entry=entry, author=reader, text="typed", body=body)
    if model is Announcement:
        return Announcement(cohort=cohort, author=writer, title="Room change", body=body)
    if model is FacilitatorNote:
        return FacilitatorNote(cohort=cohort, author=writer, text="typed", body=body)
    if model is GroupQuestion:
        return GroupQuestion(cohort=cohort, author=writer, text="typed", body=body)
    if model is GroupAnswer:
        question = GroupQuestion.objects.create(cohort=cohort, author=reader, text="typed", body="<p>Asked</p>")
        return GroupAnswer(question=question, author=writer, text="typed", body=body)
    if model is CheckInNote:
        check_in = check_in_request(user=writer, cohort=cohort, notify=False)
        return CheckInNote(check_in=check_in, author=writer, text="typed", body=body)
    raise AssertionError(f"{model.__name__} keeps rich text: teach this test to make one")


def _rich_text_fields():
    return [
        (model, f.name) for model in apps.get_models() for f in model._meta.fields if isinstance(f, SanitisedHTMLField)
    ]


def test_the_project_keeps_rich_text_in_these_fields():
    # A new rich text field must be added to _unsaved above, so the write paths below are tried on it too.
    assert {(model.__name__, name) for model, name in _rich_text_fields()} == {
        ("JournalEntry", "body"),
        ("Response", "body"),
        ("Announcement", "body"),
        ("CheckInNote", "body"),
        ("FacilitatorNote", "body"),
        ("GroupQuestion", "body"),
        ("GroupAnswer", "body"),
    }


@pytest.mark.parametrize("model, name", _rich_text_fields(), ids=lambda value: getattr(value, "__name__", value))
def test_every_way_of_writing_rich_text_stores_only_the_sanitisers_output(group, model, name):
    def stored(pk):
        value = getattr(model.objects.get(pk=pk), name)
        assert isinstance(value, StoredHTML) and "<p>Kept</p>" in value
        assert live_markup(value) == [], value
        return value

    saved = _unsaved(model, group, ATTACK)
    saved.save()
    stored(saved.pk)

    [bulk] = model.objects.bulk_create([_unsaved(model, group, ATTACK)])
    stored(bulk.pk)

    model.objects.filter(pk=saved.pk).update(**{name: ATTACK + "<p>again</p>"})
    assert "again" in stored(saved.pk)

    row = model.objects.get(pk=bulk.pk)
    setattr(row, name, ATTACK + "<p>in bulk</p>")
    model.objects.bulk_update([row], [name])
    assert "in bulk" in stored(bulk.pk)


def test_pages_show_the_stored_formatting_as_html(client, group):
    cohort, writer, reader = group
    entry = entry_create(author=writer, text="I **noticed** a lot", visibility=Visibility.COHORT, cohort=cohort)
    response_create(entry=entry, author=reader, text="*Thank you*", notify=False)
    client.force_login(writer)
    detail = client.get(f"/journal/{entry.pk}/").content.decode()
    assert "I <strong>noticed</strong> a lot" in detail and "<em>Thank you</em>" in detail
    feed = client.get(f"/cohorts/{cohort.slug}/reflections/").content.decode()
    assert "I <strong>noticed</strong> a lot" in feed


def test_lists_show_the_stored_preview_as_words(client, user):
    entry_create(author=user, text="I **noticed** <b>a lot</b> & more")
    client.force_login(user)
    html = client.get("/journal/").content.decode()
    # The formatting goes; what looked like markup stays as the characters typed, escaped.
    assert "<p>I noticed &lt;b&gt;a lot&lt;/b&gt; &amp; more</p>" in html


def test_rich_text_that_was_never_stored_is_cleaned_when_shown():
    html = Template("{% load colearn_tags %}{{ body|stored_html }}").render(Context({"body": ATTACK}))
    assert "<p>Kept</p>" in html and live_markup(html) == []


def test_templates_render_stored_html_only_from_rich_text_fields():
    # `|stored_html` shows a stored value as is; `|safe` on rich text would skip the check for unsaved text.
    uses, unsafe = [], []
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        source = template.read_text()
        uses += re.findall(r"\{\{\s*([\w.]+)\|stored_html\s*\}\}", source)
        unsafe += re.findall(r"\.body\|safe", source)
    assert uses and all(use.endswith(".body") for use in uses), uses
    assert unsafe == []
