"""Check-ins that close the loop: a state (asked, seen by a facilitator, done) with who and when, and a private
thread of notes. A request resolved before this migration (`resolved_at`) is done, at the same moment."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.db.models import F

import colearn.sanitize


def states_from_timestamps(apps, schema_editor):
    """Every request so far was asked when it was made; one with a resolved (now done) time is done."""
    CheckInRequest = apps.get_model("learning", "CheckInRequest")
    CheckInRequest.objects.update(asked_at=F("created_at"))
    CheckInRequest.objects.filter(done_at__isnull=False).update(state="done")


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0004_stored_html_and_search"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameField(model_name="checkinrequest", old_name="resolved_at", new_name="done_at"),
        migrations.AddField(
            model_name="checkinrequest",
            name="asked_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.AddField(
            model_name="checkinrequest",
            name="state",
            field=models.CharField(
                choices=[("asked", "Asked"), ("seen", "Seen by a facilitator"), ("done", "Done")],
                default="asked",
                max_length=8,
            ),
        ),
        migrations.AddField(
            model_name="checkinrequest",
            name="seen_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="checkinrequest",
            name="seen_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="checkinrequest",
            name="done_by",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(states_from_timestamps, migrations.RunPython.noop),
        migrations.AlterField(model_name="checkinrequest", name="asked_at", field=models.DateTimeField()),
        migrations.AlterModelOptions(name="checkinrequest", options={"ordering": ["-asked_at", "-id"]}),
        migrations.AddIndex(
            model_name="checkinrequest",
            index=models.Index(fields=["cohort", "state", "-asked_at"], name="learning_check_in_group_state"),
        ),
        migrations.CreateModel(
            name="CheckInNote",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("text", models.TextField(help_text="What the person typed, for export.")),
                (
                    "body",
                    colearn.sanitize.SanitisedHTMLField(
                        help_text="The text as rich text, made by the one sanitiser when saved."
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("submission", models.UUIDField(blank=True, editable=False, null=True)),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="check_in_notes",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "check_in",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notes",
                        to="learning.checkinrequest",
                    ),
                ),
            ],
            options={"ordering": ["created_at", "id"]},
        ),
        migrations.AddConstraint(
            model_name="checkinnote",
            constraint=models.UniqueConstraint(
                fields=("author", "submission"), name="one_check_in_note_per_submission"
            ),
        ),
    ]
