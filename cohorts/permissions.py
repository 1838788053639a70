"""Who may do what in a cohort. Every cohort view asks one of these; a "no" is a 404, the same as a missing cohort."""

from cohorts.models import Cohort, Membership


def active_membership(user, cohort: Cohort) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.active().filter(user=user, cohort=cohort).first()


def can_enter_cohort_space(user, cohort: Cohort) -> bool:
    return active_membership(user, cohort) is not None


def can_facilitate(user, cohort: Cohort) -> bool:
    membership = active_membership(user, cohort)
    return membership is not None and membership.is_facilitating
