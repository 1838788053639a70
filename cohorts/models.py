import datetime
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from colearn.sanitize import SanitisedHTMLField
from colearn.security import has_required_two_factor


def new_token() -> str:
    return secrets.token_urlsafe(24)


class JoinMode(models.TextChoices):
    APPLY = "apply", "Apply and be reviewed by a facilitator"
    INVITE = "invite", "Join with an invite link"


class Perspective(models.TextChoices):
    WORKS_IN_SERVICES = "works_in_services", "I work in services"
    USES_SERVICES = "uses_services", "I use, or have used, services"
    CARER = "carer", "I am a carer or supporter"
    OTHER = "other", "Something else"
    PREFER_NOT_TO_SAY = "prefer_not_to_say", "I would rather not say"


class Cohort(models.Model):
    """A group that follows one course together from a start date."""

    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="cohorts")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True, help_text="Used in the group's web address.")
    description = models.TextField(blank=True, help_text="Who the group is for and how it will run, in plain words.")
    applications_open_at = models.DateTimeField("applications open")
    apply_by = models.DateTimeField("apply by")
    starts_on = models.DateField()
    ends_on = models.DateField()
    capacity = models.PositiveSmallIntegerField(help_text="How many members (not counting facilitators).")
    join_mode = models.CharField("how people join", max_length=10, choices=JoinMode.choices, default=JoinMode.APPLY)
    invite_code = models.CharField(max_length=40, unique=True, default=new_token, editable=False)
    lived_experience_aim = models.PositiveSmallIntegerField(
        "aim for lived experience (%)",
        default=33,
        help_text="The share of members with lived experience of services the group aims for, e.g. 33 for a third.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(apply_by__gte=models.F("applications_open_at")), name="apply_by_after_open"
            ),
            models.CheckConstraint(condition=Q(ends_on__gte=models.F("starts_on")), name="cohort_ends_after_start"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="cohort_has_room"),
            models.CheckConstraint(condition=Q(lived_experience_aim__lte=100), name="aim_is_a_percentage"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        errors = {}
        if self.apply_by and self.applications_open_at and self.apply_by < self.applications_open_at:
            errors["apply_by"] = "The deadline must be after applications open."
        if self.ends_on and self.starts_on and self.ends_on < self.starts_on:
            errors["ends_on"] = "The group must end after it starts."
        if errors:
            raise ValidationError(errors)

    @property
    def has_started(self) -> bool:
        return self.starts_on <= timezone.localdate()

    def accepting_applications(self, now=None) -> bool:
        now = now or timezone.now()
        return self.applications_open_at <= now <= self.apply_by


class Role(models.TextChoices):
    MEMBER = "member", "Member"
    FACILITATOR = "facilitator", "Staff facilitator"
    PEER_FACILITATOR = "peer_facilitator", "Peer facilitator"


FACILITATING_ROLES = [Role.FACILITATOR, Role.PEER_FACILITATOR]


class ProfileSharing(models.TextChoices):
    """Who in one group sees a member's one-page profile (colearn.OnePageProfile). Chosen per group."""

    NOBODY = "nobody", "Only me"
    FACILITATORS = "facilitators", "The group’s facilitators"
    GROUP = "group", "Everyone in the group"


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_at__isnull=True)

    def members(self):
        """People who take a place: facilitators do not count against capacity."""
        return self.active().filter(role=Role.MEMBER)

    def facilitating(self):
        return self.active().filter(role__in=FACILITATING_ROLES)

    def groups_led_by(self, user):
        """The ids of the groups `user` facilitates now, counted only with the two-factor sign-in the site asks of
        facilitators (colearn.security.has_required_two_factor): every read rule that lets facilitators see more
        asks here, so the two-factor condition lives in one place."""
        if not user.is_authenticated or not has_required_two_factor(user):
            return self.none().values("cohort_id")
        return self.facilitating().filter(user=user).values("cohort_id")


class Membership(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    perspective = models.CharField(max_length=20, choices=Perspective.choices, blank=True)
    show_perspective = models.BooleanField("show how I come to the course to other members", default=False)
    profile_sharing = models.CharField(
        "who in this group sees my one-page profile",
        max_length=12,
        choices=ProfileSharing.choices,
        default=ProfileSharing.NOBODY,
    )
    joined_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="one_membership_per_person_per_cohort")]
        ordering = ["joined_at"]

    def __str__(self) -> str:
        return f"{self.user} in {self.cohort}"

    @property
    def is_active(self) -> bool:
        return self.ended_at is None

    @property
    def is_facilitating(self) -> bool:
        return self.role in FACILITATING_ROLES


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", "Waiting for a decision"
    ACCEPTED = "accepted", "Accepted"
    WAITLISTED = "waitlisted", "On the waiting list"
    DECLINED = "declined", "Not offered a place"
    WITHDRAWN = "withdrawn", "Withdrawn"


# Which decisions may follow which state. Anything else is refused with a clear message.
ALLOWED_TRANSITIONS = {
    ApplicationStatus.PENDING: {
        ApplicationStatus.ACCEPTED,
        ApplicationStatus.WAITLISTED,
        ApplicationStatus.DECLINED,
        ApplicationStatus.WITHDRAWN,
    },
    ApplicationStatus.WAITLISTED: {ApplicationStatus.ACCEPTED, ApplicationStatus.DECLINED, ApplicationStatus.WITHDRAWN},
    # An accepted person who later left the group may apply again.
    ApplicationStatus.ACCEPTED: {ApplicationStatus.PENDING},
    ApplicationStatus.DECLINED: set(),
    ApplicationStatus.WITHDRAWN: {ApplicationStatus.PENDING},
}


class Application(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="applications")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications")
    statement = models.TextField(max_length=2000)
    perspective = models.CharField(max_length=20, choices=Perspective.choices)
    access_needs = models.TextField(max_length=1000, blank=True)
    agreed_to_cohort_agreement = models.BooleanField(default=False)
    status = models.CharField(max_length=12, choices=ApplicationStatus.choices, default=ApplicationStatus.PENDING)
    submitted_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_message = models.TextField(max_length=2000, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="one_application_per_person_per_cohort")]
        ordering = ["submitted_at"]

    def __str__(self) -> str:
        return f"{self.user} applying to {self.cohort}"


# People arrive early, to settle in or to sort out their sound: the doors open this long before the start.
CHECK_IN_OPENS_BEFORE = datetime.timedelta(minutes=15)


class SessionState(models.TextChoices):
    UPCOMING = "upcoming", "Coming up"
    HAPPENING = "happening", "Happening now"
    FINISHED = "finished", "Finished"
    CANCELLED = "cancelled", "Cancelled"


class LiveSession(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(max_length=150)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    location = models.CharField("place", max_length=250, blank=True, help_text="Where to go, if it meets in person.")
    video_url = models.URLField("video link", blank=True, help_text="The link to join, if it meets online.")
    agenda = models.TextField(blank=True)
    module = models.ForeignKey("courses.ModulePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # Calendar apps match updates by UID and take the highest SEQUENCE, so changes replace, not duplicate.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    # The catch-up pack, shown on the session's page once it has ended. Not part of the calendar event, so saving it
    # leaves `sequence` alone and emails nobody.
    catch_up_notes = models.TextField("what we covered", blank=True)
    recording_url = models.URLField("recording link", blank=True)
    reflection_prompt = models.CharField("something to reflect on", max_length=150, blank=True)

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start")
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_over(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def state(self) -> str:
        """What the session is to someone looking now: "cancelled", "finished", "happening" (from when people can
        say they are here until the end) or "upcoming". Every place that shows a session words itself on this."""
        now = timezone.now()
        if self.cancelled_at is not None:
            return SessionState.CANCELLED
        if self.ends_at < now:
            return SessionState.FINISHED
        if self.starts_at - CHECK_IN_OPENS_BEFORE <= now:
            return SessionState.HAPPENING
        return SessionState.UPCOMING

    @property
    def has_catch_up(self) -> bool:
        return bool(self.catch_up_notes or self.recording_url or self.reflection_prompt)

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "The session must end after it starts."
        if not self.location and not self.video_url:
            errors["location"] = "Give a place to meet, a video link, or both."
        if errors:
            raise ValidationError(errors)


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", "Present"
    APOLOGIES = "apologies", "Sent apologies"
    ABSENT = "absent", "Absent"


class Attendance(models.Model):
    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(max_length=10, choices=AttendanceStatus.choices)
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_attendance_per_person_per_session")
        ]

    def __str__(self) -> str:
        return f"{self.user} at {self.session}: {self.get_status_display()}"


class SessionCheckIn(models.Model):
    """A member saying "I'm here" during a session. It is a note for the facilitator's register, who confirms it:
    it never records attendance by itself."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="check_ins")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_check_ins")
    said_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_check_in_per_person_per_session")]

    def __str__(self) -> str:
        return f"{self.user} said they were at {self.session}"


class ModuleRelease(models.Model):
    """When a module opens for a cohort. Modules stay open after the date."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="module_releases")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="+")
    opens_on = models.DateField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cohort", "module"], name="one_release_per_module_per_cohort")]

    def __str__(self) -> str:
        return f"Module {self.module_id} opens for {self.cohort} on {self.opens_on}"


class Announcement(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="announcements")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(max_length=150)
    body = SanitisedHTMLField(help_text="Cleaned by the site's sanitiser when saved.")
    posted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-posted_at"]

    def __str__(self) -> str:
        return self.title


class CalendarFeed(models.Model):
    """A person's private calendar subscription: the token is the only key, so it can be replaced at any time."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_token)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Calendar feed for {self.user}"


# --- Co-facilitation: the pair, their shared notes, and who facilitated each session --------------------------------


class FacilitatorNoteQuerySet(models.QuerySet):
    def visible_to(self, user):
        """THE rule for facilitator notes. Every read of a note goes through here.

        A note is read by the people facilitating its group right now, with the two-factor sign-in the site asks
        of facilitators (colearn.security.has_required_two_factor). Members, facilitators of other groups, people
        who have stopped facilitating and superusers get nothing; the author has no extra rights once they stop
        facilitating the group either, as the notes belong to the group's facilitating team.
        """
        return self.filter(cohort_id__in=Membership.objects.groups_led_by(user))


class FacilitatorNote(models.Model):
    """Planning and reflection shared by a group's facilitators: what went well, what to change. Not a record
    about any member."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="facilitator_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="facilitator_notes")
    text = models.TextField(help_text="What the facilitator typed, with its light formatting, for editing and export.")
    body = SanitisedHTMLField(help_text="The text as rich text, made by the one sanitiser when saved.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FacilitatorNoteQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["cohort", "-created_at", "-id"], name="cohorts_note_cohort_newest")]

    def __str__(self) -> str:
        return f"Facilitator note {self.pk} for {self.cohort}"


# A session is at most a day; anything longer is a typing slip, and would overpay someone.
MAX_FACILITATION_MINUTES = 24 * 60


class SessionFacilitation(models.Model):
    """Who facilitated a session and for how long, so peer trainers' hours can be recognised and paid. The role
    is kept as it was on the day: someone's hours as a peer facilitator stay so if they later join the staff."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="facilitation")
    facilitator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="facilitation")
    role = models.CharField(max_length=20, choices=[(role.value, role.label) for role in FACILITATING_ROLES])
    minutes = models.PositiveSmallIntegerField()
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["session__starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["session", "facilitator"], name="one_facilitation_per_person_per_session"),
            models.CheckConstraint(
                condition=Q(minutes__gte=1, minutes__lte=MAX_FACILITATION_MINUTES), name="facilitation_minutes_in_a_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.facilitator} facilitated {self.session} for {self.minutes} minutes"


# --- Questions to the facilitators ------------------------------------------------------------------------------


class GroupQuestionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """THE rule for a group's questions. Every read of a question (and so of its answers) goes through here.

        Readers: the active members and facilitators of the question's group, while its asker is still in the group
        (what someone asked leaves with them, as a shared journal entry does; it comes back if they rejoin).
        A hidden question shows only to its asker and the group's facilitators. Superusers get nothing extra.

        Each row carries `asker_shown`: whether this viewer may know who asked. Yes for a named question, for the
        asker, and for the group's facilitators; "the facilitators" means two-factor sign-in where the site asks
        for it (colearn.security.has_required_two_factor), as everywhere else facilitators read.
        """
        if not user.is_authenticated:
            return self.none()
        in_group = Membership.objects.active().filter(user=user).values("cohort_id")
        facilitating = Membership.objects.groups_led_by(user)
        asker_still_in_group = models.Exists(
            Membership.objects.active().filter(
                cohort_id=models.OuterRef("cohort_id"), user_id=models.OuterRef("author_id")
            )
        )
        may_know = Q(show_name=True) | Q(author=user) | Q(cohort_id__in=facilitating)
        return (
            self.filter(asker_still_in_group, cohort_id__in=in_group)
            .filter(Q(hidden_at__isnull=True) | Q(author=user) | Q(cohort_id__in=facilitating))
            .annotate(asker_shown=models.ExpressionWrapper(may_know, output_field=models.BooleanField()))
        )


class GroupQuestion(models.Model):
    """A question a member asks the group's facilitators, answered in the group. `show_name` off: the group sees
    "A member of the group"; the asker's facilitators still know who asked (the page says so where it is chosen)."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="questions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_questions")
    text = models.TextField(help_text="What the person typed, for export.")
    body = SanitisedHTMLField(help_text="The text as rich text, made by the one sanitiser when saved.")
    show_name = models.BooleanField("show my name to the group", default=False)
    asked_at = models.DateTimeField(auto_now_add=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hidden_reason = models.CharField(max_length=300, blank=True)
    # The one-time token of the form that asked it: sent twice, it is asked once.
    submission = models.UUIDField(null=True, blank=True, editable=False)

    objects = GroupQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-asked_at", "-id"]
        indexes = [models.Index(fields=["cohort", "-asked_at"], name="cohorts_question_newest")]
        constraints = [models.UniqueConstraint(fields=["author", "submission"], name="one_question_per_submission")]

    def __str__(self) -> str:
        return f"Question {self.pk} in {self.cohort_id}"


class GroupAnswer(models.Model):
    """A facilitator's answer, for the whole group to read. Readable exactly where its question is."""

    question = models.ForeignKey(GroupQuestion, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_answers", verbose_name="facilitator"
    )
    text = models.TextField(help_text="What the facilitator typed, for export.")
    body = SanitisedHTMLField(help_text="The text as rich text, made by the one sanitiser when saved.")
    answered_at = models.DateTimeField(auto_now_add=True)
    submission = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["answered_at", "id"]
        constraints = [models.UniqueConstraint(fields=["author", "submission"], name="one_answer_per_submission")]

    def __str__(self) -> str:
        return f"Answer {self.pk} to question {self.question_id}"


# --- Reminders the day before a session (cohorts.tasks) ----------------------------------------------------------


class SessionReminder(models.Model):
    """That a person was sent the reminder for a session: one per person per session, so a re-run, a second worker
    or a session moved after its reminder went never sends them another."""

    session = models.ForeignKey(LiveSession, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_reminders")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["sent_at", "id"]
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_reminder_per_session_person")]

    def __str__(self) -> str:
        return f"Reminder for session {self.session_id} to user {self.user_id}"
