"""The co-production review's approval step: whoever wrote the latest changes cannot approve them."""

from django.core.exceptions import PermissionDenied
from wagtail.models import GroupApprovalTask, Revision

OWN_CHANGES = "You wrote the latest changes to this page, so someone else needs to approve them."


def wrote(revision: Revision | None, user) -> bool:
    return revision is not None and revision.user_id is not None and revision.user_id == user.pk


class CoProductionApprovalTask(GroupApprovalTask):
    """A group approval that the latest author of the page cannot give, however many groups they are in.

    They may still request changes, and comment: only the approval needs another pair of eyes.
    """

    class Meta:
        verbose_name = "co-production approval"
        verbose_name_plural = "co-production approvals"

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        # obj.latest_revision, not a new query: the dashboard prefetches it, and a page built from a revision keeps it.
        if wrote(getattr(obj, "latest_revision", None), user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        # The actions offered can be stale (another tab, a crafted request, changes saved with the approval), so
        # the approval itself asks the database who wrote the latest revision.
        if action_name == "approve":
            latest = Revision.objects.for_instance(task_state.workflow_state.content_object).order_by("-pk").first()
            if wrote(latest, user):
                raise PermissionDenied(OWN_CHANGES)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return "Members of the chosen groups can approve, except the person who wrote the latest changes."
