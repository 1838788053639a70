from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

DEFINITION_MAX_LENGTH = 300


class GlossaryTerm(index.Indexed, models.Model):
    """A word a lesson may use, with a plain definition a learner can open where the word appears.

    Lessons link to a term through rich text (`<a linktype="glossary" id="…" slug="…">`, see courses.glossary); the
    definition is read from here each time a page is rendered, so correcting it corrects every lesson at once.
    """

    term = models.CharField(max_length=80, unique=True, help_text="The word or phrase, as a lesson uses it.")
    slug = models.SlugField(
        max_length=80,
        unique=True,
        help_text="Used in web addresses and in the course's content files. Lowercase, no spaces.",
    )
    definition = models.TextField(
        max_length=DEFINITION_MAX_LENGTH,
        help_text="One or two short, plain sentences. No other jargon: someone new to services should follow it.",
    )
    also_called = models.CharField(
        max_length=150,
        blank=True,
        help_text="Optional: other names people use for it, separated by commas.",
    )

    panels = [FieldPanel("term"), FieldPanel("slug"), FieldPanel("definition"), FieldPanel("also_called")]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("definition"),
        index.SearchField("also_called"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self) -> str:
        return self.term

    def clean(self) -> None:
        # The disclosure shows exactly this text in the middle of a sentence: a blank one would open onto nothing.
        if self.definition is not None and not self.definition.strip():
            raise ValidationError({"definition": "Write a short, plain definition."})
        self.term = self.term.strip()
        self.definition = self.definition.strip()
        self.also_called = self.also_called.strip()
