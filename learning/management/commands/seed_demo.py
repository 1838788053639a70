import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cohorts.models import Cohort, Role
from cohorts.services import (
    announcement_post,
    application_decide,
    application_submit,
    attendance_record,
    cohort_create,
    cohort_set_facilitator,
    membership_update_visibility,
    module_release_set,
    session_schedule,
)
from colearn.models import User
from colearn.services import user_create
from courses.content import course as course_content
from courses.models import CoursePage
from learning.models import Visibility
from learning.selectors import course_progress
from learning.services.confidence import confidence_record
from learning.services.journal import check_in_request, entry_create, entry_record_outcome
from learning.services.progress import course_follow, lesson_complete
from learning.services.responses import response_create, response_hide

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
        "email": "priya@colearn.localhost",
        "password": "demo-facilitator-colearn",
        "display_name": "Priya",
        "role": "facilitator (staff) of the demo group",
    },
    {
        "email": "dev@colearn.localhost",
        "password": "demo-facilitator-colearn",
        "display_name": "Dev",
        "role": "peer facilitator of the demo group",
    },
    {
        "email": "kit@colearn.localhost",
        "password": "demo-learner-colearn",
        "display_name": "Kit",
        "lessons_done": 0,
        "role": "learner: a carer who has just started following the course",
    },
]


DEMO_COHORT_SLUG = "spring-learning-group"
# (display name, how they come to the course, shows it to others)
GROUP_MEMBERS = [
    ("Sam", "works_in_services", True),
    ("Jo", "uses_services", True),
    ("Kit", "carer", False),
    ("Amara", "uses_services", True),
    ("Tom", "works_in_services", False),
    ("Lin", "uses_services", False),
    ("Rosa", "carer", True),
    ("Ife", "uses_services", True),
    ("Gareth", "works_in_services", True),
    ("Noor", "other", False),
]
APPLICANTS = [("Hannah", "uses_services"), ("Marcus", "works_in_services"), ("Beth", "carer")]


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
        if not Cohort.objects.filter(slug=DEMO_COHORT_SLUG).exists():
            self._seed_cohort()
        self.stdout.write(f"  (and {len(GROUP_MEMBERS)} more members of the demo group, password demo-learner-colearn)")

    def _give_progress(self, user: User, lessons_done: int) -> None:
        """Progress through the built-in course, made through the same services a learner's clicks use."""
        course = CoursePage.objects.live().filter(slug=course_content.COURSE["slug"]).first()
        if course is None:
            return
        course_follow(user=user, course=course)
        for lesson in course_progress(user=user, course=course).outline.lessons[:lessons_done]:
            lesson_complete(user=user, lesson=lesson)

    def _person(self, name: str) -> User:
        email = f"{name.lower()}@colearn.localhost"
        user = User.objects.filter(email=email).first()
        return user or user_create(email=email, password="demo-learner-colearn", display_name=name, email_verified=True)

    def _seed_cohort(self) -> None:
        """A living demo group, built through the same services the pages use."""
        course = CoursePage.objects.live().filter(slug=course_content.COURSE["slug"]).first()
        if course is None:
            return
        today = timezone.localdate()
        now = timezone.now()
        cohort = cohort_create(
            course=course,
            name="Spring learning group",
            slug=DEMO_COHORT_SLUG,
            description="A mixed group of staff, people who use services and carers, meeting online every fortnight.",
            applications_open_at=now - datetime.timedelta(days=30),
            apply_by=now + datetime.timedelta(days=10),
            starts_on=today - datetime.timedelta(days=14),
            ends_on=today + datetime.timedelta(days=60),
            capacity=12,
        )
        cohort_set_facilitator(cohort=cohort, email="priya@colearn.localhost", role=Role.FACILITATOR)
        cohort_set_facilitator(cohort=cohort, email="dev@colearn.localhost", role=Role.PEER_FACILITATOR)
        priya = User.objects.get(email="priya@colearn.localhost")
        for name, perspective, shown in GROUP_MEMBERS:
            user = self._person(name)
            application = application_submit(
                cohort=cohort,
                user=user,
                statement="I would like to learn with others.",
                perspective=perspective,
                agreed_to_cohort_agreement=True,
            )
            application_decide(application=application, decided_by=priya, decision="accepted", notify=False)
            membership_update_visibility(membership=user.memberships.get(cohort=cohort), show_perspective=shown)
        for name, perspective in APPLICANTS:
            application_submit(
                cohort=cohort,
                user=self._person(name),
                perspective=perspective,
                agreed_to_cohort_agreement=True,
                statement="I help run a community garden and want to make it more welcoming.",
            )
        modules = [entry.module for entry in course_progress(user=priya, course=course).outline.modules]
        module_release_set(
            cohort=cohort,
            by=priya,
            opens_on={module.pk: today + datetime.timedelta(days=14 * (i - 1)) for i, module in enumerate(modules)},
        )
        for days, title in [
            (-14, "Welcome and what makes a place hopeful"),
            (-1, "Relationships that last"),
            (13, "Deep acceptance"),
            (27, "Mapping what is already there"),
        ]:
            starts = (now + datetime.timedelta(days=days)).replace(hour=18, minute=0, second=0, microsecond=0)
            session = session_schedule(
                cohort=cohort,
                by=priya,
                notify=False,
                title=title,
                starts_at=starts,
                ends_at=starts + datetime.timedelta(hours=1, minutes=30),
                video_url="https://meet.example.org/spring-group",
                agenda="Arrive and settle; check-in round; the lesson together; a small step to try; closing round.",
            )
            if days < 0:
                members = cohort.memberships.filter(role=Role.MEMBER)
                statuses = ["present", "present", "apologies", "present", "absent"]
                attendance_record(
                    session=session,
                    by=priya,
                    statuses={m.user_id: statuses[i % len(statuses)] for i, m in enumerate(members)},
                )
        announcement_post(
            cohort=cohort,
            author=priya,
            title="Welcome to the group",
            notify=False,
            body="Welcome, everyone. We meet online every fortnight, in the early evening.\n\nThere is no homework: "
            "read what you can, and bring one thing you noticed.",
        )
        self._seed_journals(cohort, course)

    def _seed_journals(self, cohort, course) -> None:
        """Entries of every kind and audience, responses, a check-in and confidence ratings: a living group."""
        people = {
            name: User.objects.get(email=f"{name.lower()}@colearn.localhost")
            for name in ("Sam", "Jo", "Kit", "Amara", "Priya", "Dev")
        }
        lesson = course_progress(user=people["Sam"], course=course).outline.lessons[0]
        prompt = lesson.reflection_prompts()[0]
        entry_create(
            author=people["Sam"],
            lesson=lesson,
            prompt_id=prompt.id,
            text="The first thing people see at our centre is the sign-in book and the rules on the wall. "
            "I had never noticed how that must feel until we walked round together.",
        )
        entry_create(
            author=people["Sam"],
            kind="small_win",
            title="Asked instead of told",
            text="I asked Lin what she would like to do this week instead of suggesting the art group. "
            "She chose the walking group, and **came back smiling**.",
        )
        entry_create(
            author=people["Sam"],
            kind="action",
            title="Move the rules board",
            text="Talk to the team about moving the rules board away from the front door.",
        )
        entry_create(
            author=people["Sam"],
            title="Turnover",
            visibility=Visibility.FACILITATORS,
            cohort=cohort,
            text="Three people I work with have left this year. I worry about what it does to the members "
            "who have to start again with someone new.",
        )
        shared = entry_create(
            author=people["Jo"],
            title="What a breathing space means to me",
            visibility=Visibility.COHORT,
            cohort=cohort,
            text="For years the centre was somewhere to be, not somewhere to go *from*.\n\n"
            "What changed things for me:\n- a worker who stayed\n- a choir that met on Tuesdays\n"
            "- being asked what I wanted, and waited for",
        )
        response_create(
            entry=shared,
            author=people["Priya"],
            notify=False,
            text="Thank you for sharing this, Jo. The bit about being waited for will stay with me.",
        )
        response_create(
            entry=shared,
            author=people["Amara"],
            notify=False,
            text="Same for me with the allotment. It was the first place nobody knew my diagnosis.",
        )
        off_topic = response_create(
            entry=shared, author=people["Dev"], notify=False, text="Does anyone know when the next session is?"
        )
        response_hide(
            response=off_topic,
            by=people["Priya"],
            reason="Moved to the announcements so this thread stays about Jo's reflection.",
        )
        entry_create(
            author=people["Jo"],
            kind="small_win",
            visibility=Visibility.COHORT,
            cohort=cohort,
            text="I went to the library on my own and asked about the reading group.",
        )
        action = entry_create(
            author=people["Kit"],
            kind="action",
            title="Ask the choir leader",
            text="Ask the choir leader whether my brother could come along with me the first time.",
        )
        entry_record_outcome(entry=action, by=people["Kit"], outcome="She said yes straight away, and offered a lift.")
        entry_create(author=people["Kit"], text="A quiet week. Tired, but I read the lesson on small steps twice.")
        check_in_request(user=people["Kit"], cohort=cohort, lesson=lesson, notify=False)
        capabilities = list(course.capabilities.all())
        for name, ratings in (("Sam", [3, 2, 4]), ("Jo", [4, 3, 3]), ("Kit", [2, 2, 3])):
            confidence_record(
                user=people[name],
                course=course,
                ratings={capability.pk: rating for capability, rating in zip(capabilities, ratings, strict=False)},
            )
