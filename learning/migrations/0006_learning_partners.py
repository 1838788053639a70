# Learning partners (issue 11): the partnership, and entries shared with "my learning partner".
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0005_check_in_loop"),
        ("cohorts", "0003_sanitised_announcement_body"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="journalentry",
            name="visibility",
            field=models.CharField(
                choices=[
                    ("private", "Only me"),
                    ("facilitators", "My group’s facilitators"),
                    ("cohort", "My group"),
                    ("partner", "My learning partner"),
                ],
                default="private",
                max_length=12,
            ),
        ),
        migrations.CreateModel(
            name="LearningPartnership",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("invited_at", models.DateTimeField(auto_now_add=True)),
                ("accepted_at", models.DateTimeField(blank=True, null=True)),
                ("declined_at", models.DateTimeField(blank=True, null=True)),
                ("ended_at", models.DateTimeField(blank=True, null=True)),
                (
                    "cohort",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="cohorts.cohort"
                    ),
                ),
                (
                    "invitee",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to=settings.AUTH_USER_MODEL
                    ),
                ),
                (
                    "inviter",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to=settings.AUTH_USER_MODEL
                    ),
                ),
            ],
            options={"ordering": ["-invited_at"]},
        ),
        migrations.AddField(
            model_name="journalentry",
            name="partnership",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="learning.learningpartnership",
            ),
        ),
        migrations.AddIndex(
            model_name="learningpartnership",
            index=models.Index(fields=["invitee", "cohort"], name="learning_partner_invitee"),
        ),
        migrations.AddConstraint(
            model_name="learningpartnership",
            constraint=models.CheckConstraint(
                condition=models.Q(("inviter", models.F("invitee")), _negated=True), name="a_partner_is_someone_else"
            ),
        ),
        migrations.AddConstraint(
            model_name="learningpartnership",
            constraint=models.UniqueConstraint(
                condition=models.Q(("declined_at__isnull", True), ("ended_at__isnull", True)),
                fields=("cohort", "inviter"),
                name="one_open_invitation_per_inviter_per_group",
            ),
        ),
        migrations.AddConstraint(
            model_name="learningpartnership",
            constraint=models.UniqueConstraint(
                condition=models.Q(
                    ("accepted_at__isnull", False), ("declined_at__isnull", True), ("ended_at__isnull", True)
                ),
                fields=("cohort", "invitee"),
                name="one_partnership_per_invitee_per_group",
            ),
        ),
    ]
