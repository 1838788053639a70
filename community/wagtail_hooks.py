from wagtail import hooks
from wagtail.snippets.models import register_snippet

from community.services import CHECKED_ACTION
from community.viewsets import CommunityDirectoryGroup

register_snippet(CommunityDirectoryGroup)


@hooks.register("register_log_actions")
def register_checked_action(actions):
    actions.register_action(CHECKED_ACTION, "Marked as checked", "Marked as checked")
