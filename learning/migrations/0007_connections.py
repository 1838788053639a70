# 0007_connections (owner: connections). One link in a fixed chain of parallel work: keep the dependencies, fill the operations.
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0006_learning_partners"),
        ("community", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="journalentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("reflection", "Reflection"),
                    ("small_win", "Small win"),
                    ("action", "Action to try"),
                    ("connection", "Community connection"),
                ],
                default="reflection",
                max_length=12,
            ),
        ),
        migrations.CreateModel(
            name="Connection",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=160)),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("thinking", "Thinking about it"),
                            ("been_once", "Been once"),
                            ("regular", "Going regularly"),
                            ("helping", "Helping out"),
                        ],
                        default="thinking",
                        max_length=12,
                    ),
                ),
                ("went_with", models.CharField(blank=True, max_length=200, verbose_name="who went with you")),
                ("how_it_felt", models.TextField(blank=True, verbose_name="how it felt")),
                ("next_step", models.CharField(blank=True, max_length=300, verbose_name="the next small step")),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("last_activity_at", models.DateTimeField(db_index=True)),
                ("submission", models.UUIDField(blank=True, editable=False, null=True)),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="connections",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "place",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="community.communityplace",
                    ),
                ),
            ],
            options={"ordering": ["-last_activity_at", "-id"]},
        ),
        migrations.AddField(
            model_name="journalentry",
            name="connection",
            field=models.OneToOneField(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="journal_entry",
                to="learning.connection",
            ),
        ),
        migrations.CreateModel(
            name="ConnectionUpdate",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("thinking", "Thinking about it"),
                            ("been_once", "Been once"),
                            ("regular", "Going regularly"),
                            ("helping", "Helping out"),
                        ],
                        max_length=12,
                    ),
                ),
                ("next_step", models.CharField(blank=True, max_length=300)),
                ("created_at", models.DateTimeField(auto_now_add=True, db_index=True)),
                (
                    "connection",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="updates", to="learning.connection"
                    ),
                ),
            ],
            options={"ordering": ["-created_at", "-id"]},
        ),
        migrations.AddIndex(
            model_name="connection",
            index=models.Index(fields=["author", "-last_activity_at", "-id"], name="learning_connection_newest"),
        ),
        migrations.AddConstraint(
            model_name="connection",
            constraint=models.UniqueConstraint(fields=("author", "submission"), name="one_connection_per_submission"),
        ),
    ]
