"""For someone who asks by letter or phone: everything Colearn keeps about them, as the zip they could download.

Writes the file and says where; never prints what is in it. Logged in the security log (ids only)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from colearn.models import User
from colearn.security import log_event
from learning.services.data_rights import person_export_zip


class Command(BaseCommand):
    help = (
        "Write everything Colearn keeps about a person (by email address, or username for someone without one) to a "
        "zip file, as they would download it."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The email address (or username) of the person's account.")
        parser.add_argument("--output", help="Where to write the zip (default: colearn-data-<id>.zip here).")

    def handle(self, *args, email: str, output: str | None = None, **options):
        person = User.objects.for_login(email).first()
        if person is None:
            raise CommandError("There is no account with that email address.")
        path = Path(output or f"colearn-data-{person.pk}.zip")
        if path.exists():
            raise CommandError(f"{path} already exists. Choose another --output, or move the old file first.")
        size = 0
        try:
            with path.open("xb") as file:
                for chunk in person_export_zip(user=person):
                    file.write(chunk)
                    size += len(chunk)
        except OSError as error:
            raise CommandError(f"Could not write {path}: {error.strerror}.") from error
        path.chmod(0o600)  # the person's health data: readable by this account only
        log_event("person_exported", subject=person.pk, via="command", bytes=size)
        self.stdout.write(f"Wrote the data of account {person.pk} to {path} ({size:,} bytes). Send it securely.")
