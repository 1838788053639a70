# 0004_review_refuses_own_author (owner: credits). A link in a fixed chain: keep the dependencies.
"""The co-production review's two steps become CoProductionApprovalTasks, which the page's latest author cannot
approve.

Each task keeps its row, id, name and groups (the new type extends GroupApprovalTask by one table), so workflows,
and reviews already in progress, carry on as they were; only the task's type changes.
"""

import django.db.models.deletion
from django.db import migrations, models

WORKFLOW_NAME = "Co-production review"


def _review_task_ids(apps) -> list[int]:
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    task_ids = WorkflowTask.objects.filter(workflow__name=WORKFLOW_NAME).values_list("task_id", flat=True)
    return list(GroupApprovalTask.objects.filter(pk__in=task_ids).values_list("pk", flat=True))


def _content_type(apps, model: str):
    ContentType = apps.get_model("contenttypes.ContentType")
    app_label, name = model.split(".")
    # Django creates content types only after every migration has run; this one is needed now.
    return ContentType.objects.get_or_create(app_label=app_label, model=name)[0]


def to_coproduction_approvals(apps, schema_editor):
    Task = apps.get_model("wagtailcore.Task")
    CoProductionApprovalTask = apps.get_model("courses.CoProductionApprovalTask")
    ids = [pk for pk in _review_task_ids(apps) if not CoProductionApprovalTask.objects.filter(pk=pk).exists()]
    for pk in ids:
        # raw: add the row of the new table only; the task's own rows (name, groups) stay untouched.
        CoProductionApprovalTask(groupapprovaltask_ptr_id=pk).save_base(raw=True, force_insert=True)
    Task.objects.filter(pk__in=ids).update(content_type=_content_type(apps, "courses.coproductionapprovaltask"))


def to_group_approvals(apps, schema_editor):
    Task = apps.get_model("wagtailcore.Task")
    CoProductionApprovalTask = apps.get_model("courses.CoProductionApprovalTask")
    ids = list(CoProductionApprovalTask.objects.values_list("pk", flat=True))
    Task.objects.filter(pk__in=ids).update(content_type=_content_type(apps, "wagtailcore.groupapprovaltask"))
    # Only the new table's rows: a cascading delete would take the tasks, and the reviews, with them.
    CoProductionApprovalTask.objects.filter(pk__in=ids)._raw_delete(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_page_credits"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="CoProductionApprovalTask",
            fields=[
                (
                    "groupapprovaltask_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="wagtailcore.groupapprovaltask",
                    ),
                ),
            ],
            options={"verbose_name": "co-production approval", "verbose_name_plural": "co-production approvals"},
            bases=("wagtailcore.groupapprovaltask",),
        ),
        migrations.RunPython(to_coproduction_approvals, to_group_approvals),
    ]
