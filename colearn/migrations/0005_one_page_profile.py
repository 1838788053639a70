"""The one-page profile, and the old "About me" folded into it.

"About me" asked for "a few words about yourself" and was shown nowhere. Those words go into *what matters to me*:
a person introducing themselves writes about what they care about (their family, their garden group, their work),
which is what that part asks. Not *what people like and admire about me*, which is how others see them and would put
words in other people's mouths; and not *how best to support me*, which an application offers as access needs, so an
introduction there would reach facilitators as something it was not. Nothing becomes more visible: a profile is read
by its owner alone until they share it with a group, and every membership starts at "nobody"
(cohorts 0004_profile_sharing).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def copy_about_into_profile(apps, schema_editor):
    User = apps.get_model("colearn", "User")
    OnePageProfile = apps.get_model("colearn", "OnePageProfile")
    OnePageProfile.objects.bulk_create(
        OnePageProfile(user_id=pk, what_matters=about.strip())
        for pk, about in User.objects.exclude(about="").values_list("pk", "about").iterator()
        if about.strip()
    )


def copy_profile_back_into_about(apps, schema_editor):
    # "About me" held at most 600 characters; a longer part is cut rather than lost with the table.
    User = apps.get_model("colearn", "User")
    OnePageProfile = apps.get_model("colearn", "OnePageProfile")
    for profile in OnePageProfile.objects.exclude(what_matters="").iterator():
        User.objects.filter(pk=profile.user_id).update(about=profile.what_matters[:600])


class Migration(migrations.Migration):
    dependencies = [("colearn", "0004_email_opt_outs")]

    operations = [
        migrations.CreateModel(
            name="OnePageProfile",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "liked_and_admired",
                    models.TextField(blank=True, max_length=1000, verbose_name="what people like and admire about me"),
                ),
                ("what_matters", models.TextField(blank=True, max_length=1000, verbose_name="what matters to me")),
                (
                    "how_to_support",
                    models.TextField(blank=True, max_length=1000, verbose_name="how best to support me"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True)),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="one_page_profile",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
        ),
        migrations.RunPython(copy_about_into_profile, copy_profile_back_into_about),
        migrations.RemoveField(model_name="user", name="about"),
    ]
