from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("cohorts", "0003_sanitised_announcement_body")]

    operations = [
        migrations.AddField(
            model_name="membership",
            name="profile_sharing",
            field=models.CharField(
                choices=[
                    ("nobody", "Only me"),
                    ("facilitators", "The group’s facilitators"),
                    ("group", "Everyone in the group"),
                ],
                default="nobody",
                max_length=12,
                verbose_name="who in this group sees my one-page profile",
            ),
        ),
    ]
