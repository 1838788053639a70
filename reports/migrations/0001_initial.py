# 0001_initial (owner: reports). One link in a fixed chain of parallel work: keep the dependencies, fill the operations.
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [
        ("learning", "0009_digests"),
    ]

    operations = [
        migrations.CreateModel(
            name="Report",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ],
            options={
                "verbose_name": "report",
                "permissions": [("view_report", "Can view reports")],
                "managed": False,
                "default_permissions": (),
            },
        ),
    ]
