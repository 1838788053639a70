from django.contrib import messages


def publish_after_review(workflow_state, user=None) -> None:
    """Publish once the co-production review has finished.

    Editors deliberately hold no publish permission, so that nothing goes live around the review. The two
    approvals are the authority to publish; the final approver is still recorded as the publisher in the log.
    """
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)


def explain_withheld_approval(request, page) -> None:
    """before_edit_page: tell a reviewer why the editor offers them no "Approve" for changes they wrote themselves
    (CoProductionApprovalTask withholds it), rather than leave the button silently missing."""
    # Imported here: Wagtail imports this module (WAGTAIL_FINISH_WORKFLOW_ACTION) while wagtail.models loads.
    from wagtail.models import GroupApprovalTask

    from courses.models.review import OWN_CHANGES, CoProductionApprovalTask, wrote

    task = page.current_workflow_task
    if (
        request.method == "GET"
        and isinstance(task, CoProductionApprovalTask)
        and wrote(page.latest_revision, request.user)
        and any(name == "approve" for name, _, _ in GroupApprovalTask.get_actions(task, page, request.user))
    ):
        messages.info(request, OWN_CHANGES)
