from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from colearn.models import User
from colearn.services import user_create
from courses.content import course as course_content
from courses.models import CoursePage
from learning.selectors import course_progress
from learning.services.progress import course_follow, lesson_complete

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
    {
        "email": "sam@colearn.localhost",
        "password": "demo-learner-colearn",
        "display_name": "Sam",
        "lessons_done": 5,
        "role": "learner: a support worker part-way through the built-in course",
    },
    {
        "email": "jo@colearn.localhost",
        "password": "demo-learner-colearn",
        "display_name": "Jo",
        "lessons_done": 12,
        "role": "learner: has used day services for years and finished the course (certificate ready)",
    },
    {
        "email": "kit@colearn.localhost",
        "password": "demo-learner-colearn",
        "display_name": "Kit",
        "lessons_done": 0,
        "role": "learner: a carer who has just started following the course",
    },
]


class Command(BaseCommand):
    help = "Create the demo people (development only). Safe to run again; prints every demo sign-in."

    def handle(self, *args, **options):
        if not settings.COLEARN_ALLOW_DEMO_DATA:
            raise CommandError("Demo people have known passwords, so they are never created with these settings.")
        self.stdout.write("Demo sign-ins (email / password):")
        for person in DEMO_PEOPLE:
            user = User.objects.filter(email__iexact=person["email"]).first()
            if user is None:
                user = user_create(
                    email=person["email"],
                    password=person["password"],
                    display_name=person["display_name"],
                    is_superuser=person.get("is_superuser", False),
                    groups=person.get("groups", ()),
                    email_verified=True,
                )
                if "lessons_done" in person:
                    self._give_progress(user, person["lessons_done"])
            self.stdout.write(f"  {person['email']} / {person['password']}  ({person['role']})")

    def _give_progress(self, user: User, lessons_done: int) -> None:
        """Progress through the built-in course, made through the same services a learner's clicks use."""
        course = CoursePage.objects.live().filter(slug=course_content.COURSE["slug"]).first()
        if course is None:
            return
        course_follow(user=user, course=course)
        for lesson in course_progress(user=user, course=course).outline.lessons[:lessons_done]:
            lesson_complete(user=user, lesson=lesson)
