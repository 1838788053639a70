# 0007_session_rhythm (owner: sessions). One link in a fixed chain of parallel work: keep the dependencies,
# fill the operations.
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0006_group_questions"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="livesession",
            name="catch_up_notes",
            field=models.TextField(blank=True, verbose_name="what we covered"),
        ),
        migrations.AddField(
            model_name="livesession",
            name="recording_url",
            field=models.URLField(blank=True, verbose_name="recording link"),
        ),
        migrations.AddField(
            model_name="livesession",
            name="reflection_prompt",
            field=models.CharField(blank=True, max_length=150, verbose_name="something to reflect on"),
        ),
        migrations.CreateModel(
            name="SessionCheckIn",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("said_at", models.DateTimeField(default=django.utils.timezone.now)),
                (
                    "session",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="check_ins",
                        to="cohorts.livesession",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="session_check_ins",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("session", "user"), name="one_check_in_per_person_per_session")
                ],
            },
        ),
    ]
