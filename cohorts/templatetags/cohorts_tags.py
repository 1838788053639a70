from django import template

from cohorts.models import AttendanceStatus, Perspective
from cohorts.selectors import upcoming_cohorts_for_course

register = template.Library()


@register.simple_tag
def upcoming_cohorts(course):
    return upcoming_cohorts_for_course(course)


@register.filter
def attendance_label(recorded: dict, session_id: int) -> str:
    """Your own attendance, said kindly: present or sent apologies. Nobody is told they were absent."""
    status = recorded.get(session_id)
    return AttendanceStatus(status).label if status in {AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES} else ""


THIRD_PERSON = {
    Perspective.WORKS_IN_SERVICES: "works in services",
    Perspective.USES_SERVICES: "uses or has used services",
    Perspective.CARER: "carer or supporter",
}


@register.filter
def perspective_for_others(membership) -> str:
    """How a member comes to the course, said of them, and only if they chose to show it."""
    return THIRD_PERSON.get(membership.perspective, "") if membership.show_perspective else ""
