"""Co-production review: a peer reviewer and an editor each approve before a page goes live."""

import importlib
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Page, PageLogEntry, Task, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from courses.models import CoProductionApprovalTask, CoursePage, ModulePage
from tests.factories import UserFactory

OWN_CHANGES = "You wrote the latest changes to this page, so someone else needs to approve them."

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return {
        "editor": UserFactory(groups=("Editors",)),
        "second_editor": UserFactory(groups=("Editors",)),
        "peer": UserFactory(groups=("Peer reviewers",)),
        "learner": UserFactory(),
    }


@pytest.fixture
def draft(course, people):
    page = CoursePage.objects.get(pk=course.course.pk)
    page.title = "A better title"
    page.save_revision(user=people["editor"])
    return page


def approve(page, user):
    state = page.current_workflow_state
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, user, "approve")
    return type(page).objects.get(pk=page.pk)


def test_the_migration_creates_both_groups_and_the_review_for_every_page():
    assert Group.objects.filter(name__in=["Editors", "Peer reviewers"]).count() == 2
    assert not Group.objects.filter(name="Moderators").exists()
    workflow = Page.get_first_root_node().get_workflow()
    assert workflow.name == "Co-production review"
    assert [task.name for task in workflow.tasks] == ["Peer review", "Editorial sign-off"]
    assert all(isinstance(task.specific, CoProductionApprovalTask) for task in workflow.tasks)


def test_editors_write_but_cannot_publish_around_the_review(draft, people):
    permissions = draft.permissions_for_user(people["editor"])
    assert permissions.can_edit() and not permissions.can_publish()
    assert not draft.permissions_for_user(people["peer"]).can_publish()


def test_a_page_goes_live_only_after_both_approvals(draft, people):
    draft.get_workflow().start(draft, people["editor"])
    assert CoursePage.objects.get(pk=draft.pk).title != "A better title"

    page = approve(draft, people["peer"])
    assert page.title != "A better title", "a peer review alone does not publish"
    assert page.current_workflow_task.name == "Editorial sign-off"

    page = approve(page, people["second_editor"])
    assert page.title == "A better title" and page.live
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_APPROVED
    assert page.live_revision.user == people["editor"], "the editor’s words are what went live"
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=people["second_editor"]).exists()


def test_only_a_peer_reviewer_can_approve_the_peer_review(draft, people):
    draft.get_workflow().start(draft, people["editor"])
    task = draft.current_workflow_state.current_task_state.task.specific
    assert task.user_can_access_editor(draft, people["peer"])
    assert "approve" in [action[0] for action in task.get_actions(draft, people["peer"])]
    assert task.get_actions(draft, people["editor"]) == []
    assert task.get_actions(draft, people["learner"]) == []


# --- Nobody approves their own changes ---------------------------------------------------------------------------


def action_names(page, user) -> list[str]:
    task = page.current_workflow_state.current_task_state.task.specific
    return [name for name, _, _ in task.get_actions(page, user)]


@pytest.fixture
def at_sign_off(draft, people):
    """The editor's changes, through the peer review and waiting for the editorial sign-off."""
    draft.get_workflow().start(draft, people["editor"])
    page = approve(draft, people["peer"])
    assert page.current_workflow_task.name == "Editorial sign-off"
    return page


def test_the_author_of_the_latest_changes_is_not_offered_the_sign_off(at_sign_off, people):
    assert action_names(at_sign_off, people["editor"]) == ["reject"], "they may still ask for changes"
    assert "approve" in action_names(at_sign_off, people["second_editor"])


def test_their_own_approval_is_refused_and_changes_nothing(at_sign_off, people):
    with pytest.raises(PermissionDenied, match=OWN_CHANGES):
        approve(at_sign_off, people["editor"])
    page = CoursePage.objects.get(pk=at_sign_off.pk)
    assert page.title != "A better title" and page.current_workflow_task.name == "Editorial sign-off"
    assert not TaskState.objects.filter(finished_by=people["editor"]).exists()


def test_a_superuser_does_not_approve_their_own_changes_either(course, people):
    boss = UserFactory(is_superuser=True)
    page = CoursePage.objects.get(pk=course.course.pk)
    page.title = "The boss's title"
    page.save_revision(user=boss)
    page.get_workflow().start(page, boss)
    assert action_names(page, boss) == ["reject"]
    assert "approve" in action_names(page, people["peer"])


def test_a_reviewer_who_changes_the_page_needs_another_reviewer(draft, people):
    draft.get_workflow().start(draft, people["editor"])
    draft.title = "The peer's better title"
    draft.save_revision(user=people["peer"])
    assert action_names(draft, people["peer"]) == ["reject"]
    with pytest.raises(PermissionDenied):
        approve(draft, people["peer"])

    page = approve(draft, UserFactory(groups=("Peer reviewers",)))
    assert page.current_workflow_task.name == "Editorial sign-off"
    assert "approve" in action_names(page, people["editor"]), "the editor did not write the latest changes"
    page = approve(page, people["editor"])
    assert page.live and page.title == "The peer's better title"


def test_the_author_can_still_request_changes_on_their_own_page(at_sign_off, people):
    state = at_sign_off.current_workflow_state
    state.current_task_state.task.specific.on_action(state.current_task_state, people["editor"], "reject")
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_NEEDS_CHANGES


# --- The same, in the admin ----------------------------------------------------------------------------------------


def workflow_action_url(page, action: str) -> str:
    task_state = page.current_workflow_state.current_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def test_the_editor_tells_the_author_why_there_is_no_approve_button(client, at_sign_off, people):
    client.force_login(people["editor"])
    page = client.get(f"/admin/pages/{at_sign_off.pk}/edit/").content.decode()
    assert 'data-workflow-action-name="reject"' in page
    assert 'data-workflow-action-name="approve"' not in page
    assert OWN_CHANGES in page

    client.force_login(people["second_editor"])
    page = client.get(f"/admin/pages/{at_sign_off.pk}/edit/").content.decode()
    assert 'data-workflow-action-name="approve"' in page and OWN_CHANGES not in page


def test_the_authors_approval_through_the_admin_is_refused(client, at_sign_off, people):
    client.force_login(people["editor"])
    response = client.post(workflow_action_url(at_sign_off, "approve"), {"comment": ""}, follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "you do not have permission" in response.content.decode()
    page = CoursePage.objects.get(pk=at_sign_off.pk)
    assert page.title != "A better title" and page.current_workflow_task.name == "Editorial sign-off"


def test_another_editor_approves_through_the_admin_and_the_page_goes_live(client, at_sign_off, people):
    client.force_login(people["second_editor"])
    response = client.post(workflow_action_url(at_sign_off, "approve"), {"comment": "Reads well."})
    assert response.status_code == 302
    page = CoursePage.objects.get(pk=at_sign_off.pk)
    assert page.live and page.title == "A better title"
    assert client.get(page.url).content.decode().count("A better title") >= 1


def test_changes_saved_with_an_approval_are_kept_and_need_someone_else(client, course, people):
    """Wagtail saves the changes before it approves, so the approval finds the approver wrote the latest ones."""
    module = ModulePage.objects.get(pk=course.modules[0].pk)
    module.save_revision(user=people["editor"])
    module.get_workflow().start(module, people["editor"])
    approve(module, people["peer"])
    client.force_login(people["second_editor"])
    form = nested_form_data(
        {
            "title": "The second editor's title",
            "slug": module.slug,
            "summary": module.summary,
            "introduction": rich_text(module.introduction),
            "estimated_minutes": str(module.estimated_minutes),
            "content_note": "",
            "theme": "",
            "credits": inline_formset([]),
        }
    )
    response = client.post(
        f"/admin/pages/{module.pk}/edit/",
        {**form, "action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    assert response.status_code == 302
    module = ModulePage.objects.get(pk=module.pk)
    assert module.get_latest_revision().as_object().title == "The second editor's title", "their words are kept"
    assert module.title != "The second editor's title" and module.current_workflow_task.name == "Editorial sign-off"
    assert action_names(module, people["second_editor"]) == ["reject"]
    assert "approve" in action_names(module, people["editor"])


def test_the_dashboard_offers_the_author_no_approval(client, at_sign_off, people):
    client.force_login(people["editor"])
    dashboard = client.get("/admin/").content.decode()
    assert workflow_action_url(at_sign_off, "reject") in dashboard
    assert workflow_action_url(at_sign_off, "approve") not in dashboard


# --- The data migration ----------------------------------------------------------------------------------------


migration = importlib.import_module("courses.migrations.0004_review_refuses_own_author")
SCHEMA_EDITOR = SimpleNamespace(connection=connection)


def test_the_migration_swaps_the_task_type_and_keeps_reviews_in_progress(draft, people):
    draft.get_workflow().start(draft, people["editor"])
    in_review = draft.current_workflow_state.current_task_state
    review = [task.pk for task in draft.get_workflow().tasks]
    tasks = {
        task.pk: (task.name, set(task.groups.values_list("name", flat=True)))
        for task in GroupApprovalTask.objects.filter(pk__in=review)
    }

    migration.to_group_approvals(apps, SCHEMA_EDITOR)
    assert {type(task) for task in Task.objects.filter(pk__in=tasks).specific()} == {GroupApprovalTask}
    assert not CoProductionApprovalTask.objects.exists()

    migration.to_coproduction_approvals(apps, SCHEMA_EDITOR)
    migration.to_coproduction_approvals(apps, SCHEMA_EDITOR)  # running it again changes nothing
    after = {
        task.pk: (task.name, set(task.groups.values_list("name", flat=True)))
        for task in CoProductionApprovalTask.objects.all()
    }
    assert after == tasks, "the same tasks, names and groups: only their type changed"
    state = TaskState.objects.get(pk=in_review.pk)
    assert state.status == TaskState.STATUS_IN_PROGRESS and isinstance(state.task.specific, CoProductionApprovalTask)
    page = CoursePage.objects.get(pk=draft.pk)
    assert action_names(page, people["peer"]) == ["reject", "approve", "approve"]
