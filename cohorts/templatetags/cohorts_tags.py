from django import template

from cohorts.forms import ProfileSharingForm
from cohorts.models import AttendanceStatus, Perspective
from cohorts.selectors import profile_sharing_choices, unanswered_question_count, upcoming_cohorts_for_course

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


@register.simple_tag
def unanswered_questions(cohort, viewer) -> int:
    """For the facilitator's space: how many of the group's questions wait for an answer (one query)."""
    return unanswered_question_count(cohort=cohort, viewer=viewer)


@register.simple_tag
def profile_sharing_forms(user) -> list:
    """For the one-page profile page (a colearn page, which cannot import cohorts): one choice per group the person
    is in, each showing who sees their profile there now."""
    return [
        ProfileSharingForm(cohort=membership.cohort, initial={"sharing": membership.profile_sharing})
        for membership in profile_sharing_choices(user)
    ]
