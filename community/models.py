"""The community directory: places and groups in ordinary community life, written by editors for everyone.

Entries are Wagtail snippets rather than pages: they form a flat list that people search and filter, not a tree
of pages, and they still get drafts, revisions, previews and search. They hold no one's personal data (see
community/privacy.py); `last_checked_by` points at an editor's account for the CMS's own record.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

# Editors write these descriptions; headings come from the page itself, so the outline stays sound.
DESCRIPTION_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class Day(models.TextChoices):
    MONDAY = "mon", "Monday"
    TUESDAY = "tue", "Tuesday"
    WEDNESDAY = "wed", "Wednesday"
    THURSDAY = "thu", "Thursday"
    FRIDAY = "fri", "Friday"
    SATURDAY = "sat", "Saturday"
    SUNDAY = "sun", "Sunday"


WEEK_ORDER = [day.value for day in Day]


class Cost(models.TextChoices):
    FREE = "free", "Free"
    LOW = "low", "Low cost"
    PAID = "paid", "Costs money"


def days_text(days: list[str]) -> str:
    """Stored form of a set of days: their codes in week order, comma-separated ("tue,thu")."""
    return ",".join(code for code in WEEK_ORDER if code in set(days))


def _validate_days(value: str) -> None:
    codes = [code for code in value.split(",") if code]
    unknown = [code for code in codes if code not in WEEK_ORDER]
    if unknown:
        raise ValidationError(f"These are not days of the week: {', '.join(unknown)}.")


def a_year_before(day: datetime.date) -> datetime.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class PlaceTheme(index.Indexed, models.Model):
    """What a place is about ("Gardening and nature", "Arts and making"): people filter the directory by it.

    Separate from the course themes (courses.Theme), which name ideas the course teaches, not things to do."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True, help_text="Used in web addresses. Lowercase, no spaces.")

    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = "community theme"

    def __str__(self) -> str:
        return self.name


class CommunityPlaceQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        return self.filter(live=True)


phone_validator = RegexValidator(
    r"^[0-9+() \-]*$", "Enter a phone number using only digits, spaces, brackets, + and -."
)


class CommunityPlace(PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    name = models.CharField(max_length=160)
    slug = models.SlugField(
        max_length=100, unique=True, help_text="Used in the entry's web address. Lowercase, no spaces. Keep it stable."
    )
    summary = models.CharField(
        "What happens there", max_length=300, help_text="One or two plain sentences, shown in the list."
    )
    description = RichTextField(
        "More about it", features=DESCRIPTION_FEATURES, blank=True, help_text="What a first visit is like, in full."
    )
    is_example = models.BooleanField(
        "This is a made-up example",
        default=False,
        help_text="Example entries say on their page that they are not real. Delete them once your own are in.",
    )
    when = models.CharField(
        "When", max_length=200, blank=True, help_text="In plain words, for example “Tuesdays 10am to 12pm”."
    )
    days = models.CharField(
        "Days it happens",
        max_length=27,
        blank=True,
        validators=[_validate_days],
        help_text="So people can find places open on a day that suits them. Leave empty if it varies.",
    )
    address = models.TextField("Where", blank=True, help_text="The address, or the area it covers.")
    map_url = models.URLField("Map link", blank=True, help_text="Optional: a link to the place on a map.")
    cost = models.CharField(max_length=10, choices=Cost.choices, default=Cost.FREE)
    cost_note = models.CharField(
        "About the cost", max_length=200, blank=True, help_text="For example “£2 for tea and cake, pay what you can”."
    )
    phone = models.CharField(max_length=40, blank=True, validators=[phone_validator])
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    accessibility = models.TextField(
        "Accessibility notes",
        blank=True,
        help_text="Step-free access, toilets, quiet space, hearing loop, parking: what someone might want to know.",
    )
    who_it_suits = models.TextField("Who it might suit", blank=True)
    themes = ParentalManyToManyField(PlaceTheme, blank=True, related_name="places")
    last_checked_on = models.DateField(
        "Last checked", default=timezone.localdate, help_text="When someone last checked these details are right."
    )
    last_checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="communityplace")

    objects = CommunityPlaceQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("when"),
        index.SearchField("address"),
        index.SearchField("who_it_suits"),
        index.SearchField("accessibility"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("live"),
        index.FilterField("days"),
        index.FilterField("cost"),
        index.FilterField("accessibility"),
        index.FilterField("name"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "community place"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"/community/{self.slug}/"

    @property
    def day_codes(self) -> list[str]:
        return [code for code in self.days.split(",") if code]

    @property
    def day_names(self) -> list[str]:
        return [Day(code).label for code in self.day_codes if code in WEEK_ORDER]

    @property
    def is_stale(self) -> bool:
        """Not checked for more than twelve months: its page says the details may have changed."""
        return self.last_checked_on < a_year_before(timezone.localdate())

    def get_preview_template(self, request, mode_name):
        return "community/place_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"place": self}
