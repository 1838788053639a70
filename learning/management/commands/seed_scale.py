"""A large data set, fast, for measuring the site at scale (`make bench SCALE=1`, README "Benchmarks").

Written with bulk inserts, NOT through the services: the services write one row at a time with their checks, which
would take hours for a million rows. What is stored is still what the services would store: journal and response
bodies come from the same sanitiser (computed once per text variant), entries carry their stored preview, and on
PostgreSQL the search vector is filled with learning.models.search_document, as the services fill it. On PostgreSQL
the biggest tables are written with COPY; elsewhere with bulk_create in large batches.

Every person gets the same password (one precomputed hash), so like seed_demo this refuses to run unless the settings
allow demo data.
"""

import datetime
import itertools
import random
import secrets
import time
import uuid

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from cohorts.models import (
    Application,
    ApplicationStatus,
    Attendance,
    AttendanceStatus,
    Cohort,
    LiveSession,
    Membership,
    Perspective,
    ProfileSharing,
    Role,
)
from colearn.models import User
from colearn.sanitize import clean_rich_text, preview_of, text_to_rich_text
from courses.models import CoursePage, LessonPage
from learning.models import (
    Certificate,
    CheckInRequest,
    CheckInState,
    ConfidenceCheck,
    Connection,
    ConnectionStatus,
    CourseFollow,
    EntryKind,
    JournalEntry,
    LearningPartnership,
    LessonCompletion,
    Response,
    TryOutcome,
    Visibility,
    search_document,
)

PASSWORD = "scale-learner-colearn"
OUTCOMES = ["", TryOutcome.WENT_WELL, TryOutcome.GAVE_IT_A_GO, TryOutcome.NOT_YET]  # "" = not said yet
BATCH = 5000

OPENINGS = [
    "Today at the centre",
    "On the walk home",
    "In the group this week",
    "Talking with my key worker",
    "At the allotment",
    "After the session",
    "While I was making tea for everyone",
    "At the library reading group",
]
MIDDLES = [
    "I noticed how much it helps when someone waits for an answer instead of filling the silence.",
    "a new member asked where to sit and three people made room without being asked.",
    "I tried asking what people would like to do, rather than suggesting the art group again.",
    "the rules board by the door felt less like a welcome and more like a warning.",
    "we talked about what makes a place feel hopeful, and most of it was about being known by name.",
    "I felt tired and quiet, and that was fine: nobody needed me to be anything else.",
    "someone said the choir was the first place nobody knew their diagnosis.",
    "I practised the breathing space before speaking up, and my voice was steadier.",
]
ENDINGS = [
    "Next time I will **ask first**.",
    "I want to remember this.",
    "Small steps:\n- ask before suggesting\n- notice who is missing\n- say thank you",
    "> Being waited for is a kind of respect.",
    "I am not sure yet what I think about it, and that is *all right*.",
    "",
]
TITLES = ["", "A small win", "Something I noticed", "To try next week", "Being waited for", "Quiet week"]
RESPONSES = [
    "Thank you for sharing this. It made me think about our own front door.",
    "Same for me with the walking group. It took a few weeks, then it felt like mine.",
    "I love the bit about being waited for.",
    "That sounds like a real step. Well done for noticing it.",
]


def _variants(pieces: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(text, stored body, preview) for each text, through the same sanitiser the services use, once each."""
    out = []
    for text, _ in pieces:
        body = text_to_rich_text(text)
        out.append((text, clean_rich_text(body), preview_of(body)))
    return out


class Command(BaseCommand):
    help = "Build a large data set with bulk inserts (benchmarks only; every person has the same known password)."

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, default=100_000)
        parser.add_argument("--cohorts", type=int, default=2_000)
        parser.add_argument("--completions", type=int, default=1_000_000)
        parser.add_argument("--entries", type=int, default=500_000)
        parser.add_argument("--responses", type=int, default=150_000)
        parser.add_argument("--sessions-per-cohort", type=int, default=6)
        parser.add_argument("--seed", type=int, default=10, help="for the random choices, so runs are comparable")

    def handle(self, *args, **options):
        if not settings.COLEARN_ALLOW_DEMO_DATA:
            raise CommandError("Every person made here has the same known password, so these settings refuse it.")
        course = CoursePage.objects.live().order_by("path").first()
        if course is None:
            raise CommandError("Load the course first: manage.py load_course.")
        lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path").values_list("pk", flat=True))
        if options["learners"] < 1 or options["cohorts"] < 1 or not lessons:
            raise CommandError("Give at least one learner and one cohort (and a course with lessons).")
        self.random = random.Random(options["seed"])  # noqa: S311 (fake data, not secrets)
        self.tag = secrets.token_hex(3)  # a fresh name for this run's people and groups, so it can run again
        self.now = timezone.now()
        started = time.perf_counter()
        with transaction.atomic():
            learners, facilitators = self._people(options["learners"], options["cohorts"])
            cohorts = self._cohorts(course, options["cohorts"])
            members = self._memberships(cohorts, learners, facilitators)
            done = self._progress(course.pk, lessons, learners, options["completions"])
            partners = self._partnerships(members)
            entries = self._journals(course.pk, lessons, members, partners, options["entries"])
            responses = self._responses(members, entries, options["responses"])
            attended = self._sessions(cohorts, members, options["sessions_per_cohort"])
            counted = self._what_reports_count(course, lessons, members)
        self._index_for_search(entries)
        if connection.vendor == "postgresql":
            # What autovacuum does soon after any bulk load: without the tables' statistics the planner guesses
            # them empty, and the reports and pages measured on this data would be planned for data it does not hold.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"seed_scale {self.tag}: {len(learners):,} learners, {len(facilitators):,} facilitators, "
            f"{len(cohorts):,} cohorts, {done:,} lesson completions, {entries[1] - entries[0]:,} journal entries, "
            f"{responses:,} responses, {attended[0]:,} live sessions, {attended[1]:,} attendance records, "
            + ", ".join(f"{number:,} {what}" for what, number in counted.items())
            + f" in {time.perf_counter() - started:.1f} s. Everyone's password: {PASSWORD}"
        )

    # --- writing ------------------------------------------------------------------------------------------------
    def _write(self, model, fields: list[str], rows) -> int:
        """COPY on PostgreSQL (the fastest way in), bulk_create elsewhere; `rows` are tuples in `fields` order.
        `rows` must not read the database while it is consumed: the connection is busy with the COPY."""
        count = 0
        if connection.vendor == "postgresql":
            # COPY knows nothing of Django's defaults: columns not named here get them, as bulk_create would, so a
            # field added to a model later never breaks the seeder with a NULL.
            defaulted = [
                field
                for field in model._meta.concrete_fields
                if field.name not in fields
                and not field.primary_key
                and not field.null
                and (field.has_default() or field.empty_strings_allowed)  # a blank text field's default is ""
            ]
            columns = ", ".join(f'"{field.column}"' for field in [*map(model._meta.get_field, fields), *defaulted])
            with (
                connection.cursor() as cursor,
                cursor.copy(f'COPY "{model._meta.db_table}" ({columns}) FROM STDIN') as copy,
            ):
                for row in rows:
                    copy.write_row((*row, *(field.get_default() for field in defaulted)))
                    count += 1
            return count
        rows = iter(rows)
        while batch := list(itertools.islice(rows, BATCH)):
            model.objects.bulk_create([model(**dict(zip(fields, row, strict=True))) for row in batch])
            count += len(batch)
        return count

    def _ids(self, queryset) -> list[int]:
        return list(queryset.order_by("pk").values_list("pk", flat=True))

    def _when(self, days_back: int) -> datetime.datetime:
        return self.now - datetime.timedelta(
            days=self.random.randint(0, days_back), minutes=self.random.randint(0, 1439)
        )

    # --- the data -----------------------------------------------------------------------------------------------
    def _people(self, learners: int, cohorts: int) -> tuple[list[int], list[int]]:
        password = make_password(PASSWORD)  # one hash for everyone: hashing 100k passwords would take hours
        people = [(f"learner{n}.{self.tag}@scale.example.org", f"Learner {n}") for n in range(learners)] + [
            (f"facilitator{n}.{self.tag}@scale.example.org", f"Facilitator {n}") for n in range(cohorts)
        ]
        User.objects.bulk_create(
            [
                User(email=email, display_name=name, password=password, date_joined=self._when(400))
                for email, name in people
            ],
            batch_size=BATCH,
        )
        made = User.objects.filter(email__endswith=f".{self.tag}@scale.example.org")
        # allauth signs in only people with a verified address.
        self._write(
            EmailAddress,
            ["user_id", "email", "verified", "primary"],
            [(pk, email, True, True) for pk, email in made.values_list("pk", "email")],
        )
        return self._ids(made.filter(email__startswith="learner")), self._ids(made.filter(email__startswith="facil"))

    def _cohorts(self, course: CoursePage, count: int) -> list[int]:
        today = timezone.localdate()
        rows = []
        for n in range(count):
            starts = today - datetime.timedelta(days=self.random.randint(-30, 120))
            opens = timezone.make_aware(
                datetime.datetime.combine(starts - datetime.timedelta(days=45), datetime.time(9))
            )
            rows.append(
                Cohort(
                    course=course,
                    name=f"Learning group {n + 1}",
                    slug=f"scale-{self.tag}-{n + 1}",
                    description="A mixed group of staff, people who use services and carers, meeting every fortnight.",
                    applications_open_at=opens,
                    apply_by=opens + datetime.timedelta(days=30),
                    starts_on=starts,
                    ends_on=starts + datetime.timedelta(days=84),
                    capacity=60,
                )
            )
        Cohort.objects.bulk_create(rows, batch_size=BATCH)
        return self._ids(Cohort.objects.filter(slug__startswith=f"scale-{self.tag}-"))

    def _memberships(self, cohorts: list[int], learners: list[int], facilitators: list[int]) -> dict[int, list[int]]:
        """Learners spread evenly over the groups, one facilitator each. Returns each group's members."""
        members = {cohort: [] for cohort in cohorts}
        for n, learner in enumerate(learners):
            members[cohorts[n % len(cohorts)]].append(learner)
        perspectives = [Perspective.USES_SERVICES, Perspective.WORKS_IN_SERVICES, Perspective.CARER, Perspective.OTHER]
        private = ProfileSharing.NOBODY
        rows = [
            (cohort, user, Role.MEMBER, self.random.choice(perspectives), self.random.random() < 0.6, self._when(90))
            for cohort, users in members.items()
            for user in users
        ] + [
            (cohort, f, Role.FACILITATOR, "", False, self._when(120))
            for cohort, f in zip(cohorts, facilitators, strict=True)
        ]
        fields = ["cohort_id", "user_id", "role", "perspective", "show_perspective", "joined_at", "profile_sharing"]
        self._write(Membership, fields, (row + (private,) for row in rows))
        return members

    def _progress(self, course: int, lessons: list[int], learners: list[int], completions: int) -> int:
        """Each learner has done the first few lessons, `completions` in all (at most every lesson each). People go
        at different paces: of each two learners one is further on, so some finish modules and the course."""
        self._write(
            CourseFollow,
            ["user_id", "course_id", "started_at", "last_active_at"],
            ((user, course, self._when(300), self._when(30)) for user in learners),
        )
        per_learner, extra = divmod(completions, len(learners))
        counts = [min(len(lessons), per_learner + (n < extra)) for n in range(len(learners))]
        # Of each two learners, one is ahead by as many lessons as the other is behind: the total stays the same.
        for n in range(0, len(counts) - 1, 2):
            move = min(len(lessons) - counts[n], counts[n + 1])
            counts[n] += move
            counts[n + 1] -= move
        self.lessons_done = dict(zip(learners, counts, strict=True))

        def rows():
            for user, done in self.lessons_done.items():
                for lesson in lessons[:done]:
                    yield user, lesson, course, self._when(200)

        return self._write(LessonCompletion, ["user_id", "lesson_id", "course_id", "completed_at"], rows())

    def _partnerships(self, members: dict[int, list[int]]) -> dict[int, int]:
        """About half of each group in learning partnerships, in twos, accepted now (after everyone joined).
        Returns each partnered person's partnership id."""
        # The clock now, not self.now: bulk_create stamps memberships' joined_at with the time of writing.
        accepted = timezone.now()
        pairs = [
            (cohort, users[n], users[n + 1]) for cohort, users in members.items() for n in range(0, len(users) // 2, 2)
        ]
        self._write(
            LearningPartnership,
            ["cohort_id", "inviter_id", "invitee_id", "invited_at", "accepted_at"],
            ((cohort, inviter, invitee, accepted, accepted) for cohort, inviter, invitee in pairs),
        )
        made = LearningPartnership.objects.filter(cohort_id__in=list(members), accepted_at=accepted)
        partner_of = {}
        for partnership, inviter, invitee in made.values_list("pk", "inviter_id", "invitee_id"):
            partner_of[inviter] = partner_of[invitee] = partnership
        return partner_of

    def _journals(
        self, course: int, lessons: list[int], members: dict[int, list[int]], partners: dict[int, int], count: int
    ) -> tuple[int, int]:
        """`count` entries of every kind and audience with varied text (partner shares by people with a partner).
        Returns the new entries' id range."""
        texts = _variants(
            [
                (f"{opening}, {middle}\n\n{ending}".strip(), "")
                for opening in OPENINGS
                for middle in MIDDLES
                for ending in ENDINGS
            ]
        )
        group_of = {user: cohort for cohort, users in members.items() for user in users}
        authors = list(group_of)
        kinds = [EntryKind.REFLECTION, EntryKind.REFLECTION, EntryKind.SMALL_WIN, EntryKind.ACTION]
        first = (JournalEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1

        def rows():
            for n in range(count):
                author = authors[n % len(authors)]
                text, body, preview = texts[self.random.randrange(len(texts))]
                share = self.random.random()
                visibility = (
                    Visibility.PRIVATE
                    if share < 0.7
                    else Visibility.COHORT
                    if share < 0.85
                    else Visibility.FACILITATORS
                )
                partnership = partners.get(author) if share >= 0.95 else None
                if partnership:
                    visibility = Visibility.PARTNER
                cohort = None if visibility == Visibility.PRIVATE else group_of[author]
                lesson = lessons[n % len(lessons)] if n % 5 == 0 else None
                written = self._when(365)
                kind = self.random.choice(kinds)
                went = self.random.choice(OUTCOMES) if kind == EntryKind.ACTION else ""
                yield (
                    author, kind, self.random.choice(TITLES), text, body, preview, visibility,
                    cohort, partnership, course if lesson else None, lesson, "", "", "", went,
                    written + datetime.timedelta(days=7) if went else None, 1, None, written, written,
                )  # fmt: skip

        fields = ["author_id", "kind", "title", "text", "body", "preview", "visibility", "cohort_id", "partnership_id"]
        fields += ["course_id", "lesson_id"]
        fields += ["prompt_id", "prompt_text", "outcome", "outcome_choice", "outcome_recorded_at", "version"]
        fields += ["submission"]
        self._write(JournalEntry, [*fields, "created_at", "updated_at"], rows())
        last = JournalEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        return first, last + 1

    def _responses(self, members: dict[int, list[int]], made: tuple[int, int], count: int) -> int:
        """Replies from the same group to entries shared with it."""
        texts = _variants([(text, "") for text in RESPONSES])
        # By id range: this run's entries, found without a join the planner has no statistics for yet.
        shared = JournalEntry.objects.filter(pk__gte=made[0], pk__lt=made[1], visibility=Visibility.COHORT)
        entries = list(shared.order_by("pk").values_list("pk", "cohort_id", "created_at")[:count])
        if not entries:
            return 0

        def rows():
            for n in range(count):
                entry, cohort, written = entries[n % len(entries)]
                text, body, _ = texts[n % len(texts)]
                when = written + datetime.timedelta(hours=self.random.randint(1, 72))
                yield entry, self.random.choice(members[cohort]), text, body, when, when, None, None, "", None

        fields = ["entry_id", "author_id", "text", "body", "created_at", "updated_at", "hidden_at", "hidden_by_id"]
        return self._write(Response, [*fields, "hidden_reason", "submission"], rows())

    def _sessions(self, cohorts: list[int], members: dict[int, list[int]], per_cohort: int) -> tuple[int, int]:
        """Fortnightly live sessions; the past ones have a register."""
        rows = []
        for cohort in cohorts:
            for n in range(per_cohort):
                starts = (self.now + datetime.timedelta(days=14 * (n - per_cohort // 2))).replace(minute=0, second=0)
                rows.append(
                    LiveSession(
                        cohort_id=cohort,
                        title=f"Session {n + 1}",
                        starts_at=starts,
                        ends_at=starts + datetime.timedelta(minutes=90),
                        video_url="https://meet.example.org/group",
                        agenda="Arrive and settle; check-in round; the lesson together; a small step to try.",
                        uid=uuid.uuid4(),
                    )
                )
        LiveSession.objects.bulk_create(rows, batch_size=BATCH)
        past = list(
            LiveSession.objects.filter(cohort_id__in=cohorts, ends_at__lt=self.now).values_list("pk", "cohort_id")
        )
        statuses = [AttendanceStatus.PRESENT] * 3 + [AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT]

        def attendance():
            for session, cohort in past:
                for user in members[cohort]:
                    yield session, user, self.random.choice(statuses), self.now

        return len(rows), self._write(Attendance, ["session_id", "user_id", "status", "recorded_at"], attendance())

    def _what_reports_count(self, course: CoursePage, lessons: list[int], members: dict[int, list[int]]) -> dict:
        """What the reports count and nothing above has made: an application behind every place (and some that did
        not become one), certificates for those who did every lesson, confidence check-ins (a first and a latest),
        community connections and check-ins asked of facilitators."""
        cohorts = list(members)
        statement = "I would like to learn alongside people who see services from the other side."
        perspectives = dict(
            Membership.objects.filter(cohort_id__in=cohorts, role=Role.MEMBER).values_list("user_id", "perspective")
        )
        others = [ApplicationStatus.PENDING, ApplicationStatus.WAITLISTED, ApplicationStatus.DECLINED]
        others.append(ApplicationStatus.WITHDRAWN)

        def applications():
            for index, (cohort, users) in enumerate(members.items()):
                nxt = cohorts[(index + 1) % len(cohorts)]
                for n, user in enumerate(users):
                    applied = self._when(150)
                    yield (
                        cohort,
                        user,
                        statement,
                        perspectives[user],
                        True,
                        ApplicationStatus.ACCEPTED,
                        applied,
                        applied,
                    )
                    if n % 10 == 0 and nxt != cohort:  # one in ten also asked to join another group
                        status = others[n // 10 % len(others)]
                        decided = applied if status != ApplicationStatus.PENDING else None
                        yield nxt, user, statement, perspectives[user], True, status, applied, decided

        fields = ["cohort_id", "user_id", "statement", "perspective", "agreed_to_cohort_agreement", "status"]
        applied = self._write(Application, [*fields, "submitted_at", "decided_at"], applications())

        finished = [user for user, done in self.lessons_done.items() if done == len(lessons)]
        names = dict(User.objects.filter(pk__in=finished).values_list("pk", "display_name"))
        certificates = self._write(
            Certificate,
            ["user_id", "course_id", "code", "issued_at", "recipient_name", "course_title"],
            (
                (user, course.pk, secrets.token_urlsafe(12), self._when(100), names[user], course.title)
                for user in finished
            ),
        )

        capabilities = list(course.capabilities.values_list("pk", flat=True))
        learners = list(self.lessons_done)

        def checks():
            for n, user in enumerate(learners):
                if n % 2:  # half have checked in twice: at the start and lately
                    continue
                for capability in capabilities:
                    first = self.random.randint(1, 4)
                    yield user, capability, first, self._when(300) - datetime.timedelta(days=100)
                    yield user, capability, max(1, min(5, first + self.random.choice([-1, 0, 1, 1, 2]))), self._when(60)

        confident = self._write(ConfidenceCheck, ["user_id", "capability_id", "rating", "checked_at"], checks())

        def connections():
            statuses = list(ConnectionStatus)
            for n, user in enumerate(learners):
                for k in range(n % 3):  # none, one or two each
                    added = self._when(200)
                    yield user, f"Community place {k + 1}", self.random.choice(statuses), added, added

        fields = ["author_id", "name", "status", "created_at", "last_activity_at"]
        connected = self._write(Connection, fields, connections())

        def check_ins():
            for cohort, users in members.items():
                for user in users[::20]:
                    asked = self._when(120)
                    seen = asked + datetime.timedelta(hours=self.random.choice([2, 20, 60, 150, 400]))
                    if seen > self.now or self.random.random() < 0.1:
                        yield user, cohort, CheckInState.ASKED, asked, asked, None
                    else:
                        yield user, cohort, CheckInState.SEEN, asked, asked, seen

        fields = ["user_id", "cohort_id", "state", "created_at", "asked_at", "seen_at"]
        asked = self._write(CheckInRequest, fields, check_ins())
        return {
            "applications": applied,
            "certificates": certificates,
            "confidence check-ins": confident,
            "community connections": connected,
            "check-ins asked for": asked,
        }

    def _index_for_search(self, entries: tuple[int, int]) -> None:
        """PostgreSQL searches the stored vector; fill it as the services do, in slices so no transaction is huge."""
        if connection.vendor != "postgresql":
            return
        for start in range(entries[0], entries[1], 50_000):
            JournalEntry.objects.filter(pk__gte=start, pk__lt=min(start + 50_000, entries[1])).update(
                search_vector=search_document("title", "text")
            )
