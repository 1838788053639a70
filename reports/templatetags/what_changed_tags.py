"""The link from a course page to its "What changed" page: `{% load what_changed_tags %}`."""

from django import template

from reports.what_changed import what_changed_link

register = template.Library()


@register.simple_tag
def what_changed_for(course) -> dict:
    """{"title", "url"} of the course's live "What changed" page, or {}: no query on a warm course page."""
    return what_changed_link(course=course)
