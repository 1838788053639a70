from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from colearn.models import User
from colearn.services import user_create

# Known passwords: only ever created where settings allow demo data (dev and test, never production).
DEMO_PEOPLE = [
    {
        "email": "admin@colearn.localhost",
        "password": "demo-admin-colearn",
        "display_name": "Alex (admin)",
        "is_superuser": True,
        "role": "admin: publishes content and manages everything in /admin/",
    },
    {
        "email": "editor@colearn.localhost",
        "password": "demo-editor-colearn",
        "display_name": "Erin (editor)",
        "groups": ("Editors",),
        "role": "editor: writes pages and gives editorial sign-off",
    },
    {
        "email": "peer.reviewer@colearn.localhost",
        "password": "demo-peer-colearn",
        "display_name": "Pat (peer reviewer)",
        "groups": ("Peer reviewers",),
        "role": "peer reviewer: approves content before it goes live",
    },
]


class Command(BaseCommand):
    help = "Create the demo people (development only). Safe to run again; prints every demo sign-in."

    def handle(self, *args, **options):
        if not settings.COLEARN_ALLOW_DEMO_DATA:
            raise CommandError("Demo people have known passwords, so they are never created with these settings.")
        self.stdout.write("Demo sign-ins (email / password):")
        for person in DEMO_PEOPLE:
            if not User.objects.filter(email__iexact=person["email"]).exists():
                user_create(
                    email=person["email"],
                    password=person["password"],
                    display_name=person["display_name"],
                    is_superuser=person.get("is_superuser", False),
                    groups=person.get("groups", ()),
                    email_verified=True,
                )
            self.stdout.write(f"  {person['email']} / {person['password']}  ({person['role']})")
