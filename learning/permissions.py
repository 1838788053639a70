"""Who may do what with journal entries and responses.

The one privacy rule is `JournalEntry.objects.visible_to(user)` (and `Response.objects.visible_to(user)`, which
rides on it). Views fetch every entry through it, so a denial is a 404 identical to a missing id. The predicates
here answer the questions that follow once someone can see an entry.
"""

from cohorts.models import Membership
from cohorts.permissions import can_facilitate
from learning.models import JournalEntry, Response
from learning.partner_selectors import has_partner_in


def can_edit_entry(user, entry: JournalEntry) -> bool:
    return user.is_authenticated and entry.author_id == user.pk


def can_respond(user, entry: JournalEntry) -> bool:
    """Anyone in the entry's audience may respond; the author may reply too."""
    return entry.visibility != "private" and JournalEntry.objects.visible_to(user).filter(pk=entry.pk).exists()


def can_edit_response(user, response: Response) -> bool:
    return user.is_authenticated and response.author_id == user.pk


def can_moderate(user, response: Response) -> bool:
    return response.entry.cohort_id is not None and can_facilitate(user, response.entry.cohort)


def groups_to_share_with(user, course=None):
    """The groups someone can share an entry with: their current groups, of the entry's course if it has one. Each
    says whether they have a learning partner there now (`has_learning_partner`), in the same query."""
    memberships = (
        Membership.objects.active()
        .filter(user=user)
        .select_related("cohort")
        .annotate(has_learning_partner=has_partner_in(user))
    )
    if course is not None:
        memberships = memberships.filter(cohort__course=course)
    groups = []
    for membership in memberships:
        membership.cohort.has_learning_partner = membership.has_learning_partner
        groups.append(membership.cohort)
    return groups
