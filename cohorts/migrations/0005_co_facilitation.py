# Co-facilitation as a pair: the staff role's label, facilitators' shared notes, and who facilitated each session.
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import colearn.sanitize


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0004_profile_sharing"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="membership",
            name="role",
            field=models.CharField(
                choices=[
                    ("member", "Member"),
                    ("facilitator", "Staff facilitator"),
                    ("peer_facilitator", "Peer facilitator"),
                ],
                default="member",
                max_length=20,
            ),
        ),
        migrations.CreateModel(
            name="FacilitatorNote",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "text",
                    models.TextField(
                        help_text="What the facilitator typed, with its light formatting, for editing and export."
                    ),
                ),
                (
                    "body",
                    colearn.sanitize.SanitisedHTMLField(
                        help_text="The text as rich text, made by the one sanitiser when saved."
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="facilitator_notes",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "cohort",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="facilitator_notes",
                        to="cohorts.cohort",
                    ),
                ),
            ],
            options={
                "ordering": ["-created_at", "-id"],
                "indexes": [models.Index(fields=["cohort", "-created_at", "-id"], name="cohorts_note_cohort_newest")],
            },
        ),
        migrations.CreateModel(
            name="SessionFacilitation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "role",
                    models.CharField(
                        choices=[("facilitator", "Staff facilitator"), ("peer_facilitator", "Peer facilitator")],
                        max_length=20,
                    ),
                ),
                ("minutes", models.PositiveSmallIntegerField()),
                ("recorded_at", models.DateTimeField(auto_now=True)),
                (
                    "facilitator",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="facilitation",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "session",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="facilitation",
                        to="cohorts.livesession",
                    ),
                ),
            ],
            options={
                "ordering": ["session__starts_at"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("session", "facilitator"), name="one_facilitation_per_person_per_session"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("minutes__gte", 1), ("minutes__lte", 1440)),
                        name="facilitation_minutes_in_a_day",
                    ),
                ],
            },
        ),
    ]
