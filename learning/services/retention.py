"""Retention: what is kept only for a while, and the one writer that removes it once its time is up.

The times are declared once in settings (COLEARN_KEEP_DRAFTS_DAYS, COLEARN_KEEP_SESSIONS_DAYS; see the README's
"Your data and retention"). `manage.py purge_expired`, run daily, calls `expired_purge`. Finished journal entries,
progress and anything else a person chose to keep stay until they delete them or their account.
"""

from dataclasses import dataclass
from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from colearn.security import log_event
from colearn.services import email_deliveries_purge
from learning.models import JournalDraft


@dataclass(frozen=True)
class Purged:
    """How many of each were removed: counts only, never whose or what."""

    drafts: int = 0
    sessions: int = 0
    device_records: int = 0
    email_confirmations: int = 0
    sent_emails: int = 0


def _expired_sign_ins() -> int:
    """Django's `clearsessions`: sign-ins past their expiry date. Counted where the engine lets us (database)."""
    engine = import_module(settings.SESSION_ENGINE)
    store = engine.SessionStore
    model = getattr(store, "get_model_class", None)
    before = model().objects.filter(expire_date__lt=timezone.now()).count() if model else 0
    store.clear_expired()
    return before


def _ended_device_records() -> int:
    """allauth's "signed-in devices" rows whose sign-in has ended (expired, signed out, or cleared above)."""
    if "allauth.usersessions" not in settings.INSTALLED_APPS:
        return 0
    from allauth.usersessions.models import UserSession

    removed = 0
    for record in UserSession.objects.all().iterator():
        removed += record.purge()
    return removed


def _expired_email_confirmations() -> int:
    from allauth.account.models import EmailConfirmation

    expired = EmailConfirmation.objects.all_expired()
    count = expired.count()
    expired.delete()
    return count


@transaction.atomic
def expired_purge(*, now=None) -> Purged:
    """Remove what has outlived its retention time: autosaved drafts nobody has touched for
    COLEARN_KEEP_DRAFTS_DAYS (a draft saved since is kept), expired sign-ins and the device records of ended
    ones, email-confirmation links past their expiry, and the worker's copies of emails sent (or given up on) more
    than COLEARN_KEEP_SENT_EMAILS_DAYS ago. Logged with counts only."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.COLEARN_KEEP_DRAFTS_DAYS)
    drafts, _ = JournalDraft.objects.filter(updated_at__lt=cutoff).delete()
    purged = Purged(
        drafts=drafts,
        sessions=_expired_sign_ins(),
        device_records=_ended_device_records(),
        email_confirmations=_expired_email_confirmations(),
        sent_emails=email_deliveries_purge(
            finished_before=now - timedelta(days=settings.COLEARN_KEEP_SENT_EMAILS_DAYS)
        ),
    )
    log_event(
        "expired_purged",
        drafts=purged.drafts,
        sessions=purged.sessions,
        device_records=purged.device_records,
        email_confirmations=purged.email_confirmations,
        sent_emails=purged.sent_emails,
    )
    return purged
