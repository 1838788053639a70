"""Who may do what in a cohort. Views reach cohorts through cohorts.selectors.cohort_for_member /
cohort_for_facilitator, which build on these, so a "no" is a 404 exactly like a missing cohort."""

from cohorts.models import Cohort, Membership


def active_membership(user, cohort: Cohort) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.active().filter(user=user, cohort=cohort).first()


def can_facilitate(user, cohort: Cohort) -> bool:
    membership = active_membership(user, cohort)
    return membership is not None and membership.is_facilitating
