import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format

from cohorts.models import Membership
from colearn.sanitize import SanitisedHTMLField


class CourseFollow(models.Model):
    """Someone following a course at their own pace. Stopping removes this row and nothing else."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_follows")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="follows")
    started_at = models.DateTimeField(auto_now_add=True)
    last_active_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_follow_per_person_and_course")]
        ordering = ["-last_active_at"]

    def __str__(self) -> str:
        return f"{self.user} follows {self.course_id}"


class LessonCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="completions")
    # Kept alongside the lesson so a course's progress is one indexed query, not a walk of the page tree.
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_person_and_lesson")]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self) -> str:
        return f"{self.user} finished lesson {self.lesson_id}"


def new_certificate_code() -> str:
    return secrets.token_urlsafe(12)


class Certificate(models.Model):
    """A record that someone finished every lesson of a course. Its code makes a public verification link."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    course = models.ForeignKey("courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+")
    code = models.CharField(max_length=32, unique=True, default=new_certificate_code, editable=False)
    issued_at = models.DateTimeField(auto_now_add=True)
    # The name and title as they were on the day, so a later rename never rewrites a certificate.
    recipient_name = models.CharField(max_length=80)
    course_title = models.CharField(max_length=255)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="one_certificate_per_person_and_course")]

    def __str__(self) -> str:
        return f"Certificate {self.code}"


class EntryKind(models.TextChoices):
    REFLECTION = "reflection", "Reflection"
    SMALL_WIN = "small_win", "Small win"
    ACTION = "action", "Action to try"
    # Made only by sharing one of "My connections": the entry carries the connection to the facilitators.
    CONNECTION = "connection", "Community connection"


class TryOutcome(models.TextChoices):
    """How an action to try went, in the person's own choice of three kind answers (a note can say more)."""

    WENT_WELL = "went_well", "It went well"
    GAVE_IT_A_GO = "gave_it_a_go", "I gave it a go – it was harder than I thought"
    NOT_YET = "not_yet", "Not yet – maybe another time"


class Visibility(models.TextChoices):
    PRIVATE = "private", "Only me"
    FACILITATORS = "facilitators", "My group’s facilitators"
    COHORT = "cohort", "My group"
    PARTNER = "partner", "My learning partner"


class JournalEntryQuerySet(models.QuerySet):
    def visible_to(self, user, *, own_only: bool = False):
        """THE privacy rule. Every read of a journal entry goes through here.

        The author sees all their own entries. Anyone else sees an entry only if it is shared with an audience they
        are in right now — the group's facilitators, the whole group, or the learning partnership the entry was
        shared in, while it lasts and the viewer is still in the group — and the author is still an active member
        of that group. Superusers get nothing extra.

        `own_only` asks for the first part alone, the viewer's own entries (their journal, a lesson's earlier
        answers, the dashboard): the same rows as `visible_to(user).filter(author=user)`, without building the
        sharing part only to rule it out, which measured about 3 ms of query building per call.
        """
        if not user.is_authenticated:
            return self.none()
        if own_only:
            return self.filter(author=user)
        in_group = Membership.objects.active().filter(user=user).values("cohort_id")
        facilitating = Membership.objects.groups_led_by(user)
        author_still_in_group = models.Exists(
            Membership.objects.active().filter(
                cohort_id=models.OuterRef("cohort_id"), user_id=models.OuterRef("author_id")
            )
        )
        shared_with_viewer = (
            models.Q(visibility=Visibility.COHORT, cohort_id__in=in_group)
            | models.Q(visibility=Visibility.FACILITATORS, cohort_id__in=facilitating)
            | (models.Q(visibility=Visibility.PARTNER, cohort_id__in=in_group) & _partner_of(user))
        )
        return self.filter(models.Q(author=user) | (shared_with_viewer & author_still_in_group))


def _partner_of(user) -> models.Exists:
    """The entry was shared in a learning partnership between its author and this viewer that is current (accepted,
    not ended, both in the group throughout). Bound to that one partnership: a later partner never reads what was
    shared with an earlier one."""
    return models.Exists(
        LearningPartnership.objects.current().filter(
            models.Q(inviter=user, invitee_id=models.OuterRef("author_id"))
            | models.Q(invitee=user, inviter_id=models.OuterRef("author_id")),
            pk=models.OuterRef("partnership_id"),
            cohort_id=models.OuterRef("cohort_id"),
        )
    )


class JournalEntry(models.Model):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal_entries")
    kind = models.CharField(max_length=12, choices=EntryKind.choices, default=EntryKind.REFLECTION)
    title = models.CharField(max_length=150, blank=True)
    text = models.TextField(help_text="What the person typed, with its light formatting, for editing and export.")
    body = SanitisedHTMLField(help_text="The text as rich text, made by the one sanitiser when saved.")
    preview = models.TextField(blank=True, editable=False, help_text="The first words of the body, for lists.")
    visibility = models.CharField(max_length=12, choices=Visibility.choices, default=Visibility.PRIVATE)
    cohort = models.ForeignKey("cohorts.Cohort", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # Shared with "my learning partner": the partnership it was shared in, so it is read in that one alone.
    partnership = models.ForeignKey(
        "learning.LearningPartnership", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    course = models.ForeignKey("courses.CoursePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    lesson = models.ForeignKey("courses.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    prompt_id = models.CharField(max_length=64, blank=True, db_index=True)
    # The prompt's wording when answered, so the answer still makes sense if an editor rewrites the prompt.
    prompt_text = models.CharField(max_length=300, blank=True)
    outcome = models.TextField("how it went", blank=True, help_text="For an action to try: how it went.")
    # A community connection shared through the journal, so the journal's one privacy rule, feed, responses, export
    # and erasure all apply to it unchanged. At most one entry per connection: sharing again updates it.
    connection = models.OneToOneField(
        "learning.Connection", null=True, blank=True, on_delete=models.SET_NULL, related_name="journal_entry"
    )
    outcome_recorded_at = models.DateTimeField(null=True, blank=True)
    outcome_choice = models.CharField("how it went", max_length=12, choices=TryOutcome.choices, blank=True)
    # "Try this week": the lesson block an action was taken from, so pressing "I'll try this" twice makes one.
    try_block_id = models.CharField(max_length=64, blank=True)
    # When to ask "How did it go?": at `ask_session` (the group's next session after committing), whose time is read
    # when asking, so a rescheduled session takes the question with it; otherwise, and if that session is
    # cancelled, from `ask_from`, seven days after committing.
    ask_session = models.ForeignKey(
        "cohorts.LiveSession", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ask_from = models.DateTimeField(null=True, blank=True)
    # "I'll leave this one": not asked about again, and nothing is said about it.
    let_go_at = models.DateTimeField(null=True, blank=True)
    # A small win kept from an action that was tried: the action stays as it was.
    small_win_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="small_wins"
    )
    version = models.PositiveIntegerField(default=1)
    # The one-time token of the form that wrote it: the same form sent twice (a double click, a resend after a
    # slow answer) finds this entry instead of making a second one.
    submission = models.UUIDField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # PostgreSQL's journal search matches this, kept by the services that write the title or text; its GIN index is
    # made by migration 0004 on PostgreSQL only (SQLite has no such index, and searches the text itself).
    search_vector = SearchVectorField(null=True, blank=True, editable=False)

    objects = JournalEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        # Lists are one person's or one group's entries, newest first: each index hands a page over in order.
        indexes = [
            models.Index(fields=["author", "-created_at", "-id"], name="learning_entry_author_newest"),
            models.Index(fields=["cohort", "-created_at"], name="learning_entry_cohort_newest"),
            models.Index(fields=["author", "course"], name="learning_entry_author_course"),
            models.Index(fields=["author", "kind", "-created_at"], name="learning_entry_author_kind"),
            models.Index(fields=["cohort", "visibility"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(visibility="private") | models.Q(cohort__isnull=False),
                name="shared_entries_name_their_group",
            ),
            models.UniqueConstraint(fields=["author", "submission"], name="one_entry_per_form_submission"),
            models.UniqueConstraint(
                fields=["author", "lesson", "try_block_id"],
                condition=~models.Q(try_block_id=""),
                name="one_try_per_person_per_block",
            ),
            models.UniqueConstraint(
                fields=["small_win_from"],
                condition=models.Q(small_win_from__isnull=False),
                name="one_small_win_per_try",
            ),
        ]

    def __str__(self) -> str:
        # The day as the person lived it (UK time), not the server's UTC: late at night in summer is still today.
        written = timezone.localtime(self.created_at or timezone.now())
        return self.title or f"{self.get_kind_display()}, {date_format(written, 'j F Y')}"


class JournalDraft(models.Model):
    """Text being typed, saved every few seconds. `version` makes a save from a stale tab a conflict, not a loss."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal_drafts")
    key = models.CharField(max_length=120, help_text="Which form: new, entry-<id> or prompt-<lesson>-<prompt>.")
    title = models.CharField(max_length=150, blank=True)
    text = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["author", "key"], name="one_draft_per_form")]

    def __str__(self) -> str:
        return f"Draft {self.key} by {self.author_id}"


def search_document(title, text) -> SearchVector:
    """What journal search matches on PostgreSQL: the title weighted above the text, with English stemming (so
    "walks" finds "walking"). `title` and `text` are column names or expressions."""
    return SearchVector(title, weight="A", config="english") + SearchVector(text, weight="B", config="english")


def draft_key_for(*, entry=None, lesson=None, prompt_id: str = "") -> str:
    """THE name of a form's draft: "entry-<id>" when editing, "prompt-<lesson>-<prompt>" when answering a lesson's
    prompt, "new" for a new entry. Views, services and template tags all ask here."""
    if entry is not None:
        return f"entry-{entry.pk}"
    if lesson is not None:
        return f"prompt-{lesson.pk}-{prompt_id}"
    return "new"


class ResponseQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Responses ride on their entry's audience. A hidden response shows only to its author and the group's
        facilitators (so its author can see that and why)."""
        # Checked per response (a correlated EXISTS), not as "entry in every entry the viewer may read", which would
        # read the whole of a long journal to show one entry's responses.
        entry_visible = models.Exists(JournalEntry.objects.visible_to(user).filter(pk=models.OuterRef("entry_id")))
        facilitating = Membership.objects.groups_led_by(user)
        return self.filter(entry_visible).filter(
            models.Q(hidden_at__isnull=True) | models.Q(author=user) | models.Q(entry__cohort_id__in=facilitating)
        )


class Response(models.Model):
    entry = models.ForeignKey(JournalEntry, on_delete=models.CASCADE, related_name="responses")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="journal_responses")
    text = models.TextField(help_text="What the person typed, for editing.")
    body = SanitisedHTMLField(help_text="The text as rich text, made by the one sanitiser when saved.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hidden_reason = models.CharField(max_length=300, blank=True)
    # The one-time token of the form that wrote it, as for a journal entry: sent twice, it is posted once.
    submission = models.UUIDField(null=True, blank=True, editable=False)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        constraints = [models.UniqueConstraint(fields=["author", "submission"], name="one_response_per_submission")]

    def __str__(self) -> str:
        return f"Response {self.pk} to entry {self.entry_id}"


class CheckInState(models.TextChoices):
    ASKED = "asked", "Asked"
    SEEN = "seen", "Seen by a facilitator"
    DONE = "done", "Done"


class CheckInRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        """THE rule for check-ins and their notes. Every read of either goes through here.

        The person who asked sees all their own check-ins. Anyone else sees one only while they facilitate its group
        (with the two-factor sign-in the site asks of facilitators) and the person is still an active member of
        that group. Other members, facilitators of other groups and superusers get nothing.
        """
        if not user.is_authenticated:
            return self.none()
        facilitating = Membership.objects.groups_led_by(user)
        person_still_in_group = models.Exists(
            Membership.objects.active().filter(
                cohort_id=models.OuterRef("cohort_id"), user_id=models.OuterRef("user_id")
            )
        )
        return self.filter(models.Q(user=user) | (models.Q(cohort_id__in=facilitating) & person_still_in_group))


class CheckInRequest(models.Model):
    """Someone asked their facilitators for a check-in: asked, then seen by a facilitator, then done, with a short
    private thread of notes. Facilitators are told that someone asked, and nothing of what was written elsewhere."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="check_in_requests")
    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey("courses.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    state = models.CharField(max_length=8, choices=CheckInState.choices, default=CheckInState.ASKED)
    created_at = models.DateTimeField(auto_now_add=True)
    # When the person last asked or wrote: a note on a finished check-in opens it again, as a new ask.
    asked_at = models.DateTimeField()
    seen_at = models.DateTimeField(null=True, blank=True)
    seen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = CheckInRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-asked_at", "-id"]
        indexes = [models.Index(fields=["cohort", "state", "-asked_at"], name="learning_check_in_group_state")]

    def __str__(self) -> str:
        return f"Check-in for {self.user_id} in {self.cohort_id}"


class CheckInNote(models.Model):
    """A note in a check-in's thread, between the person who asked and their group's facilitators only. Read
    through `CheckInRequest.objects.visible_to(user)`: whoever may read the check-in reads its notes."""

    check_in = models.ForeignKey(CheckInRequest, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="check_in_notes")
    text = models.TextField(help_text="What the person typed, for export.")
    body = SanitisedHTMLField(help_text="The text as rich text, made by the one sanitiser when saved.")
    created_at = models.DateTimeField(auto_now_add=True)
    # The one-time token of the form that wrote it, as for a response: sent twice, it is posted once.
    submission = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["author", "submission"], name="one_check_in_note_per_submission")
        ]

    def __str__(self) -> str:
        return f"Note {self.pk} on check-in {self.check_in_id}"


class ConfidenceCheck(models.Model):
    """ "Where am I now?": a person's own rating, 1 to 5, against one of a course's capability statements."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="confidence_checks")
    capability = models.ForeignKey("courses.CourseCapability", on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField()
    checked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["checked_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(rating__gte=1, rating__lte=5), name="rating_from_1_to_5")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} rated {self.capability_id}: {self.rating}"


# --- Learning partners -------------------------------------------------------------------------------------------


class LearningPartnershipQuerySet(models.QuerySet):
    def involving(self, user):
        return self.filter(models.Q(inviter=user) | models.Q(invitee=user))

    def open(self):
        """Not declined, withdrawn or ended: an invitation waiting for an answer, or a partnership."""
        return self.filter(declined_at__isnull=True, ended_at__isnull=True)

    def pending(self):
        return self.open().filter(accepted_at__isnull=True)

    def accepted(self):
        """Accepted and not ended. Whether both are still in the group is asked by `current` (and by visible_to)."""
        return self.open().filter(accepted_at__isnull=False)

    def both_in_group(self):
        """Both people are in the group now, and have been since the invitation (or its acceptance): leaving ends a
        partnership in effect, and coming back to the group later does not bring it back."""
        since = Coalesce(models.OuterRef("accepted_at"), models.OuterRef("invited_at"))
        return self.filter(
            *(
                models.Exists(
                    Membership.objects.active().filter(
                        cohort_id=models.OuterRef("cohort_id"), user_id=models.OuterRef(side), joined_at__lte=since
                    )
                )
                for side in ("inviter_id", "invitee_id")
            )
        )

    def current(self):
        """Partners now: accepted, not ended, and both in the group throughout."""
        return self.accepted().both_in_group()


class LearningPartnership(models.Model):
    """Two members of a group who chose each other, by invitation and acceptance. Only those two ever see it: not the
    group, not its facilitators. Withdrawn (before an answer) and ended (after) are both `ended_at`."""

    cohort = models.ForeignKey("cohorts.Cohort", on_delete=models.CASCADE, related_name="+")
    inviter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    invitee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    invited_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    declined_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    objects = LearningPartnershipQuerySet.as_manager()

    class Meta:
        ordering = ["-invited_at"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(inviter=models.F("invitee")), name="a_partner_is_someone_else"),
            # The database's own guard behind the services' lock on the group: one open invitation or partnership
            # of one's own making per group, and one accepted partnership as the one invited.
            models.UniqueConstraint(
                fields=["cohort", "inviter"],
                condition=models.Q(declined_at__isnull=True, ended_at__isnull=True),
                name="one_open_invitation_per_inviter_per_group",
            ),
            models.UniqueConstraint(
                fields=["cohort", "invitee"],
                condition=models.Q(accepted_at__isnull=False, ended_at__isnull=True, declined_at__isnull=True),
                name="one_partnership_per_invitee_per_group",
            ),
        ]
        indexes = [models.Index(fields=["invitee", "cohort"], name="learning_partner_invitee")]

    def __str__(self) -> str:
        return f"Learning partnership {self.pk} in {self.cohort_id}"

    def other(self, user):
        """The other person, seen from `user`'s side."""
        return self.invitee if user.pk == self.inviter_id else self.inviter

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.declined_at is None and self.ended_at is None

    @property
    def is_accepted(self) -> bool:
        return self.accepted_at is not None and self.ended_at is None


# --- My connections ----------------------------------------------------------------------------------------------


class ConnectionStatus(models.TextChoices):
    THINKING = "thinking", "Thinking about it"
    BEEN_ONCE = "been_once", "Been once"
    REGULAR = "regular", "Going regularly"
    HELPING = "helping", "Helping out"


class ConnectionQuerySet(models.QuerySet):
    def visible_to(self, user):
        """THE rule for connections and their updates: a person's own, and nobody else's (not facilitators, not
        superusers). Sharing one goes through the journal, whose own rule then decides who reads the shared entry."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(author=user)


class Connection(models.Model):
    """A community place or person someone has explored or would like to: from the directory, or named freely."""

    # The person who keeps it ("author", as for journal entries, so the one-save-per-form helpers apply).
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="connections")
    place = models.ForeignKey(
        "community.CommunityPlace", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Always kept, also for a directory entry: the person's list still makes sense if the entry is taken down.
    name = models.CharField(max_length=160)
    status = models.CharField(max_length=12, choices=ConnectionStatus.choices, default=ConnectionStatus.THINKING)
    went_with = models.CharField("who went with you", max_length=200, blank=True)
    how_it_felt = models.TextField("how it felt", blank=True)
    next_step = models.CharField("the next small step", max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Lists show the connection someone last did something with first.
    last_activity_at = models.DateTimeField(db_index=True)
    # The one-time token of the form that made it: sent twice, it is saved once.
    submission = models.UUIDField(null=True, blank=True, editable=False)

    objects = ConnectionQuerySet.as_manager()

    class Meta:
        ordering = ["-last_activity_at", "-id"]
        indexes = [models.Index(fields=["author", "-last_activity_at", "-id"], name="learning_connection_newest")]
        constraints = [models.UniqueConstraint(fields=["author", "submission"], name="one_connection_per_submission")]

    def __str__(self) -> str:
        return self.name


class ConnectionUpdate(models.Model):
    """A dated step in a connection's story: where the person was with it, and their next small step then. Written
    when a connection is added and each time its status or next step changes, so the list can show how it grew."""

    connection = models.ForeignKey(Connection, on_delete=models.CASCADE, related_name="updates")
    status = models.CharField(max_length=12, choices=ConnectionStatus.choices)
    next_step = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.connection_id})"


# --- The weekly digest (learning.services.digest) ---------------------------------------------------------------------


class DigestSent(models.Model):
    """That a person was sent the digest for a week (Monday to Sunday, local time), so a re-run never sends it twice.
    Holds counts only, never what anyone wrote."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests_sent")
    week_starting = models.DateField(help_text="The Monday of the week the digest was about.")
    announcements = models.PositiveIntegerField(default=0)
    responses = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-week_starting", "-id"]
        constraints = [models.UniqueConstraint(fields=["user", "week_starting"], name="one_digest_per_person_week")]

    def __str__(self) -> str:
        return f"Digest for week of {self.week_starting} to user {self.user_id}"
