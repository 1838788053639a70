# Questions to a group's facilitators, and their answers (owner: qa). One link in a fixed chain of parallel work.
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import colearn.sanitize


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0005_co_facilitation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="GroupQuestion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("text", models.TextField(help_text="What the person typed, for export.")),
                (
                    "body",
                    colearn.sanitize.SanitisedHTMLField(
                        help_text="The text as rich text, made by the one sanitiser when saved."
                    ),
                ),
                ("show_name", models.BooleanField(default=False, verbose_name="show my name to the group")),
                ("asked_at", models.DateTimeField(auto_now_add=True)),
                ("hidden_at", models.DateTimeField(blank=True, null=True)),
                ("hidden_reason", models.CharField(blank=True, max_length=300)),
                ("submission", models.UUIDField(blank=True, editable=False, null=True)),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="group_questions",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "cohort",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="questions", to="cohorts.cohort"
                    ),
                ),
                (
                    "hidden_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={"ordering": ["-asked_at", "-id"]},
        ),
        migrations.CreateModel(
            name="GroupAnswer",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("text", models.TextField(help_text="What the facilitator typed, for export.")),
                (
                    "body",
                    colearn.sanitize.SanitisedHTMLField(
                        help_text="The text as rich text, made by the one sanitiser when saved."
                    ),
                ),
                ("answered_at", models.DateTimeField(auto_now_add=True)),
                ("submission", models.UUIDField(blank=True, editable=False, null=True)),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="group_answers",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="facilitator",
                    ),
                ),
                (
                    "question",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="answers", to="cohorts.groupquestion"
                    ),
                ),
            ],
            options={"ordering": ["answered_at", "id"]},
        ),
        migrations.AddIndex(
            model_name="groupquestion",
            index=models.Index(fields=["cohort", "-asked_at"], name="cohorts_question_newest"),
        ),
        migrations.AddConstraint(
            model_name="groupquestion",
            constraint=models.UniqueConstraint(fields=("author", "submission"), name="one_question_per_submission"),
        ),
        migrations.AddConstraint(
            model_name="groupanswer",
            constraint=models.UniqueConstraint(fields=("author", "submission"), name="one_answer_per_submission"),
        ),
    ]
