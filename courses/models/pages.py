from django import forms
from django.core.paginator import Paginator
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from courses.blocks import (
    RICH_TEXT_FEATURES,
    CalloutBlock,
    EasyReadStreamBlock,
    HeadingBlock,
    LessonStreamBlock,
    VoiceBlock,
)
from courses.content_checks import ContentChecksPanel, preview_with_checks
from courses.models.credits import credits_panel


class GeneralStreamBlock(blocks.StreamBlock):
    """For pages that are not lessons: the home page, the support page, an about page."""

    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="courses/blocks/text.html")
    heading = HeadingBlock()
    voice = VoiceBlock()
    callout = CalloutBlock()


class SitePage(Page):
    """What every page of the site shares: view restrictions found without a query when none can apply."""

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        from courses.selectors import may_be_restricted

        if not may_be_restricted(page=self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve_preview(self, request, mode_name):
        return preview_with_checks(page=self, response=super().serve_preview(request, mode_name))


class HomePage(SitePage):
    introduction = models.TextField(help_text="A welcome of two or three sentences under the page title.")
    body = StreamField(GeneralStreamBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "courses.StandardPage"]
    max_count = 1

    def route(self, request, path_components):
        """The site's root page finds a page by its address in one query, instead of one or two per level of the
        tree. The page still routes itself, so a draft is a 404 as before; an address that matches no page
        takes Wagtail's own path, for the same 404."""
        from courses.selectors import page_at

        page = page_at(root=self, path_components=path_components) if path_components else None
        if page is None:
            return super().route(request, path_components)
        return page.route(request, [])

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import featured_courses

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = featured_courses()
        return context


class StandardPage(SitePage):
    """A plain page editors manage, such as "Need support now?" or "About Colearn"."""

    introduction = models.TextField(blank=True)
    body = StreamField(GeneralStreamBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.HomePage", "courses.StandardPage"]
    subpage_types = ["courses.StandardPage"]


class CourseIndexPage(SitePage):
    """The catalogue at /courses/."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1
    courses_per_page = 12

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue, themes_in_use

        context = super().get_context(request, *args, **kwargs)
        themes = themes_in_use()
        wanted = request.GET.get("theme", "")
        theme = next((t for t in themes if t.slug == wanted), None)
        context["themes"] = themes
        context["theme"] = theme
        context["unknown_theme"] = bool(wanted) and theme is None
        paginator = Paginator(catalogue(index=self, theme=theme), self.courses_per_page)
        context["courses"] = paginator.get_page(request.GET.get("page"))
        return context


class CoursePage(SitePage):
    summary = models.TextField(max_length=400, help_text="Two or three plain sentences for the catalogue.")
    who_it_is_for = RichTextField(features=RICH_TEXT_FEATURES, help_text="Who will get most from the course.")
    course_format = models.CharField(
        "format",
        max_length=200,
        help_text="How it runs, e.g. 'Online, at your own pace or with a group'.",
    )
    time_needed = models.CharField(max_length=200, help_text="e.g. 'About 8 hours, over 6 to 8 weeks'.")
    themes = ParentalManyToManyField("courses.Theme", blank=True, related_name="courses")
    review_by = models.DateField(
        "review by",
        null=True,
        blank=True,
        help_text="When should someone read this course again to check it is still right?",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("who_it_is_for"),
        InlinePanel(
            "capabilities",
            label="What you will be able to do",
            min_num=1,
            help_text="Each is a statement a learner can rate their confidence against.",
        ),
        MultiFieldPanel([FieldPanel("course_format"), FieldPanel("time_needed")], heading="Format"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        credits_panel(),
        FieldPanel("review_by"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("who_it_is_for"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    # A name of where pages may go in the CMS, not an import: the reports app counts people and sits right of courses.
    subpage_types = ["courses.ModulePage", "reports.WhatChangedPage"]

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self)
        return context


class CourseCapability(Orderable):
    """Something a learner will be able to do; confidence check-ins are asked against these."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="capabilities")
    text = models.CharField(
        max_length=250,
        help_text="Starts with a verb, e.g. 'Notice what makes a place hopeful'.",
    )

    panels = [FieldPanel("text")]

    def __str__(self) -> str:
        return self.text


class ModulePage(SitePage):
    summary = models.TextField(max_length=400, help_text="Two or three plain sentences.")
    introduction = RichTextField(features=RICH_TEXT_FEATURES)
    estimated_minutes = models.PositiveSmallIntegerField(help_text="About how long the whole module takes.")
    content_note = models.TextField(
        blank=True,
        help_text="If the module touches on hard experiences, say so plainly and kindly here.",
    )
    theme = models.ForeignKey(
        "courses.Theme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="modules",
    )

    content_panels = Page.content_panels + [
        ContentChecksPanel(heading="Content checks"),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("estimated_minutes"),
        FieldPanel("content_note"),
        FieldPanel("theme"),
        credits_panel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_position

        context = super().get_context(request, *args, **kwargs)
        context["place"] = lesson_position(page=self)
        return context


class LessonPage(SitePage):
    summary = models.TextField(
        max_length=600,
        help_text="A plain-language summary shown at the top of the lesson.",
    )
    estimated_minutes = models.PositiveSmallIntegerField(help_text="About how long the lesson takes.")
    body = StreamField(LessonStreamBlock())
    easy_read_title = models.CharField(
        max_length=120,
        blank=True,
        help_text="The easy-read version's own title, in everyday words, such as “Places that give hope”.",
    )
    easy_read = StreamField(
        EasyReadStreamBlock(),
        blank=True,
        help_text="Optional: the lesson in short, simple sentences, one idea at a time, each with a picture. The "
        "lesson's reflection prompts and take-away tools are shown after it.",
    )
    sensitive_topics = ParentalManyToManyField(
        "courses.SensitiveTopic",
        blank=True,
        related_name="lessons",
        help_text="Tick any that the lesson covers: it then needs a content note before it starts.",
    )

    content_panels = Page.content_panels + [
        ContentChecksPanel(heading="Content checks"),
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("sensitive_topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("easy_read_title"), FieldPanel("easy_read")], heading="Easy read"),
        credits_panel(),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("easy_read"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    def get_context(self, request, *args, **kwargs):
        from courses.glossary import lesson_terms, live_lesson_terms
        from courses.selectors import lesson_position

        context = super().get_context(request, *args, **kwargs)
        context["place"] = lesson_position(page=self)
        context["easy_read_requested"] = self.has_easy_read and request.GET.get("version") == "easy-read"
        # A preview links the words being edited; the published lesson's are the same for everyone.
        terms = lesson_terms if self.pk is None or getattr(request, "is_preview", False) else live_lesson_terms
        context["glossary_terms"] = terms(lesson=self, easy_read=context["easy_read_requested"])
        return context

    @property
    def preview_modes(self):
        from courses.learner_preview import PREVIEW_MODES

        return PREVIEW_MODES

    def get_preview_context(self, request, mode_name):
        from courses.learner_preview import preview_context

        return preview_context(lesson=self, mode=mode_name, context=super().get_preview_context(request, mode_name))

    @property
    def has_easy_read(self) -> bool:
        # Read off the raw blocks: asked on every lesson page, it need not build each idea's rich text to know.
        return any(str(idea["value"].get("text") or "").strip() for idea in self.easy_read.raw_data)

    @property
    def easy_read_heading(self) -> str:
        return self.easy_read_title or f"{self.title} (easy read)"

    def easy_read_extras(self) -> list:
        """What the easy-read version keeps from the full lesson: its reflection prompts and take-away tools."""
        return [block for block in self.body if block.block_type in {"reflection_prompt", "take_away_tool"}]

    def reflection_prompts(self) -> list:
        """The lesson's prompts with their stable ids, for linking journal answers."""
        return [block for block in self.body if block.block_type == "reflection_prompt"]
