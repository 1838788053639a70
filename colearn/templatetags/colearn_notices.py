from django import template

from colearn.selectors import unread_notices

register = template.Library()


@register.inclusion_tag("colearn/includes/notices.html", takes_context=True)
def dashboard_notices(context) -> dict:
    """The dashboard's notices for someone without an email address (colearn.notifications.send_email)."""
    notices, more = unread_notices(context["request"].user)
    return {"notices": notices, "more": more, "csrf_token": context.get("csrf_token")}
