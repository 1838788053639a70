import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cohorts.models import Cohort, ProfileSharing, Role
from cohorts.services import (
    announcement_post,
    application_decide,
    application_submit,
    attendance_record,
    cohort_create,
    facilitator_note_add,
    membership_add_without_email,
    membership_share_profile,
    membership_update_visibility,
    module_release_set,
    question_answer,
    question_ask,
    session_catch_up_set,
    session_schedule,
)
from colearn.models import User
from colearn.services import one_page_profile_update, sign_in_code_issue, user_create
from community.models import CommunityPlace
from courses.content import course as course_content
from courses.models import CoursePage
from learning.models import ConnectionStatus, EntryKind, TryOutcome, Visibility
from learning.selectors import course_progress
from learning.services.check_ins import check_in_acknowledge, check_in_note_add
from learning.services.confidence import confidence_record
from learning.services.connections import SHARE_STEP, connection_create, connection_share, connection_update
from learning.services.journal import check_in_request, entry_create, entry_record_outcome
from learning.services.partners import partnership_accept, partnership_invite
from learning.services.progress import course_follow, lesson_complete
from learning.services.responses import response_create, response_hide
from learning.services.tries import try_commit, try_keep_as_small_win

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
# A member a facilitator added without an email address (colearn.services.user_create_without_email).
MEMBER_WITHOUT_EMAIL = "Bea"


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
        self._seed_member_without_email()

    def _seed_member_without_email(self) -> None:
        """Someone without an email address, added by a facilitator the way the page does it. Only a code's hash is
        kept, so each run prints a fresh card (which voids the last one); a password already chosen keeps working."""
        cohort = Cohort.objects.filter(slug=DEMO_COHORT_SLUG).first()
        if cohort is None:
            return
        priya = User.objects.get(email="priya@colearn.localhost")
        held = cohort.memberships.filter(user__email__isnull=True, user__display_name=MEMBER_WITHOUT_EMAIL).first()
        if held is None:
            held, code = membership_add_without_email(cohort=cohort, by=priya, display_name=MEMBER_WITHOUT_EMAIL)
        else:
            _, code = sign_in_code_issue(user=held.user, by=priya)
        self.stdout.write(
            f"Without an email address: {MEMBER_WITHOUT_EMAIL}, username {held.user.username}, sign-in code {code} "
            "(first sign-in at /account/first-sign-in/; after that, username and the password they chose)"
        )

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
            # Run by a pair, as every group people apply to is: a staff facilitator and a peer facilitator.
            facilitators={"priya@colearn.localhost": Role.FACILITATOR, "dev@colearn.localhost": Role.PEER_FACILITATOR},
        )
        priya = User.objects.get(email="priya@colearn.localhost")
        dev = User.objects.get(email="dev@colearn.localhost")
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
                    # Dev left the second session early for a hospital appointment.
                    facilitation={priya.pk: 90, dev.pk: 90 if days == -14 else 60},
                )
            if days == -1:
                session_catch_up_set(
                    session=session,
                    by=priya,
                    catch_up_notes="We talked about the people who made a difference to us, and why it was often "
                    "something small: remembering a name, keeping a promise, staying when things were hard.\n\n"
                    "Dev shared the bus stop story. In pairs we each named one relationship we want to keep going.",
                    recording_url="",
                    reflection_prompt="Who has stayed alongside you, and what did they do that helped?",
                )
        announcement_post(
            cohort=cohort,
            author=priya,
            title="Welcome to the group",
            notify=False,
            body="Welcome, everyone. We meet online every fortnight, in the early evening.\n\nThere is no homework: "
            "read what you can, and bring one thing you noticed.",
        )
        facilitator_note_add(
            cohort=cohort,
            author=priya,
            text="What went well: the check-in round. People said more once Dev shared his own story first.\n\n"
            "To change: the lesson part ran long. Next time one reading, then straight into pairs.",
        )
        facilitator_note_add(
            cohort=cohort,
            author=dev,
            text="Plan for **Deep acceptance**:\n- I open with the bus stop story\n- Priya leads the reading\n"
            "- Ten minutes longer for the closing round, as we rushed it last time",
        )
        self._seed_journals(cohort, course)
        self._seed_questions(cohort)
        self._seed_profiles(cohort)
        self._seed_partners(cohort)
        self._seed_connections(cohort)

    def _seed_partners(self, cohort) -> None:
        """Learning partners: Sam and Kit, who share entries with each other; and Amara's invitation to Jo, waiting
        on Jo's dashboard. Nobody else in the group can tell."""
        people = {
            name: User.objects.get(email=f"{name.lower()}@colearn.localhost") for name in ("Sam", "Kit", "Amara", "Jo")
        }
        invitation = partnership_invite(cohort=cohort, inviter=people["Sam"], invitee=people["Kit"], notify=False)
        partnership_accept(partnership=invitation, by=people["Kit"])
        shared = entry_create(
            author=people["Sam"],
            title="Before Thursday",
            text="I am nervous about the community mapping session. Saying it to you helps. Could we sit together?",
            visibility=Visibility.PARTNER,
            cohort=cohort,
        )
        response_create(
            entry=shared,
            author=people["Kit"],
            notify=False,
            text="Of course. I am nervous too. Let's go for a cup of tea afterwards and talk about how it went.",
        )
        entry_create(
            author=people["Kit"],
            kind=EntryKind.SMALL_WIN,
            text="I asked the library about their Wednesday group, and they said to just come along.",
            visibility=Visibility.PARTNER,
            cohort=cohort,
        )
        partnership_invite(cohort=cohort, inviter=people["Amara"], invitee=people["Jo"], notify=False)

    def _seed_profiles(self, cohort) -> None:
        """Jo's one-page profile, shared with the group's facilitators: Priya and Dev see it beside Jo's name on the
        member list and the register; the other members do not."""
        jo = User.objects.get(email="jo@colearn.localhost")
        one_page_profile_update(
            user=jo,
            liked_and_admired="People say I am warm and I make them laugh. I notice when someone is left out.",
            what_matters="My sister and my cat, Biscuit. Walking by the canal. Being asked, not told.",
            how_to_support="Give me a minute to answer; I get there. I like to read things before a session. "
            "A seat near the door helps me feel calmer.",
        )
        membership_share_profile(membership=jo.memberships.get(cohort=cohort), sharing=ProfileSharing.FACILITATORS)

    def _seed_questions(self, cohort) -> None:
        """Questions to the facilitators: one asked by name, two without, one still waiting for an answer."""
        people = {name: User.objects.get(email=f"{name.lower()}@colearn.localhost") for name in ("Kit", "Amara", "Jo")}
        priya = User.objects.get(email="priya@colearn.localhost")
        dev = User.objects.get(email="dev@colearn.localhost")
        captions = question_ask(
            cohort=cohort,
            author=people["Kit"],
            show_name=True,
            notify=False,
            text="Will the online sessions have captions? I find it hard to follow when several people talk.",
        )
        question_answer(
            question=captions,
            by=priya,
            notify=False,
            text="Yes. We switch captions on at the start of every session, and we will ask people to speak one at "
            "a time. Tell us if anything else would help.",
        )
        missed = question_ask(
            cohort=cohort,
            author=people["Amara"],
            show_name=False,
            notify=False,
            text="What happens if I miss a session because I am not feeling up to it?",
        )
        question_answer(
            question=missed,
            by=dev,
            notify=False,
            text="Nothing bad at all. The modules stay open, and you can catch up whenever suits you. I have missed "
            "groups myself for the same reason. Come back when you are ready; we will be glad to see you.",
        )
        question_ask(
            cohort=cohort,
            author=people["Jo"],
            show_name=False,
            notify=False,
            text="Can I bring someone from my day centre to the community mapping session?",
        )

    def _seed_connections(self, cohort) -> None:
        """My connections: Sam has been to a place from the community directory (and shared the next step with the
        facilitators) and is thinking about another; Kit has been to the library's Wednesday group once."""
        sam, kit = (User.objects.get(email=f"{name}@colearn.localhost") for name in ("sam", "kit"))
        place = CommunityPlace.objects.live().order_by("name").first()  # the directory's examples, when loaded
        garden = connection_create(
            author=sam,
            place=place,
            name="" if place else "The community garden on Mill Lane",
            status=ConnectionStatus.BEEN_ONCE,
            went_with="Kit, from my group",
            how_it_felt="Nervous walking in, then fine. Someone showed me where the tools are.",
            next_step="Go on my own next Saturday",
        )
        connection_update(
            connection=garden, by=sam, status=ConnectionStatus.REGULAR, next_step="Ask about the seed swap"
        )
        connection_share(connection=garden, by=sam, cohort=cohort, what=SHARE_STEP)
        connection_create(author=sam, name="Brookfield choir", next_step="Look up when they meet")
        connection_create(
            author=kit,
            name="The library's Wednesday group",
            status=ConnectionStatus.BEEN_ONCE,
            how_it_felt="They said to just come along, and they meant it.",
        )

    def _seed_tries(self, *, person: User, course) -> None:
        """ "Try this week": one thing Sam is trying (asked about at the group's next session) and one that Sam has
        said went well and kept as a small win."""
        lessons = course_progress(user=person, course=course).outline.lessons
        blocks = [
            (lesson, block.id) for lesson in lessons for block in lesson.body if block.block_type == "try_this_week"
        ]
        (tried_lesson, tried_block), (trying_lesson, trying_block) = blocks[0], blocks[1]
        tried, _ = try_commit(user=person, lesson=tried_lesson, block_id=tried_block)
        entry_record_outcome(
            entry=tried,
            by=person,
            choice=TryOutcome.WENT_WELL,
            outcome="At the GP surgery: a smile, my name said right, and a chair by the window. I felt expected.",
        )
        try_keep_as_small_win(entry=tried, by=person)
        try_commit(user=person, lesson=trying_lesson, block_id=trying_block)

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
        self._seed_tries(person=people["Sam"], course=course)
        kits_check_in = check_in_request(user=people["Kit"], cohort=cohort, lesson=lesson, notify=False)
        check_in_acknowledge(check_in=kits_check_in, by=people["Priya"])
        check_in_note_add(
            check_in=kits_check_in,
            author=people["Priya"],
            notify=False,
            text="Thank you for asking, Kit. I'm around before Thursday's session if you'd like a quiet cup of tea "
            "and a chat, or I can ring you on Wednesday afternoon. Whatever suits you best.",
        )
        capabilities = list(course.capabilities.all())
        for name, ratings in (("Sam", [3, 2, 4]), ("Jo", [4, 3, 3]), ("Kit", [2, 2, 3])):
            confidence_record(
                user=people[name],
                course=course,
                ratings={capability.pk: rating for capability, rating in zip(capabilities, ratings, strict=False)},
            )
