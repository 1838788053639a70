"""Words to avoid and sensitive topics, the lists the content checks read; seeded here, then kept by editors."""

import django.db.models.functions.text
import modelcluster.fields
import modelsearch.index
import wagtail.fields
from django.db import migrations, models

EDITORS = "Editors"

WORDS = [
    (
        "service user",
        "It turns a person into their use of a service, as if that were all they are. Many people tell us they "
        "dislike being called it.",
        "“People who use services”, “members”, “people with lived experience”, or the person’s name.",
    ),
    (
        "non-compliant",
        "It blames the person and hides the reason: a treatment that did not suit them, side effects, or nobody "
        "asking what they wanted.",
        "Say what happened and why, if you know: “chose not to take it”, “it did not work for them”, “we have not "
        "yet agreed a plan that suits them”.",
    ),
    (
        "challenging behaviour",
        "It puts the problem inside the person. What someone does is often their way of saying that something is "
        "wrong, or that a place is not meeting their needs.",
        "Describe what happened and what might lie behind it, e.g. “shouted when the group was cancelled”, or "
        "“was very distressed”.",
    ),
    (
        "manipulative",
        "It assumes bad intent. Usually someone is trying hard to get a need met in the only way that has worked "
        "for them before.",
        "“Trying hard to get help”, “asking in the way that has worked before”.",
    ),
    (
        "failed to engage",
        "It makes the person the failure, when it was the offer that did not fit them.",
        "“The group did not suit them yet”, “we have not found the right way in yet”.",
    ),
    (
        "attention-seeking",
        "It dismisses someone who is reaching out. Wanting attention when you are struggling is a need, not a fault.",
        "“Looking for connection”, “trying hard to get help and not yet finding a way in that works”.",
    ),
    (
        "suffers from",
        "It casts someone as a victim of a diagnosis. Many people live full lives with one.",
        "“Lives with”, “has”, “has experience of”.",
    ),
    (
        "suffering from",
        "It casts someone as a victim of a diagnosis. Many people live full lives with one.",
        "“Living with”, “has”, “has experience of”.",
    ),
    (
        "the mentally ill",
        "It makes people into a group defined by an illness, and sets them apart from everyone else.",
        "“People with mental-health problems”, “people with experience of mental distress”.",
    ),
    (
        "frequent flyer",
        "It mocks someone for needing help often, which is usually a sign that the help has not yet worked.",
        "“Someone who often needs support”, “someone we see often”.",
    ),
    (
        "lacks insight",
        "It treats disagreeing with professionals as a symptom, so the person’s own view of their life counts "
        "for nothing.",
        "“Sees things differently”, “does not agree with the diagnosis”, and say what they do think.",
    ),
    (
        "hard to reach",
        "It blames people for services that are hard for them to reach.",
        "“People services have not yet reached”, “people we have not yet found a way to welcome”.",
    ),
    (
        "schizophrenic",
        "It makes a diagnosis the whole of a person, and is often used as an insult.",
        "“A person with a diagnosis of schizophrenia”, or how they describe their own experience.",
    ),
]

TOPICS = [
    ("Self-harm", "Hurting yourself on purpose, or thoughts of doing so."),
    ("Suicide", "Thoughts of ending your life, or losing someone to suicide."),
    ("Distress in public", "Someone feeling very unsettled, or acting in unusual ways, where others can see."),
    ("Stigma and discrimination", "Unkind or unfair treatment because of mental-health problems."),
    ("Loss and endings", "Losing someone, or a worker, group or service you relied on."),
    ("Being treated against your wishes", "Being detained, restrained or given treatment you did not agree to."),
    ("Abuse and trauma", "Harm done to someone by others, now or in the past."),
]

PERMISSIONS = {
    "wordtoavoid": {
        "add_wordtoavoid": "Can add word to avoid",
        "change_wordtoavoid": "Can change word to avoid",
        "delete_wordtoavoid": "Can delete word to avoid",
    },
    "sensitivetopic": {
        "add_sensitivetopic": "Can add sensitive topic",
        "change_sensitivetopic": "Can change sensitive topic",
        "delete_sensitivetopic": "Can delete sensitive topic",
    },
}


def seed_lists_and_permissions(apps, schema_editor):
    WordToAvoid = apps.get_model("courses", "WordToAvoid")
    SensitiveTopic = apps.get_model("courses", "SensitiveTopic")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")

    for phrase, why, better in WORDS:
        WordToAvoid.objects.get_or_create(phrase=phrase, defaults={"why": why, "better": better})
    for name, description in TOPICS:
        SensitiveTopic.objects.get_or_create(name=name, defaults={"description": description})

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    # Django creates model permissions only after every migration has run; the Editors need these now.
    for model, permissions in PERMISSIONS.items():
        content_type = ContentType.objects.get_or_create(app_label="courses", model=model)[0]
        for codename, name in permissions.items():
            permission = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )[0]
            editors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_review_refuses_own_author"),
    ]

    operations = [
        migrations.CreateModel(
            name="SensitiveTopic",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=100, unique=True)),
                (
                    "description",
                    models.TextField(
                        blank=True,
                        help_text="What a content note for this topic might mention, to help editors write one.",
                    ),
                ),
            ],
            options={
                "ordering": ["name"],
            },
        ),
        migrations.AlterField(
            model_name="lessonpage",
            name="easy_read",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text="Optional: the lesson in short, simple sentences, one idea each, each with a picture.",
            ),
        ),
        migrations.AddField(
            model_name="lessonpage",
            name="sensitive_topics",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                help_text="Tick any that the lesson covers: it then needs a content note before it starts.",
                related_name="lessons",
                to="courses.sensitivetopic",
            ),
        ),
        migrations.CreateModel(
            name="WordToAvoid",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "phrase",
                    models.CharField(
                        help_text=(
                            "As it is usually written, e.g. 'service user'. Found as whole words, in any case, and "
                            "plurals too."
                        ),
                        max_length=100,
                        verbose_name="word or phrase",
                    ),
                ),
                (
                    "why",
                    models.TextField(
                        help_text="A sentence or two, said kindly, for the editor who used it.",
                        verbose_name="why it hurts",
                    ),
                ),
                (
                    "better",
                    models.TextField(
                        help_text="What to write instead, e.g. 'people who use services', or the person's name.",
                        verbose_name="better words",
                    ),
                ),
            ],
            options={
                "verbose_name": "word to avoid",
                "verbose_name_plural": "words to avoid",
                "ordering": ["phrase"],
                "constraints": [
                    models.UniqueConstraint(
                        django.db.models.functions.text.Lower("phrase"),
                        name="courses_wordtoavoid_unique_phrase",
                        violation_error_message="This word or phrase is already on the list.",
                    )
                ],
            },
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.RunPython(seed_lists_and_permissions, migrations.RunPython.noop),
    ]
