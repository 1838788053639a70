# 0009_digests (owner: worker): who was sent which week's digest.
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0008_try_commitments"),
        ("cohorts", "0008_session_reminders"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="DigestSent",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("week_starting", models.DateField(help_text="The Monday of the week the digest was about.")),
                ("announcements", models.PositiveIntegerField(default=0)),
                ("responses", models.PositiveIntegerField(default=0)),
                ("sent_at", models.DateTimeField(auto_now_add=True)),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="digests_sent",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-week_starting", "-id"],
                "constraints": [
                    models.UniqueConstraint(fields=("user", "week_starting"), name="one_digest_per_person_week")
                ],
            },
        ),
    ]
