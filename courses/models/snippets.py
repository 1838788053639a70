from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Theme(index.Indexed, models.Model):
    """A thread that runs through courses, such as community bridge-building. Learners filter the catalogue by it."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="Used in web addresses. Lowercase, no spaces.",
    )
    description = models.TextField(blank=True, help_text="One or two sentences shown in the catalogue.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class WordToAvoid(index.Indexed, models.Model):
    """A word or phrase that labels or blames people. The content checks flag it wherever a page uses it, with why
    it hurts and what to say instead; editors keep the list."""

    phrase = models.CharField(
        "word or phrase",
        max_length=100,
        help_text="As it is usually written, e.g. 'service user'. Found as whole words, in any case, and plurals too.",
    )
    why = models.TextField("why it hurts", help_text="A sentence or two, said kindly, for the editor who used it.")
    better = models.TextField(
        "better words",
        help_text="What to write instead, e.g. 'people who use services', or the person's name.",
    )

    panels = [FieldPanel("phrase"), FieldPanel("why"), FieldPanel("better")]
    search_fields = [index.SearchField("phrase"), index.AutocompleteField("phrase")]

    class Meta:
        ordering = ["phrase"]
        verbose_name = "word to avoid"
        verbose_name_plural = "words to avoid"
        constraints = [
            models.UniqueConstraint(
                Lower("phrase"),
                name="courses_wordtoavoid_unique_phrase",
                violation_error_message="This word or phrase is already on the list.",
            )
        ]

    def __str__(self) -> str:
        return self.phrase

    def clean(self):
        self.phrase = " ".join(self.phrase.split())
        if not any(character.isalnum() for character in self.phrase):
            raise ValidationError({"phrase": "Type a word or phrase, with at least one letter."})


class SensitiveTopic(models.Model):
    """Something a lesson covers that can be hard to read about. A lesson tagged with one needs a content note."""

    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(
        blank=True,
        help_text="What a content note for this topic might mention, to help editors write one.",
    )

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
