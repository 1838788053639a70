from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# The longest email address there can be (RFC 5321), so the longest thing anyone signs in with.
LOGIN_MAX_LENGTH = 254


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str | None, password: str | None, **extra_fields):
        username = extra_fields.pop("username", None) or None
        if not email and not username:
            raise ValueError("An email address or a username is needed to create an account.")
        user = self.model(email=self.normalize_email(email) if email else None, username=username, **extra_fields)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email: str | None = None, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def for_login(self, login: str):
        """The person an email address or a username names, typed in any case. A username never holds "@" and an
        email address always does, so at most one person matches."""
        login = str(login or "").strip()
        if len(login) > LOGIN_MAX_LENGTH:  # no one's; and SQLite refuses so long a pattern to compare with
            return self.none()
        return self.filter(models.Q(email__iexact=login) | models.Q(username__iexact=login))

    def get_by_natural_key(self, username):
        return self.for_login(username).get()


USERNAME_VALIDATOR = RegexValidator(
    r"^[a-z0-9]+(-[a-z0-9]+)*$",
    "A username is small letters and numbers, with single hyphens between them.",
)


class TextSize(models.TextChoices):
    STANDARD = "standard", "Standard"
    LARGE = "large", "Large"
    LARGER = "larger", "Larger"


class User(AbstractUser):
    """Everyone has the same kind of account; facilitating is a role in a cohort, not a kind of person."""

    # People without an email address (many who use day services have none, or share one) sign in with a
    # username the site made when a facilitator added them. Everyone has one or the other, or both.
    username = models.CharField(
        "username",
        max_length=40,
        unique=True,
        null=True,
        blank=True,
        validators=[USERNAME_VALIDATOR],
        help_text="For people without an email address: made by the site when a facilitator adds them.",
    )
    first_name = None
    last_name = None
    email = models.EmailField("email address", unique=True, null=True, blank=True)
    display_name = models.CharField(
        max_length=80,
        blank=True,
        help_text="The name other people see. Your email address is never shown to them.",
    )

    pronouns = models.CharField(max_length=40, blank=True, help_text="For example she/her, he/him or they/them.")

    # Display preferences, applied on every page once signed in.
    text_size = models.CharField(max_length=10, choices=TextSize.choices, default=TextSize.STANDARD)
    readable_font = models.BooleanField(
        "use a more readable font", default=False, help_text="A plainer font with more space between letters."
    )
    reduce_motion = models.BooleanField(
        "reduce motion", default=False, help_text="Turn off animations and smooth scrolling."
    )

    # Kinds of email (see colearn.notifications.EMAIL_KINDS) this person switched off. The rest are on, except
    # the reminders below, which are off until asked for.
    email_opt_outs = models.JSONField(default=list, blank=True)
    # The reminder kinds (colearn.notifications.OPT_IN_KINDS) this person switched on. Everything else is off.
    email_opt_ins = models.JSONField(default=list, blank=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_ignoring_case"),
            models.CheckConstraint(
                condition=models.Q(email__isnull=False) | models.Q(username__isnull=False),
                name="user_has_email_or_username",
            ),
        ]

    def __str__(self) -> str:
        return self.public_name

    def clean(self):
        super().clean()
        # Forms and Django's normalising give "" for "none"; NULL keeps the unique columns free for everyone else.
        self.email = self.email or None
        self.username = self.username or None
        if self.email is None and self.username is None:
            raise ValidationError("An account needs an email address or a username.")

    @property
    def public_name(self) -> str:
        """What others see. Never any part of the email address, which stays private."""
        return self.display_name or "Colearn member"

    @property
    def display_classes(self) -> str:
        """Classes on <html> that apply this person's display preferences."""
        classes = [f"text-{self.text_size}"]
        if self.readable_font:
            classes.append("font-readable")
        if self.reduce_motion:
            classes.append("reduce-motion")
        return " ".join(classes)

    def get_full_name(self) -> str:
        return self.public_name

    def get_short_name(self) -> str:
        return self.public_name


# --- One-page profile ----------------------------------------------------------------------------------------

# Each part fits an application's access needs (cohorts.Application.access_needs, 1,000 characters), so "use what I
# wrote before" can never be refused for its length.
PROFILE_PART_LENGTH = 1000


class OnePageProfile(models.Model):
    """A person's one-page profile, in their own words, the way UK person-centred practice writes one. Every part is
    optional. Nobody but its owner reads it until they share it with a group: every read goes through
    cohorts.selectors.profile_visible_to, and per group the owner chooses who sees it (Membership.profile_sharing)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="one_page_profile")
    liked_and_admired = models.TextField(
        "what people like and admire about me", max_length=PROFILE_PART_LENGTH, blank=True
    )
    what_matters = models.TextField("what matters to me", max_length=PROFILE_PART_LENGTH, blank=True)
    how_to_support = models.TextField("how best to support me", max_length=PROFILE_PART_LENGTH, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"One-page profile of {self.user_id}"

    @property
    def has_words(self) -> bool:
        return bool(self.liked_and_admired or self.what_matters or self.how_to_support)


@register_setting(icon="help")
class SupportSettings(BaseSiteSetting):
    """Where the "Need support now?" link on every page goes: a page editors keep up to date."""

    support_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page with urgent support contacts. The link appears in the header of every page.",
    )

    panels = [FieldPanel("support_page")]

    class Meta:
        verbose_name = "Need support now? link"


DEFAULT_SHARING_STATEMENT = """What you write in your journal is yours. Private entries are read by nobody else, \
not even your facilitators.

What you share with your group, and anything you tell your facilitators in a check-in, stays within the group and \
its facilitators.

There is one exception. If something you share makes a facilitator worried that you, or someone else, may be at \
serious risk of harm, they may need to pass it on to someone who can help keep people safe, such as a duty worker \
or the safeguarding lead for the service.

If that happens, they will talk to you first wherever they can. They will tell you what they need to share, who \
with and why, and they will share only what is needed.

If you need help right now, use the "Need support now?" link at the top of every page."""


@register_setting(icon="lock")
class SharingStatementSettings(BaseSiteSetting):
    """How information is shared: when a facilitator would have to pass something on. Shown where people apply, ask
    for a check-in and keep their journal, in the words editors set here."""

    statement = models.TextField(
        default=DEFAULT_SHARING_STATEMENT,
        help_text="In plain words: what stays within a group, and when a facilitator would have to pass something "
        "on. Leave a blank line between paragraphs.",
    )

    panels = [FieldPanel("statement")]

    class Meta:
        verbose_name = "How information is shared"


# --- People without an email address -------------------------------------------------------------------------


class SignInCode(models.Model):
    """The one-time code on the card a facilitator prints for someone without an email address, for their first
    sign-in (or when they have lost their password). Only a hash is kept, made by Django's password hashers; one per
    person, so a new card voids the old one. It works once, until it expires."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_in_code")
    code_hash = models.CharField(max_length=128)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Sign-in code for {self.user_id}"


class Notice(models.Model):
    """What would have been an email, for someone without an email address: shown on their dashboard. Like the
    email it stands for it names the kind and where to look, never what anyone wrote."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=40)
    subject = models.CharField(max_length=200)
    link = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"], name="notice_user_unread")]

    def __str__(self) -> str:
        return f"Notice for {self.user_id}: {self.kind}"
