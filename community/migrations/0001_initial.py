# 0001_initial (owner: directory). One link in a fixed chain of parallel work: keep the dependencies, fill the operations.
"""The community directory's tables, and the Editors group's permission to keep the directory up to date.

Editors publish directory entries themselves: the details are practical (times, phone numbers), and an entry
marked as checked or corrected should show at once, not wait for the co-production review pages go through.
"""

import django.core.validators
import django.db.models.deletion
import django.utils.timezone
import modelcluster.fields
import modelsearch.index
import wagtail.fields
import wagtail.models.preview
from django.conf import settings
from django.db import migrations, models

import community.models

EDITORS = "Editors"
PERMISSIONS = {
    "communityplace": {
        "add": "Can add community place",
        "change": "Can change community place",
        "delete": "Can delete community place",
        "publish": "Can publish community place",
    },
    "placetheme": {
        "add": "Can add community theme",
        "change": "Can change community theme",
        "delete": "Can delete community theme",
    },
}


def give_editors_the_directory(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    editors = Group.objects.filter(name=EDITORS).first()
    if editors is None:
        return
    # Django creates model permissions only after every migration has run; these are needed now.
    for model, actions in PERMISSIONS.items():
        content_type = ContentType.objects.get_or_create(app_label="community", model=model)[0]
        for action, name in actions.items():
            permission = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": name}
            )[0]
            editors.permissions.add(permission)


class Migration(migrations.Migration):
    initial = True
    dependencies = [
        ("courses", "0002_coproduction_review_workflow"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="PlaceTheme",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=80, unique=True)),
                (
                    "slug",
                    models.SlugField(
                        help_text="Used in web addresses. Lowercase, no spaces.", max_length=80, unique=True
                    ),
                ),
            ],
            options={
                "verbose_name": "community theme",
                "ordering": ["name"],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name="CommunityPlace",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("live", models.BooleanField(default=True, editable=False, verbose_name="live")),
                (
                    "has_unpublished_changes",
                    models.BooleanField(default=False, editable=False, verbose_name="has unpublished changes"),
                ),
                (
                    "first_published_at",
                    models.DateTimeField(blank=True, db_index=True, null=True, verbose_name="first published at"),
                ),
                (
                    "last_published_at",
                    models.DateTimeField(editable=False, null=True, verbose_name="last published at"),
                ),
                ("go_live_at", models.DateTimeField(blank=True, null=True, verbose_name="go live date/time")),
                ("expire_at", models.DateTimeField(blank=True, null=True, verbose_name="expiry date/time")),
                ("expired", models.BooleanField(default=False, editable=False, verbose_name="expired")),
                ("name", models.CharField(max_length=160)),
                (
                    "slug",
                    models.SlugField(
                        help_text="Used in the entry's web address. Lowercase, no spaces. Keep it stable.",
                        max_length=100,
                        unique=True,
                    ),
                ),
                (
                    "summary",
                    models.CharField(
                        help_text="One or two plain sentences, shown in the list.",
                        max_length=300,
                        verbose_name="What happens there",
                    ),
                ),
                (
                    "description",
                    wagtail.fields.RichTextField(
                        blank=True, help_text="What a first visit is like, in full.", verbose_name="More about it"
                    ),
                ),
                (
                    "is_example",
                    models.BooleanField(
                        default=False,
                        help_text="Example entries say on their page that they are not real. Delete them once your own are in.",
                        verbose_name="This is a made-up example",
                    ),
                ),
                (
                    "when",
                    models.CharField(
                        blank=True,
                        help_text="In plain words, for example “Tuesdays 10am to 12pm”.",
                        max_length=200,
                        verbose_name="When",
                    ),
                ),
                (
                    "days",
                    models.CharField(
                        blank=True,
                        help_text="So people can find places open on a day that suits them. Leave empty if it varies.",
                        max_length=27,
                        validators=[community.models._validate_days],
                        verbose_name="Days it happens",
                    ),
                ),
                (
                    "address",
                    models.TextField(blank=True, help_text="The address, or the area it covers.", verbose_name="Where"),
                ),
                (
                    "map_url",
                    models.URLField(
                        blank=True, help_text="Optional: a link to the place on a map.", verbose_name="Map link"
                    ),
                ),
                (
                    "cost",
                    models.CharField(
                        choices=[("free", "Free"), ("low", "Low cost"), ("paid", "Costs money")],
                        default="free",
                        max_length=10,
                    ),
                ),
                (
                    "cost_note",
                    models.CharField(
                        blank=True,
                        help_text="For example “£2 for tea and cake, pay what you can”.",
                        max_length=200,
                        verbose_name="About the cost",
                    ),
                ),
                (
                    "phone",
                    models.CharField(
                        blank=True,
                        max_length=40,
                        validators=[
                            django.core.validators.RegexValidator(
                                "^[0-9+() \\-]*$", "Enter a phone number using only digits, spaces, brackets, + and -."
                            )
                        ],
                    ),
                ),
                ("email", models.EmailField(blank=True, max_length=254)),
                ("website", models.URLField(blank=True)),
                (
                    "accessibility",
                    models.TextField(
                        blank=True,
                        help_text="Step-free access, toilets, quiet space, hearing loop, parking: what someone might want to know.",
                        verbose_name="Accessibility notes",
                    ),
                ),
                ("who_it_suits", models.TextField(blank=True, verbose_name="Who it might suit")),
                (
                    "last_checked_on",
                    models.DateField(
                        default=django.utils.timezone.localdate,
                        help_text="When someone last checked these details are right.",
                        verbose_name="Last checked",
                    ),
                ),
                (
                    "last_checked_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "latest_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="latest revision",
                    ),
                ),
                (
                    "live_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="live revision",
                    ),
                ),
                (
                    "themes",
                    modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="places", to="community.placetheme"
                    ),
                ),
            ],
            options={
                "verbose_name": "community place",
                "ordering": ["name"],
            },
            bases=(wagtail.models.preview.PreviewableMixin, modelsearch.index.Indexed, models.Model),
        ),
        migrations.RunPython(give_editors_the_directory, migrations.RunPython.noop),
    ]
