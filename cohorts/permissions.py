"""Who may do what in a cohort. Views reach cohorts through cohorts.selectors.cohort_for_member /
cohort_for_facilitator, which build on these, so a "no" is a 404 exactly like a missing cohort."""

from cohorts.models import Cohort, Membership
from colearn.security import has_required_two_factor


def active_membership(user, cohort: Cohort) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.active().filter(user=user, cohort=cohort).first()


def facilitates(user, membership: Membership | None) -> bool:
    """The facilitator's rule, for a membership already in hand: a facilitating role, and two-factor sign-in where
    the site requires it (colearn.security.has_required_two_factor)."""
    return membership is not None and membership.is_facilitating and has_required_two_factor(user)


def can_facilitate(user, cohort: Cohort) -> bool:
    return facilitates(user, active_membership(user, cohort))
