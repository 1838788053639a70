"""For someone who asks by letter or phone: erase everything personal Colearn keeps about them.

The same erasure as "Delete my account" (learning.services.data_rights.person_erase). Asks for the email address
again unless --yes. Never prints anything the person wrote. Logged in the security log (ids only)."""

from django.core.management.base import BaseCommand, CommandError

from colearn.models import User
from colearn.security import log_event
from learning.services.data_rights import person_erase


class Command(BaseCommand):
    help = (
        "Erase everything personal about a person (by email address, or username for someone without one): "
        "journal, drafts, responses, applications, profile, sign-ins. Anonymous totals stay. This cannot be undone: "
        "offer export_person first."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The email address (or username) of the person's account.")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, email: str, yes: bool = False, **options):
        person = User.objects.for_login(email).first()
        if person is None:
            raise CommandError("There is no account with that email address or username.")
        if not yes:
            self.stdout.write(
                f"This erases everything personal about account {person.pk} and cannot be undone. "
                "Anonymous totals stay. Have you offered them a copy (manage.py export_person)?"
            )
            typed = input("Type the email address (or username) again to erase the account: ")
            if typed.strip().lower() != email.strip().lower():
                log_event("person_erase_cancelled", subject=person.pk, via="command")
                raise CommandError("That did not match, so nothing was erased.")
        subject = person.pk
        person_erase(user=person)
        log_event("person_erased_by_command", subject=subject, via="command")
        self.stdout.write(f"Erased account {subject}. It is now an anonymous placeholder that cannot sign in.")
