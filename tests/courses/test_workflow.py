"""Co-production review: a peer reviewer and an editor each approve before a page goes live."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageLogEntry, WorkflowState

from courses.models import CoursePage
from tests.factories import UserFactory

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
    return CoursePage.objects.get(pk=page.pk)


def test_the_migration_creates_both_groups_and_the_review_for_every_page():
    assert Group.objects.filter(name__in=["Editors", "Peer reviewers"]).count() == 2
    assert not Group.objects.filter(name="Moderators").exists()
    workflow = Page.get_first_root_node().get_workflow()
    assert workflow.name == "Co-production review"
    assert [task.name for task in workflow.tasks] == ["Peer review", "Editorial sign-off"]


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
