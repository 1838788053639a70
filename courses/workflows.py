def publish_after_review(workflow_state, user=None) -> None:
    """Publish once the co-production review has finished.

    Editors deliberately hold no publish permission, so that nothing goes live around the review. The two
    approvals are the authority to publish; the final approver is still recorded as the publisher in the log.
    """
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
