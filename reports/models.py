from django.core.exceptions import ValidationError
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.models.pages import SitePage


class Report(models.Model):
    """No table: it only carries the "Can view reports" permission, which admins give to a group in the Wagtail
    admin (Settings → Groups) so people other than superusers can read the reports."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_report", "Can view reports")]
        verbose_name = "report"

    def __str__(self) -> str:
        return "Reports"


class YouSaidWeDidBlock(blocks.StructBlock):
    said = blocks.TextBlock(
        label="You said",
        help_text="What people told us, summed up in a sentence or two. Never quote anyone in a way that could "
        "show who they are.",
    )
    did = blocks.TextBlock(label="We did", help_text="What we changed because of it, or what we are doing now.")

    class Meta:
        icon = "openquote"
        label = "You said, we did"


# (key, the page's field for it): the figures an editor can choose, in the order the page shows them.
FIGURE_FIELDS = [
    ("people", "show_people"),
    ("mix", "show_mix"),
    ("lessons", "show_lessons"),
    ("finished", "show_finished"),
    ("sessions", "show_sessions"),
    ("steps", "show_steps"),
    ("confidence", "show_confidence"),
]


class WhatChangedPage(SitePage):
    """A course's public "What changed" page: what editors did about what people told them, with the figures they
    choose for the course. Every figure comes from the admin reports' selectors, through reports.gate; this page
    stores only editors' words and choices."""

    introduction = models.TextField(help_text="A few plain sentences: what this page is about and who it is for.")
    figures_from = models.DateField(
        "first day", help_text="The figures count what people did from this day (included)."
    )
    figures_to = models.DateField(
        "last day",
        help_text="…up to and including this day. A day still to come is fine: the figures then grow as the days "
        "go by.",
    )
    show_people = models.BooleanField("People who took part (members who joined each group)", default=False)
    show_mix = models.BooleanField("Mix of perspectives (how members come to the course)", default=False)
    show_lessons = models.BooleanField("Lessons and modules done", default=False)
    show_finished = models.BooleanField("Courses finished", default=False)
    show_sessions = models.BooleanField("Sessions attended", default=False)
    show_steps = models.BooleanField(
        "Small steps (small wins, actions tried and how they went, community connections)", default=False
    )
    show_confidence = models.BooleanField(
        "Confidence: how people's own ratings changed, for each thing the course helps them do", default=False
    )
    you_said_we_did = StreamField(
        [("pair", YouSaidWeDidBlock())],
        blank=True,
        help_text="Each pair: something people told us, and what we did about it.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("you_said_we_did"),
        MultiFieldPanel(
            [FieldPanel("figures_from"), FieldPanel("figures_to")],
            heading="The days the figures cover",
        ),
        MultiFieldPanel(
            [FieldPanel(name) for _, name in FIGURE_FIELDS],
            heading="Which figures to show",
            help_text="All for this course only. A figure is shown only when at least five people stand behind "
            "it; otherwise it reads “fewer than 5”.",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("you_said_we_did"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "“What changed” page"

    def clean(self):
        super().clean()
        if self.figures_from and self.figures_to and self.figures_to < self.figures_from:
            raise ValidationError({"figures_to": "The last day must be the same as the first day or after it."})

    def chosen_figures(self) -> list[str]:
        return [key for key, name in FIGURE_FIELDS if getattr(self, name)]

    def get_context(self, request, *args, **kwargs):
        from reports.what_changed import page_figures

        context = super().get_context(request, *args, **kwargs)
        context.update(page_figures(page=self))
        return context
