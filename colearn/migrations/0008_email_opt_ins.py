# 0008_email_opt_ins (owner: worker): the reminder kinds each person asked for.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("colearn", "0007_sharing_statement"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="email_opt_ins",
            field=models.JSONField(blank=True, default=list),
        ),
    ]
