from django.db import models
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
