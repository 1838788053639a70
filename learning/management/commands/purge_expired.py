from django.conf import settings
from django.core.management.base import BaseCommand

from learning.services.retention import expired_purge


class Command(BaseCommand):
    help = (
        "Remove what has outlived its retention time: abandoned drafts, expired sign-ins, ended device records, "
        "expired email-confirmation links and sent emails. Run it daily (see the README, 'Your data and retention')."
    )

    def handle(self, *args, **options):
        purged = expired_purge()
        self.stdout.write(
            f"Removed {purged.drafts} draft(s) untouched for {settings.COLEARN_KEEP_DRAFTS_DAYS} days, "
            f"{purged.sessions} expired sign-in(s), {purged.device_records} ended device record(s), "
            f"{purged.email_confirmations} expired email-confirmation link(s) and {purged.sent_emails} sent "
            f"email(s) from the worker's queue."
        )
