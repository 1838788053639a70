"""How information is shared: the duty-of-care statement editors set in the CMS, with a kind default wording."""

import django.db.models.deletion
from django.db import migrations, models

DEFAULT_STATEMENT = (
    "What you write in your journal is yours. Private entries are read by nobody else, not even your "
    "facilitators.\n\nWhat you share with your group, and anything you tell your facilitators in a "
    "check-in, stays within the group and its facilitators.\n\nThere is one exception. If something you "
    "share makes a facilitator worried that you, or someone else, may be at serious risk of harm, they may "
    "need to pass it on to someone who can help keep people safe, such as a duty worker or the safeguarding "
    "lead for the service.\n\nIf that happens, they will talk to you first wherever they can. They will "
    "tell you what they need to share, who with and why, and they will share only what is needed.\n\nIf you "
    'need help right now, use the "Need support now?" link at the top of every page.'
)


class Migration(migrations.Migration):
    dependencies = [
        ("colearn", "0006_people_without_email"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="SharingStatementSettings",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "statement",
                    models.TextField(
                        default=DEFAULT_STATEMENT,
                        help_text="In plain words: what stays within a group, and when a facilitator would have to "
                        "pass something on. Leave a blank line between paragraphs.",
                    ),
                ),
                (
                    "site",
                    models.OneToOneField(
                        editable=False, on_delete=django.db.models.deletion.CASCADE, to="wagtailcore.site"
                    ),
                ),
            ],
            options={"verbose_name": "How information is shared"},
        ),
    ]
