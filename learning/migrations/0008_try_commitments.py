# 0008_try_commitments (owner: tries). One link in a fixed chain of parallel work: keep the dependencies, fill the operations.
import datetime

import django.db.models.deletion
from django.db import migrations, models

ASK_AFTER = datetime.timedelta(days=7)


def ask_about_earlier_actions(apps, schema_editor):
    """Actions written before "Try this week" came back are asked about a week after they were written, as new ones
    followed self-paced are: every action to try has a moment to ask."""
    JournalEntry = apps.get_model("learning", "JournalEntry")
    for entry in JournalEntry.objects.filter(kind="action", ask_from__isnull=True).only("pk", "created_at"):
        JournalEntry.objects.filter(pk=entry.pk).update(ask_from=entry.created_at + ASK_AFTER)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0007_connections"),
        ("cohorts", "0007_session_rhythm"),
    ]

    operations = [
        migrations.AddField(
            model_name="journalentry",
            name="ask_from",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="journalentry",
            name="ask_session",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="cohorts.livesession",
            ),
        ),
        migrations.AddField(
            model_name="journalentry",
            name="let_go_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="journalentry",
            name="outcome_choice",
            field=models.CharField(
                blank=True,
                choices=[
                    ("went_well", "It went well"),
                    ("gave_it_a_go", "I gave it a go – it was harder than I thought"),
                    ("not_yet", "Not yet – maybe another time"),
                ],
                max_length=12,
                verbose_name="how it went",
            ),
        ),
        migrations.AddField(
            model_name="journalentry",
            name="small_win_from",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="small_wins",
                to="learning.journalentry",
            ),
        ),
        migrations.AddField(
            model_name="journalentry",
            name="try_block_id",
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.AddConstraint(
            model_name="journalentry",
            constraint=models.UniqueConstraint(
                condition=models.Q(("try_block_id", ""), _negated=True),
                fields=("author", "lesson", "try_block_id"),
                name="one_try_per_person_per_block",
            ),
        ),
        migrations.AddConstraint(
            model_name="journalentry",
            constraint=models.UniqueConstraint(
                condition=models.Q(("small_win_from__isnull", False)),
                fields=("small_win_from",),
                name="one_small_win_per_try",
            ),
        ),
        migrations.RunPython(ask_about_earlier_actions, migrations.RunPython.noop),
    ]
