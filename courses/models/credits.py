"""Who wrote and reviewed a page: co-production made visible, each person in the words they chose."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

CREDITS_HELP = (
    "Name the people who wrote or reviewed this page, with the role each chose to show. "
    "Tick 'anonymous' if someone asked not to be named."
)


class PageCredit(Orderable):
    """One person credited on a course, module or lesson page, as an editor typed them.

    Deliberately not linked to anyone's account: contributors may have no account, and a credit says what the
    person agreed to have shown, which an account's name may not be. The key is to the base Page so that every
    page type shares one table and Wagtail saves, revisions, previews and copies the credits with the page.
    """

    AUTHOR = "author"
    REVIEWER = "reviewer"

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="credits")
    name = models.CharField(
        max_length=100,
        blank=True,
        help_text="As the person wants it shown. If they asked to be anonymous, it is seen only by editors.",
    )
    role = models.CharField(
        max_length=100,
        blank=True,
        help_text="The role they chose to show, such as peer trainer, practitioner or carer, or their own words. "
        "Leave it empty to show just the name.",
    )
    contribution = models.CharField(
        max_length=20,
        choices=[(AUTHOR, "Co-author"), (REVIEWER, "Reviewer")],
        default=AUTHOR,
    )
    anonymous = models.BooleanField(
        "anonymous",
        default=False,
        help_text="The page shows only the role, or “Someone who asked not to be named”.",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("contribution"), FieldPanel("anonymous")]

    class Meta(Orderable.Meta):
        verbose_name = "credit"

    def __str__(self) -> str:
        return self.shown_as

    def clean(self) -> None:
        super().clean()
        self.name, self.role = self.name.strip(), self.role.strip()
        if not self.name and not self.anonymous:
            raise ValidationError(
                {"name": "Type the person’s name, or tick ‘anonymous’ if they asked not to be named."}
            )

    @property
    def shown_as(self) -> str:
        """The credit as the public page shows it: an anonymous credit never shows the name."""
        if self.anonymous:
            role = self.role[:1].upper() + self.role[1:]
            return f"{role} (credited anonymously)" if role else "Someone who asked not to be named"
        return f"{self.name}, {self.role}" if self.role else self.name


def credits_panel() -> InlinePanel:
    return InlinePanel("credits", label="Credit", heading="Who wrote and reviewed this page", help_text=CREDITS_HELP)
