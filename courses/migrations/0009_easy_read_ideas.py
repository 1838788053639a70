"""Easy read becomes ideas, each beside a picture: the rich text each lesson had (and each of its revisions) is split
into one idea per paragraph or list, with no picture chosen yet (the content checks ask for one)."""

import json
import uuid

from django.db import migrations, models

from courses.easy_read import ideas_from_rich_text


def as_stream(html: str) -> str:
    if html.lstrip().startswith("["):
        return html  # already ideas
    return json.dumps([{**idea, "id": str(uuid.uuid4())} for idea in ideas_from_rich_text(html)])


def as_rich_text(stream: str) -> str:
    try:
        ideas = json.loads(stream or "[]")
    except ValueError:
        return stream
    return "".join(idea["value"]["text"] for idea in ideas)


def convert(apps, change):
    LessonPage = apps.get_model("courses", "LessonPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for lesson in LessonPage.objects.only("pk", "easy_read"):
        LessonPage.objects.filter(pk=lesson.pk).update(easy_read=change(lesson.easy_read or ""))
    lesson_type = ContentType.objects.filter(app_label="courses", model="lessonpage").first()
    if lesson_type is None:
        return
    for revision in Revision.objects.filter(content_type=lesson_type).only("pk", "content"):
        if isinstance(revision.content.get("easy_read"), str):
            revision.content["easy_read"] = change(revision.content["easy_read"])
            revision.save(update_fields=["content"])


def forwards(apps, schema_editor):
    convert(apps, as_stream)


def backwards(apps, schema_editor):
    convert(apps, as_rich_text)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0008_content_note_skip_to"),
    ]

    operations = [
        migrations.AddField(
            model_name="lessonpage",
            name="easy_read_title",
            field=models.CharField(
                blank=True,
                help_text="The easy-read version's own title, in everyday words, such as “Places that give hope”.",
                max_length=120,
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
