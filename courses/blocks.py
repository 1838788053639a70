"""The building blocks editors use to write a lesson.

Each block renders from its own template in templates/courses/blocks/. Blocks are editor content (trusted,
published through the co-production review) — never anything a learner types.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from courses.easy_read import PICTOGRAM_CHOICES, PICTOGRAMS, pictogram_url

# Kept deliberately small: headings come from the heading block so the page outline stays sound. "glossary" links a
# word to its plain definition (courses.glossary).
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link", "glossary"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading")],
        default="h2",
        help_text="Use a sub-heading only inside a section.",
    )

    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Describe the image for people who cannot see it, or mark it decorative.")
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "courses/blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150, help_text="What the video is, in a few words.")
    video = EmbedBlock(help_text="A link to the video on YouTube or Vimeo.")
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        help_text="Required: everything said in the video, and what is shown where it matters.",
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"


class VoiceBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text="In the person's own words.")
    attribution = blocks.CharBlock(
        max_length=150,
        help_text="A role, such as 'A peer trainer'. Name a person only with their written agreement.",
    )

    class Meta:
        icon = "openquote"
        label = "Voice or quote"
        template = "courses/blocks/voice.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", "Good to know"), ("tip", "Tip"), ("important", "Important")],
        default="info",
    )
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "info-circle"
        template = "courses/blocks/callout.html"


class ContentNoteBlock(blocks.StructBlock):
    about = blocks.TextBlock(help_text="What the next part covers, said plainly and kindly.")
    alternative = blocks.TextBlock(help_text="What someone can do instead if they would rather skip it.")
    skip_to = blocks.CharBlock(
        required=False,
        max_length=120,
        label="Part to skip to",
        help_text="The heading or activity title after the hard part, typed as it appears, e.g. “After things "
        "settle”. The note links straight to it.",
    )

    class Meta:
        icon = "warning"
        label = "Content note"
        template = "courses/blocks/content_note.html"


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    instructions = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    minutes = blocks.IntegerBlock(min_value=1, max_value=240, help_text="About how long it takes, in minutes.")
    setting = blocks.ChoiceBlock(
        choices=[
            ("live", "In a live session"),
            ("own", "On your own"),
            ("either", "On your own or together"),
        ],
        default="either",
    )

    class Meta:
        icon = "group"
        template = "courses/blocks/activity.html"


class ReflectionPromptBlock(blocks.StructBlock):
    """A question to answer in the journal.

    The block's own id (a UUID Wagtail keeps across revisions) is the prompt's stable identity: journal
    answers link to it, and keep a copy of the wording in case an editor later changes it.
    """

    question = blocks.CharBlock(max_length=300)
    guidance = blocks.TextBlock(required=False, help_text="A sentence or two to help someone get started.")

    class Meta:
        icon = "help"
        label = "Reflection prompt"
        template = "courses/blocks/reflection_prompt.html"


class TakeAwayToolBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=150)
    document = DocumentChooserBlock(help_text="A worksheet, checklist or plan people can print and use.")
    description = blocks.TextBlock(help_text="What it is and how to use it.")

    class Meta:
        icon = "doc-full"
        label = "Take-away tool"
        template = "courses/blocks/take_away_tool.html"


class TryThisWeekBlock(blocks.StructBlock):
    action = blocks.CharBlock(max_length=200, help_text="One small, concrete thing to try.")
    detail = blocks.TextBlock(required=False, help_text="Why it helps and how to go about it.")

    class Meta:
        icon = "pick"
        label = "Try this week"
        template = "courses/blocks/try_this_week.html"


class LessonStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="courses/blocks/text.html")
    heading = HeadingBlock()
    image = FigureBlock()
    video = VideoBlock()
    voice = VoiceBlock()
    callout = CalloutBlock()
    content_note = ContentNoteBlock()
    activity = ActivityBlock()
    reflection_prompt = ReflectionPromptBlock()
    take_away_tool = TakeAwayToolBlock()
    try_this_week = TryThisWeekBlock()

    def clean(self, value):
        cleaned = super().clean(value)
        if cleaned and cleaned[-1].block_type == "content_note":
            message = "A content note comes before the material it describes, not at the very end."
            raise blocks.StreamBlockValidationError(non_block_errors=ErrorList([ValidationError(message)]))
        return cleaned


class EasyReadIdeaBlock(blocks.StructBlock):
    """One idea of an easy-read version: a few short sentences beside one picture."""

    picture = blocks.ChoiceBlock(
        choices=PICTOGRAM_CHOICES,
        required=False,
        help_text="A simple picture that shows the idea. Every idea needs one (the content checks will ask).",
    )
    text = blocks.RichTextBlock(
        features=["bold", "link", "glossary"],
        help_text="One idea, in short sentences of 15 words or fewer.",
    )

    class Meta:
        icon = "image"
        label = "Idea"
        template = "courses/blocks/easy_read_idea.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        name = value.get("picture")
        if name in PICTOGRAMS:
            context["picture"] = {"url": pictogram_url(name), "alt": PICTOGRAMS[name].alt}
        return context


class EasyReadStreamBlock(blocks.StreamBlock):
    idea = EasyReadIdeaBlock()
