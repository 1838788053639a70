"""Figures about people for pages other apps own (the facilitator's register in cohorts), so that they too come
through the one gate in reports.gate: `{% load report_figures %}`."""

from django import template

from cohorts.models import Membership
from learning.try_selectors import tried_since_last as tried_since_last_for
from reports.gate import people_so_far

register = template.Library()


@register.inclusion_tag("reports/tried_since_last.html", takes_context=True)
def tried_since_last(context, session):
    """For the session's facilitators only: how many members tried something since the group's previous session, in
    whole fives and never under five (a register shows every member's name, so a small exact count could be matched
    to a person). Nothing for anyone else who might see the page."""
    user = context["request"].user
    if not Membership.objects.groups_led_by(user).filter(cohort_id=session.cohort_id).exists():
        return {"tried": None}
    tried = tried_since_last_for(session)
    return {"tried": tried, "people": people_so_far(tried.count)}
