"""Learning partners, made through the services as people make them (invite, then accept)."""

from learning.services.partners import partnership_accept, partnership_invite


def make_partners(cohort, inviter, invitee):
    """`inviter` and `invitee`, both members of `cohort`, become learning partners. Returns the partnership."""
    invitation = partnership_invite(cohort=cohort, inviter=inviter, invitee=invitee, notify=False)
    return partnership_accept(partnership=invitation, by=invitee)
