"""The easy-read column becomes JSON, after 0009 made every value ideas (a separate migration, so PostgreSQL's type
change does not share a transaction with the rows it converted)."""

import wagtail.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0009_easy_read_ideas"),
    ]

    operations = [
        migrations.AlterField(
            model_name="lessonpage",
            name="easy_read",
            field=wagtail.fields.StreamField(
                [("idea", 2)],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {
                            "choices": [
                                ("person", "One person"),
                                ("people", "People together"),
                                ("talk", "Talking"),
                                ("listen", "Listening"),
                                ("heart", "Feelings and care"),
                                ("help", "Help and support"),
                                ("place", "A place or service"),
                                ("welcome", "Arriving, welcome"),
                                ("community", "The community, outdoors"),
                                ("tea", "A cup of tea, a café"),
                                ("question", "A question"),
                                ("idea", "An idea, noticing"),
                                ("hope", "Hope, a new day"),
                                ("steps", "Small steps"),
                                ("calendar", "A day or a week"),
                                ("write", "Writing, your journal"),
                                ("private", "Private"),
                                ("yes", "Yes, that is right"),
                                ("no", "No, not that"),
                            ],
                            "help_text": "A simple picture that shows the idea. Every idea needs one (the content checks will ask).",
                            "required": False,
                        },
                    ),
                    1: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "features": ["bold", "link", "glossary"],
                            "help_text": "One idea, in short sentences of 15 words or fewer.",
                        },
                    ),
                    2: ("wagtail.blocks.StructBlock", [[("picture", 0), ("text", 1)]], {}),
                },
                help_text="Optional: the lesson in short, simple sentences, one idea at a time, each with a picture. The lesson's reflection prompts and take-away tools are shown after it.",
            ),
        ),
    ]
