from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An email address is needed to create an account.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        # Email is the login and people type it in any case.
        return self.get(email__iexact=username)


class TextSize(models.TextChoices):
    STANDARD = "standard", "Standard"
    LARGE = "large", "Large"
    LARGER = "larger", "Larger"


class User(AbstractUser):
    """Everyone has the same kind of account; facilitating is a role in a cohort, not a kind of person."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(
        max_length=80,
        blank=True,
        help_text="The name other people see. Your email address is never shown to them.",
    )

    pronouns = models.CharField(max_length=40, blank=True, help_text="For example she/her, he/him or they/them.")
    about = models.TextField(
        "about me",
        max_length=600,
        blank=True,
        help_text="A few words about yourself, if you would like. Only share what you are happy for others to read.",
    )

    # Display preferences, applied on every page once signed in.
    text_size = models.CharField(max_length=10, choices=TextSize.choices, default=TextSize.STANDARD)
    readable_font = models.BooleanField(
        "use a more readable font", default=False, help_text="A plainer font with more space between letters."
    )
    reduce_motion = models.BooleanField(
        "reduce motion", default=False, help_text="Turn off animations and smooth scrolling."
    )

    # Kinds of email (see colearn.notifications.EMAIL_KINDS) this person switched off. Everything else is on.
    email_opt_outs = models.JSONField(default=list, blank=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_unique_ignoring_case")]

    def __str__(self) -> str:
        return self.public_name

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
