"""Retention: `manage.py purge_expired` removes what has outlived its time, and nothing anyone chose to keep."""

from datetime import timedelta
from io import StringIO

import pytest
from allauth.account.models import EmailAddress, EmailConfirmation
from django.conf import settings as site_settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from learning.models import JournalDraft, JournalEntry
from learning.services.journal import draft_save, entry_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _age(draft: JournalDraft, days: float) -> None:
    # Tests may set the clock on rows directly; the site only ever writes through services.
    JournalDraft.objects.filter(pk=draft.pk).update(updated_at=timezone.now() - timedelta(days=days))


def test_the_retention_times_are_declared_once_with_their_defaults():
    assert site_settings.COLEARN_KEEP_DRAFTS_DAYS == 90
    assert site_settings.COLEARN_KEEP_SESSIONS_DAYS == 14
    assert site_settings.SESSION_COOKIE_AGE == 14 * 24 * 60 * 60


def test_purge_expired_removes_abandoned_drafts_only():
    alex, sam = UserFactory(), UserFactory()
    abandoned = draft_save(author=alex, key="new", title="", text="Half a thought from spring", version=0)
    recent = draft_save(author=alex, key="entry-1", title="", text="Still typing this", version=0)
    borderline = draft_save(author=sam, key="new", title="", text="Saved 89 days ago", version=0)
    _age(abandoned, site_settings.COLEARN_KEEP_DRAFTS_DAYS + 1)
    _age(recent, 2)
    _age(borderline, site_settings.COLEARN_KEEP_DRAFTS_DAYS - 1)
    entry = entry_create(author=alex, text="A finished entry, kept until I delete it")
    JournalEntry.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(days=1000))

    out = StringIO()
    call_command("purge_expired", stdout=out)

    assert set(JournalDraft.objects.values_list("pk", flat=True)) == {recent.pk, borderline.pk}
    assert JournalEntry.objects.filter(pk=entry.pk).exists()
    assert "Removed 1 draft(s) untouched for 90 days" in out.getvalue()


def test_the_draft_retention_time_is_a_setting(settings):
    settings.COLEARN_KEEP_DRAFTS_DAYS = 7
    draft = draft_save(author=UserFactory(), key="new", title="", text="A week and a day old", version=0)
    _age(draft, 8)
    call_command("purge_expired", stdout=StringIO())
    assert not JournalDraft.objects.exists()


def test_purge_expired_removes_expired_sign_ins_and_old_confirmation_links(client):
    person = UserFactory()
    client.force_login(person)
    live = client.session.session_key
    expired = SessionStore()
    expired["note"] = "an old sign-in"
    expired.set_expiry(-10)
    expired.create()
    address = EmailAddress.objects.get(user=person)
    old_link = EmailConfirmation.create(address)
    old_link.sent = timezone.now() - timedelta(days=30)
    old_link.save()
    fresh_link = EmailConfirmation.create(address)
    fresh_link.sent = timezone.now()
    fresh_link.save()

    call_command("purge_expired", stdout=StringIO())

    assert set(Session.objects.values_list("session_key", flat=True)) == {live}
    assert list(EmailConfirmation.objects.values_list("pk", flat=True)) == [fresh_link.pk]
    assert client.get("/dashboard/").status_code == 200  # the live sign-in still works
