# 0006_course_review_by (owner: editorday). One link in a fixed chain of parallel work: keep the dependencies.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_words_to_avoid"),
    ]

    operations = [
        migrations.AddField(
            model_name="coursepage",
            name="review_by",
            field=models.DateField(
                blank=True,
                help_text="When should someone read this course again to check it is still right?",
                null=True,
                verbose_name="review by",
            ),
        ),
    ]
