"""colearn/migrations/0005: the old "About me" becomes the one-page profile's "What matters to me", still seen by its
owner alone, and the column goes; undone, the words go back."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from cohorts.selectors import profile_visible_to
from colearn.models import OnePageProfile, User
from tests.factories import UserFactory

# Migrating back and forth changes the schema, which SQLite allows only outside a transaction.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = ("colearn", "0004_email_opt_outs")
AFTER = ("colearn", "0005_one_page_profile")


def migrate(*targets):
    executor = MigrationExecutor(connection)
    executor.migrate(list(targets))
    return executor.loader.project_state(list(targets)).apps


def migrate_to_the_end():
    executor = MigrationExecutor(connection)
    migrate(*executor.loader.graph.leaf_nodes())


@pytest.fixture
def before_the_migration():
    old = migrate(BEFORE)
    yield old.get_model("colearn", "User")
    migrate_to_the_end()


def test_about_me_becomes_what_matters_and_stays_private(before_the_migration):
    OldUser = before_the_migration
    wrote = OldUser.objects.create(email="wrote@example.org", display_name="Ade", about="  I run a garden group.\n")
    silent = OldUser.objects.create(email="silent@example.org", display_name="Bea", about="")

    migrate(AFTER)
    migrate_to_the_end()

    profile = OnePageProfile.objects.get(user_id=wrote.pk)
    assert profile.what_matters == "I run a garden group."
    assert (profile.liked_and_admired, profile.how_to_support) == ("", "")
    assert not OnePageProfile.objects.filter(user_id=silent.pk).exists()
    assert "about" not in {field.name for field in User._meta.get_fields()}
    # Nobody else reads it: not another person, not a superuser, not a visitor.
    for viewer in (UserFactory(), UserFactory(is_superuser=True), AnonymousUser()):
        assert not profile_visible_to(viewer).filter(pk=profile.pk).exists()
    assert profile_visible_to(User.objects.get(pk=wrote.pk)).filter(pk=profile.pk).exists()


def test_undone_the_words_go_back_into_about_me(before_the_migration):
    OldUser = before_the_migration
    person = OldUser.objects.create(email="undo@example.org", display_name="Cal", about="Walking and birdsong.")
    migrate(AFTER)

    restored = migrate(BEFORE).get_model("colearn", "User")

    assert restored.objects.get(pk=person.pk).about == "Walking and birdsong."
