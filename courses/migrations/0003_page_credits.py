# 0003_page_credits (owner: credits). A link in a fixed chain of parallel work: keep the dependencies.
import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_coproduction_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="PageCredit",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "name",
                    models.CharField(
                        blank=True,
                        help_text="As the person wants it shown. If they asked to be anonymous, it is seen only by "
                        "editors.",
                        max_length=100,
                    ),
                ),
                (
                    "role",
                    models.CharField(
                        blank=True,
                        help_text="The role they chose to show, such as peer trainer, practitioner or carer, or their "
                        "own words. Leave it empty to show just the name.",
                        max_length=100,
                    ),
                ),
                (
                    "contribution",
                    models.CharField(
                        choices=[("author", "Co-author"), ("reviewer", "Reviewer")], default="author", max_length=20
                    ),
                ),
                (
                    "anonymous",
                    models.BooleanField(
                        default=False,
                        help_text="The page shows only the role, or “Someone who asked not to be named”.",
                        verbose_name="anonymous",
                    ),
                ),
                (
                    "page",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="credits",
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
            ],
            options={"verbose_name": "credit", "ordering": ["sort_order"], "abstract": False},
        ),
    ]
