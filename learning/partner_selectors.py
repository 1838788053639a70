"""Readers of learning partnerships. Only the two people in one ever read it: every reader here starts from the
viewer's own rows (`involving(user)`), and what a partner shared is read through the one privacy rule."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404

from cohorts.models import Membership
from colearn.models import User
from learning.models import JournalEntry, LearningPartnership, Visibility


@dataclass
class PartnerPage:
    """What one person's learning partner page shows for one group."""

    partnership: LearningPartnership | None = None  # the current one
    invited: LearningPartnership | None = None  # my invitation, waiting for an answer
    invitations: list[LearningPartnership] = field(default_factory=list)  # invitations to me, waiting for mine

    @property
    def partner(self) -> User | None:
        return self.partnership.other_person if self.partnership else None


def partner_page_for(*, user: User, cohort) -> PartnerPage:
    """One query: the viewer's open partnerships and invitations in this group, with both people. Anything with
    someone who has left the group is over in effect, so it is not shown."""
    rows = (
        LearningPartnership.objects.filter(cohort=cohort)
        .open()
        .involving(user)
        .both_in_group()
        .select_related("inviter", "invitee")
        .order_by("invited_at", "pk")
    )
    page = PartnerPage()
    for row in rows:
        row.other_person = row.other(user)
        if row.is_accepted:
            page.partnership = row
        elif row.inviter_id == user.pk:
            page.invited = row
        else:
            page.invitations.append(row)
    return page


def people_to_invite(*, user: User, cohort) -> list[User]:
    """The group's other members, by name: the same people the group's member list shows, never who is partnered."""
    members = Membership.objects.members().filter(cohort=cohort).exclude(user=user).select_related("user")
    return sorted((m.user for m in members), key=lambda person: person.public_name.lower())


def shared_by_partner(*, user: User, cohort):
    """What the viewer's current partner in this group shared with them, newest first, through the privacy rule.
    Lazy, for the paginator to slice in the database."""
    return (
        JournalEntry.objects.visible_to(user)
        .filter(cohort=cohort, visibility=Visibility.PARTNER)
        .exclude(author=user)
        .select_related("author")
        .defer("text", "body", "search_vector")
        .order_by("-created_at", "-pk")
    )


def partnership_for(*, user: User, cohort, partnership_id: int | None) -> LearningPartnership:
    """One of the viewer's own partnerships or invitations in this group; anyone else's is a 404 like a missing id."""
    return get_object_or_404(
        LearningPartnership.objects.filter(cohort=cohort).involving(user).select_related("cohort"), pk=partnership_id
    )


def current_partnership(*, user: User, cohort) -> LearningPartnership | None:
    return LearningPartnership.objects.current().filter(cohort=cohort).involving(user).first()


def has_partner_in(user: User):
    """An Exists for a Membership queryset: the member has a current learning partner in that membership's group."""
    return Exists(LearningPartnership.objects.current().filter(cohort_id=OuterRef("cohort_id")).involving(user))


def waiting_invitations(user: User) -> list[LearningPartnership]:
    """Invitations to the person, in any of their groups, from someone still in it: for the dashboard."""
    return list(
        LearningPartnership.objects.pending()
        .filter(invitee=user)
        .both_in_group()
        .select_related("cohort", "inviter")
        .order_by("invited_at")
    )
