"""The privacy registry is complete: every installed model that can hold personal data says what it holds.

Like Moodle's privacy API: a model with a link to a person (foreign key, one-to-one or many-to-many to the user
model), or a model of our own apps with a field for people's words, must be declared in an app's privacy.py — as a
Holding (how it is exported and erased) or as NoPersonalData (why not). A new model fails CI until it is.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.test.utils import isolate_apps

from colearn.privacy import Holding, NoPersonalData, declared, holdings

OUR_APPS_WITH_WORDS = {"colearn", "cohorts", "learning"}


def _label(related) -> str:
    # A model class, or (for a model not yet wired up) the "app.Model" string it names.
    return (related._meta.label if hasattr(related, "_meta") else str(related)).lower()


def links_to_a_person(model) -> bool:
    return any(
        field.is_relation
        and (field.concrete or field.many_to_many)
        and not field.auto_created
        and _label(field.related_model) == settings.AUTH_USER_MODEL.lower()
        for field in model._meta.get_fields()
    )


def holds_words(model) -> bool:
    """A field a person could type into: text, or a character or JSON field that is not a fixed list of choices."""
    return any(
        isinstance(field, models.CharField | models.TextField | models.JSONField) and not field.choices
        for field in model._meta.concrete_fields
    )


def undeclared(candidates, registry) -> list[str]:
    missing = []
    for model in candidates:
        label = model._meta.label
        needs = links_to_a_person(model) or (model._meta.app_label in OUR_APPS_WITH_WORDS and holds_words(model))
        if needs and label not in registry:
            missing.append(label)
    return missing


def test_every_model_that_can_hold_personal_data_is_declared():
    missing = undeclared(apps.get_models(), declared())
    assert not missing, (
        "These models can hold personal data but are not in the privacy registry. Declare each in its app's "
        "privacy.py as a Holding (how it is exported and erased) or NoPersonalData (why not):\n" + "\n".join(missing)
    )


def test_the_walk_covers_the_third_party_models_people_leave_traces_in():
    labels = {model._meta.label for model in apps.get_models()}
    expected = {
        "sessions.Session",
        "account.EmailAddress",
        "mfa.Authenticator",
        "usersessions.UserSession",
        "wagtailcore.Revision",
        "wagtailcore.PageLogEntry",
        "wagtailcore.ModelLogEntry",
        "wagtailsearch.IndexEntry",
    }
    assert expected <= labels
    assert expected <= set(declared())


def test_every_declaration_names_a_model_that_exists():
    ghosts = []
    for label in declared():
        try:
            apps.get_model(label)
        except (LookupError, ValueError):
            ghosts.append(label)
    assert not ghosts, "The privacy registry names models that do not exist: " + ", ".join(ghosts)


@isolate_apps("learning")
def test_a_new_model_with_a_link_to_a_person_fails_until_declared():
    class MoodNote(models.Model):  # noqa: DJ008
        person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

        class Meta:
            app_label = "learning"

    class Sticker(models.Model):  # noqa: DJ008 - our app, people's words, no link to anyone
        words = models.CharField(max_length=20)

        class Meta:
            app_label = "learning"

    class Colour(models.Model):  # noqa: DJ008 - a fixed list of choices is not anyone's words
        name = models.CharField(max_length=10, choices=[("red", "Red")])

        class Meta:
            app_label = "learning"

    assert undeclared([MoodNote, Sticker, Colour], declared()) == ["learning.MoodNote", "learning.Sticker"]
    registry = {
        **declared(),
        "learning.MoodNote": NoPersonalData(model="learning.MoodNote", reason="test"),
        "learning.Sticker": NoPersonalData(model="learning.Sticker", reason="test"),
    }
    assert undeclared([MoodNote, Sticker, Colour], registry) == []


def test_each_holding_says_in_plain_words_what_why_who_and_how_long():
    kinds = [holding.kind for holding in holdings()]
    assert len(kinds) == len(set(kinds)), "two holdings would write the same file"
    for holding in holdings():
        assert isinstance(holding, Holding)
        assert holding.kind.isidentifier() and holding.kind.islower(), holding.kind
        for words in (holding.title, holding.what, holding.why, holding.who_can_see, holding.kept_for):
            assert words.strip() and "<" not in words, holding.model
        assert holding.export is not None or holding.erase is not None or "delete" in holding.what.lower()
    assert holdings()[0].model == settings.AUTH_USER_MODEL, "erasure walks backwards: the account goes last"


@pytest.mark.django_db
def test_every_export_returns_plain_rows_for_a_new_person():
    import json

    from tests.factories import UserFactory

    person = UserFactory()
    for holding in holdings():
        if holding.export is not None:
            rows = holding.export(person)
            assert isinstance(rows, list) and all(isinstance(row, dict) for row in rows), holding.kind
            json.dumps(rows)


def test_taking_a_declaration_away_fails_the_walk():
    for label in ("learning.JournalEntry", "account.EmailAddress", "wagtailcore.PageLogEntry", "cohorts.LiveSession"):
        registry = {key: value for key, value in declared().items() if key != label}
        assert undeclared(apps.get_models(), registry) == [label]
