# 0007_glossary (owner: glossary). One link in a fixed chain of parallel work: keep the dependencies, fill the operations.
"""The glossary editors keep (courses.GlossaryTerm), the "glossary" link in lesson and page rich text, and the Editors
group's permission to keep the glossary up to date.

Editors change terms directly (snippets, no co-production review): a definition is a sentence or two, and a
correction should reach every lesson at once.
"""

import modelsearch.index
import wagtail.fields
from django.db import migrations, models

EDITORS = "Editors"
PERMISSIONS = {
    "add": "Can add glossary term",
    "change": "Can change glossary term",
    "delete": "Can delete glossary term",
}


def give_editors_the_glossary(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    editors = Group.objects.filter(name=EDITORS).first()
    if editors is None:
        return
    # Django creates model permissions only after every migration has run; these are needed now.
    content_type = ContentType.objects.get_or_create(app_label="courses", model="glossaryterm")[0]
    for action, name in PERMISSIONS.items():
        permission = Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_glossaryterm", defaults={"name": name}
        )[0]
        editors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_course_review_by"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="GlossaryTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "term",
                    models.CharField(help_text="The word or phrase, as a lesson uses it.", max_length=80, unique=True),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Used in web addresses and in the course's content files. Lowercase, no spaces.",
                        max_length=80,
                        unique=True,
                    ),
                ),
                (
                    "definition",
                    models.TextField(
                        help_text="One or two short, plain sentences. No other jargon: someone new to services should follow it.",
                        max_length=300,
                    ),
                ),
                (
                    "also_called",
                    models.CharField(
                        blank=True,
                        help_text="Optional: other names people use for it, separated by commas.",
                        max_length=150,
                    ),
                ),
            ],
            options={
                "verbose_name": "glossary term",
                "ordering": ["term"],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.AlterField(
            model_name="homepage",
            name="body",
            field=wagtail.fields.StreamField(
                [("text", 0), ("heading", 3), ("voice", 6), ("callout", 9)],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": ["bold", "italic", "ol", "ul", "link", "document-link", "glossary"],
                            "template": "courses/blocks/text.html",
                        },
                    ),
                    1: ("wagtail.blocks.CharBlock", (), {"max_length": 120}),
                    2: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-heading")],
                            "help_text": "Use a sub-heading only inside a section.",
                        },
                    ),
                    3: ("wagtail.blocks.StructBlock", [[("text", 1), ("level", 2)]], {}),
                    4: ("wagtail.blocks.TextBlock", (), {"help_text": "In the person's own words."}),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "A role, such as 'A peer trainer'. Name a person only with their written agreement.",
                            "max_length": 150,
                        },
                    ),
                    6: ("wagtail.blocks.StructBlock", [[("quote", 4), ("attribution", 5)]], {}),
                    7: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {"choices": [("info", "Good to know"), ("tip", "Tip"), ("important", "Important")]},
                    ),
                    8: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "ol", "ul", "link", "document-link", "glossary"]},
                    ),
                    9: ("wagtail.blocks.StructBlock", [[("tone", 7), ("title", 1), ("text", 8)]], {}),
                },
            ),
        ),
        migrations.AlterField(
            model_name="lessonpage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("text", 0),
                    ("heading", 3),
                    ("image", 6),
                    ("video", 10),
                    ("voice", 13),
                    ("callout", 16),
                    ("content_note", 19),
                    ("activity", 22),
                    ("reflection_prompt", 25),
                    ("take_away_tool", 29),
                    ("try_this_week", 32),
                ],
                block_lookup={
                    0: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": ["bold", "italic", "ol", "ul", "link", "document-link", "glossary"],
                            "template": "courses/blocks/text.html",
                        },
                    ),
                    1: ("wagtail.blocks.CharBlock", (), {"max_length": 120}),
                    2: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-heading")],
                            "help_text": "Use a sub-heading only inside a section.",
                        },
                    ),
                    3: ("wagtail.blocks.StructBlock", [[("text", 1), ("level", 2)]], {}),
                    4: (
                        "wagtail.images.blocks.ImageBlock",
                        [],
                        {"help_text": "Describe the image for people who cannot see it, or mark it decorative."},
                    ),
                    5: ("wagtail.blocks.CharBlock", (), {"max_length": 250, "required": False}),
                    6: ("wagtail.blocks.StructBlock", [[("image", 4), ("caption", 5)]], {}),
                    7: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "What the video is, in a few words.", "max_length": 150},
                    ),
                    8: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {"help_text": "A link to the video on YouTube or Vimeo."},
                    ),
                    9: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": ["bold", "italic", "ol", "ul", "link", "document-link", "glossary"],
                            "help_text": "Required: everything said in the video, and what is shown where it matters.",
                        },
                    ),
                    10: ("wagtail.blocks.StructBlock", [[("title", 7), ("video", 8), ("transcript", 9)]], {}),
                    11: ("wagtail.blocks.TextBlock", (), {"help_text": "In the person's own words."}),
                    12: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "A role, such as 'A peer trainer'. Name a person only with their written agreement.",
                            "max_length": 150,
                        },
                    ),
                    13: ("wagtail.blocks.StructBlock", [[("quote", 11), ("attribution", 12)]], {}),
                    14: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {"choices": [("info", "Good to know"), ("tip", "Tip"), ("important", "Important")]},
                    ),
                    15: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "ol", "ul", "link", "document-link", "glossary"]},
                    ),
                    16: ("wagtail.blocks.StructBlock", [[("tone", 14), ("title", 1), ("text", 15)]], {}),
                    17: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "What the next part covers, said plainly and kindly."},
                    ),
                    18: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "What someone can do instead if they would rather skip it."},
                    ),
                    19: ("wagtail.blocks.StructBlock", [[("about", 17), ("alternative", 18)]], {}),
                    20: (
                        "wagtail.blocks.IntegerBlock",
                        (),
                        {"help_text": "About how long it takes, in minutes.", "max_value": 240, "min_value": 1},
                    ),
                    21: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("live", "In a live session"),
                                ("own", "On your own"),
                                ("either", "On your own or together"),
                            ]
                        },
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("title", 1), ("instructions", 15), ("minutes", 20), ("setting", 21)]],
                        {},
                    ),
                    23: ("wagtail.blocks.CharBlock", (), {"max_length": 300}),
                    24: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "A sentence or two to help someone get started.", "required": False},
                    ),
                    25: ("wagtail.blocks.StructBlock", [[("question", 23), ("guidance", 24)]], {}),
                    26: ("wagtail.blocks.CharBlock", (), {"max_length": 150}),
                    27: (
                        "wagtail.documents.blocks.DocumentChooserBlock",
                        (),
                        {"help_text": "A worksheet, checklist or plan people can print and use."},
                    ),
                    28: ("wagtail.blocks.TextBlock", (), {"help_text": "What it is and how to use it."}),
                    29: ("wagtail.blocks.StructBlock", [[("title", 26), ("document", 27), ("description", 28)]], {}),
                    30: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "One small, concrete thing to try.", "max_length": 200},
                    ),
                    31: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "Why it helps and how to go about it.", "required": False},
                    ),
                    32: ("wagtail.blocks.StructBlock", [[("action", 30), ("detail", 31)]], {}),
                },
            ),
        ),
        migrations.AlterField(
            model_name="standardpage",
            name="body",
            field=wagtail.fields.StreamField(
                [("text", 0), ("heading", 3), ("voice", 6), ("callout", 9)],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": ["bold", "italic", "ol", "ul", "link", "document-link", "glossary"],
                            "template": "courses/blocks/text.html",
                        },
                    ),
                    1: ("wagtail.blocks.CharBlock", (), {"max_length": 120}),
                    2: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [("h2", "Section heading"), ("h3", "Sub-heading")],
                            "help_text": "Use a sub-heading only inside a section.",
                        },
                    ),
                    3: ("wagtail.blocks.StructBlock", [[("text", 1), ("level", 2)]], {}),
                    4: ("wagtail.blocks.TextBlock", (), {"help_text": "In the person's own words."}),
                    5: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "A role, such as 'A peer trainer'. Name a person only with their written agreement.",
                            "max_length": 150,
                        },
                    ),
                    6: ("wagtail.blocks.StructBlock", [[("quote", 4), ("attribution", 5)]], {}),
                    7: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {"choices": [("info", "Good to know"), ("tip", "Tip"), ("important", "Important")]},
                    ),
                    8: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "ol", "ul", "link", "document-link", "glossary"]},
                    ),
                    9: ("wagtail.blocks.StructBlock", [[("tone", 7), ("title", 1), ("text", 8)]], {}),
                },
            ),
        ),
        migrations.RunPython(give_editors_the_glossary, migrations.RunPython.noop),
    ]
