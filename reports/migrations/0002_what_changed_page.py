# 0002_what_changed_page (owner: whatchanged). One link in a fixed chain of parallel work: keep the dependencies, fill the operations.
import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("courses", "0007_glossary"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="WhatChangedPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "introduction",
                    models.TextField(help_text="A few plain sentences: what this page is about and who it is for."),
                ),
                (
                    "figures_from",
                    models.DateField(
                        help_text="The figures count what people did from this day (included).",
                        verbose_name="first day",
                    ),
                ),
                (
                    "figures_to",
                    models.DateField(
                        help_text="…up to and including this day. A day still to come is fine: the figures then grow "
                        "as the days go by.",
                        verbose_name="last day",
                    ),
                ),
                (
                    "show_people",
                    models.BooleanField(
                        default=False, verbose_name="People who took part (members who joined each group)"
                    ),
                ),
                (
                    "show_mix",
                    models.BooleanField(
                        default=False, verbose_name="Mix of perspectives (how members come to the course)"
                    ),
                ),
                ("show_lessons", models.BooleanField(default=False, verbose_name="Lessons and modules done")),
                ("show_finished", models.BooleanField(default=False, verbose_name="Courses finished")),
                ("show_sessions", models.BooleanField(default=False, verbose_name="Sessions attended")),
                (
                    "show_steps",
                    models.BooleanField(
                        default=False,
                        verbose_name="Small steps (small wins, actions tried and how they went, community connections)",
                    ),
                ),
                (
                    "show_confidence",
                    models.BooleanField(
                        default=False,
                        verbose_name="Confidence: how people's own ratings changed, for each thing the course helps "
                        "them do",
                    ),
                ),
                (
                    "you_said_we_did",
                    wagtail.fields.StreamField(
                        [("pair", 2)],
                        blank=True,
                        block_lookup={
                            0: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {
                                    "help_text": "What people told us, summed up in a sentence or two. Never quote "
                                    "anyone in a way that could show who they are.",
                                    "label": "You said",
                                },
                            ),
                            1: (
                                "wagtail.blocks.TextBlock",
                                (),
                                {
                                    "help_text": "What we changed because of it, or what we are doing now.",
                                    "label": "We did",
                                },
                            ),
                            2: ("wagtail.blocks.StructBlock", [[("said", 0), ("did", 1)]], {}),
                        },
                        help_text="Each pair: something people told us, and what we did about it.",
                    ),
                ),
            ],
            options={
                "verbose_name": "“What changed” page",
            },
            bases=("wagtailcore.page",),
        ),
    ]
