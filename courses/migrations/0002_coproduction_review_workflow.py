"""Groups and the co-production review workflow.

Every page goes live only after a member of "Peer reviewers" (people with lived experience of services) and a
member of "Editors" have each approved it. Editors can write and submit but not publish; the workflow publishes
on the final approval. Wagtail's stock "Moderators" group could publish around the review, so it goes.
"""

from django.db import migrations

WORKFLOW_NAME = "Co-production review"
PEER_REVIEWERS = "Peer reviewers"
EDITORS = "Editors"
THEME_PERMISSIONS = {
    "add_theme": "Can add theme",
    "change_theme": "Can change theme",
    "delete_theme": "Can delete theme",
}


def create_groups_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")

    root = Page.objects.get(depth=1)
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    # Django creates model permissions only after every migration has run; these are needed now.
    theme_type = ContentType.objects.get_or_create(app_label="courses", model="theme")[
        0
    ]
    theme_permissions = [
        Permission.objects.get_or_create(
            content_type=theme_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in THEME_PERMISSIONS.items()
    ]

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(access_admin, *theme_permissions)
    for codename in ("add_page", "change_page"):
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(
            group=editors, page=root, permission=permission
        )
    GroupPagePermission.objects.filter(
        group=editors, permission__codename="publish_page"
    ).delete()

    peer_reviewers, _ = Group.objects.get_or_create(name=PEER_REVIEWERS)
    peer_reviewers.permissions.add(access_admin)

    task_type = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )[0]
    peer_review = GroupApprovalTask.objects.create(
        name="Peer review", content_type=task_type, active=True
    )
    peer_review.groups.set([peer_reviewers])
    sign_off = GroupApprovalTask.objects.create(
        name="Editorial sign-off", content_type=task_type, active=True
    )
    sign_off.groups.set([editors])

    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=peer_review, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=sign_off, sort_order=1)

    WorkflowPage.objects.filter(page=root).delete()
    WorkflowPage.objects.create(workflow=workflow, page=root)

    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is not None:
        for task in GroupApprovalTask.objects.filter(groups=moderators):
            Workflow.objects.filter(workflow_tasks__task=task).update(active=False)
            task.active = False
            task.save(update_fields=["active"])
        moderators.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_groups_and_workflow, migrations.RunPython.noop)
    ]
