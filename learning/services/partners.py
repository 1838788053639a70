"""The only writers of learning partnerships: invite, accept, decline, and end (which also withdraws an invitation).

Every change locks the group's row first and re-reads under the lock, so two invitations or two acceptances at the
same moment cannot make two partnerships for one person (PostgreSQL; the database's unique constraints stand
behind it). Nothing here is logged or told to anyone but the two people: who is partnered is theirs alone.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from cohorts.models import Cohort, Membership
from colearn.models import User
from colearn.notifications import send_email
from learning.models import LearningPartnership

CLOSED = "This invitation is no longer open. It may have been withdrawn, or answered already."


def _lock(cohort: Cohort) -> Cohort:
    return Cohort.objects.select_for_update().get(pk=cohort.pk)


def _is_member(cohort: Cohort, user: User) -> bool:
    """Partners are learners of the group together: its members, not its facilitators."""
    return Membership.objects.members().filter(cohort=cohort, user=user).exists()


def _end_where_someone_left(cohort: Cohort) -> None:
    """A partnership or invitation with someone no longer in the group has ended in effect (visible_to already
    shows nothing); record that, so it stops holding either person's one place."""
    open_rows = LearningPartnership.objects.filter(cohort=cohort).open()
    LearningPartnership.objects.filter(pk__in=open_rows.values("pk")).exclude(
        pk__in=open_rows.both_in_group().values("pk")
    ).update(ended_at=timezone.now())


def _tell_invitee(partnership: LearningPartnership) -> None:
    send_email(
        user=partnership.invitee,
        kind="partner_invitations",
        subject=f"{partnership.inviter.public_name} would like to be your learning partner",
        template="learning/email/partner_invitation.txt",
        context={"inviter": partnership.inviter, "cohort": partnership.cohort},
        link=reverse("partner", kwargs={"slug": partnership.cohort.slug}),
    )


@transaction.atomic
def partnership_invite(*, cohort: Cohort, inviter: User, invitee: User, notify: bool = True) -> LearningPartnership:
    """Invite another member of the group. Whether the invitee already has a partner is never said: the invitation
    is made either way, and only they can see that they cannot accept it yet."""
    cohort = _lock(cohort)
    if not _is_member(cohort, inviter):
        raise PermissionDenied
    if invitee.pk == inviter.pk or not _is_member(cohort, invitee):
        raise ValidationError({"invitee": "Choose someone from your group to invite."})
    _end_where_someone_left(cohort)
    mine = LearningPartnership.objects.filter(cohort=cohort).open().involving(inviter)
    if mine.accepted().exists():
        raise ValidationError("You already have a learning partner in this group.")
    if mine.pending().filter(inviter=inviter).exists():
        raise ValidationError(
            "You have already invited someone in this group. Withdraw that invitation first to invite someone else."
        )
    if mine.pending().filter(inviter=invitee).exists():
        raise ValidationError(
            {"invitee": f"{invitee.public_name} has already invited you. You can accept their invitation instead."}
        )
    partnership = LearningPartnership(cohort=cohort, inviter=inviter, invitee=invitee)
    partnership.full_clean()
    partnership.save()
    if notify:
        transaction.on_commit(lambda: _tell_invitee(partnership))
    return partnership


@transaction.atomic
def partnership_accept(*, partnership: LearningPartnership, by: User) -> LearningPartnership:
    """The invitee says yes. Every other invitation either of them had open in this group closes: one partner each."""
    cohort = _lock(partnership.cohort)
    partnership = LearningPartnership.objects.select_for_update().get(pk=partnership.pk)
    if partnership.invitee_id != by.pk:
        raise PermissionDenied
    _end_where_someone_left(cohort)
    partnership.refresh_from_db()
    if not partnership.is_pending:
        raise ValidationError(CLOSED)
    both = (partnership.inviter_id, partnership.invitee_id)
    in_group = LearningPartnership.objects.filter(cohort=cohort)
    if in_group.accepted().filter(Q(inviter=by) | Q(invitee=by)).exists():
        raise ValidationError(
            "You already have a learning partner in this group. End that partnership first if you would like to "
            "accept this invitation."
        )
    if in_group.accepted().filter(Q(inviter_id=partnership.inviter_id) | Q(invitee_id=partnership.inviter_id)).exists():
        raise ValidationError(CLOSED)
    now = timezone.now()
    partnership.accepted_at = now
    partnership.full_clean()
    partnership.save(update_fields=["accepted_at"])
    others = in_group.pending().exclude(pk=partnership.pk)
    others.filter(inviter_id__in=both).update(ended_at=now)
    others.filter(invitee_id__in=both).update(declined_at=now)
    return partnership


@transaction.atomic
def partnership_decline(*, partnership: LearningPartnership, by: User) -> LearningPartnership:
    partnership = LearningPartnership.objects.select_for_update().get(pk=partnership.pk)
    if partnership.invitee_id != by.pk:
        raise PermissionDenied
    if not partnership.is_pending:
        raise ValidationError(CLOSED)
    partnership.declined_at = timezone.now()
    partnership.full_clean()
    partnership.save(update_fields=["declined_at"])
    return partnership


@transaction.atomic
def partnership_end(*, partnership: LearningPartnership, by: User) -> LearningPartnership:
    """Either partner ends it, at any time; the inviter withdraws an invitation not yet answered. From this moment
    the other person reads nothing more that was shared with them."""
    partnership = LearningPartnership.objects.select_for_update().get(pk=partnership.pk)
    may_end = partnership.is_accepted and by.pk in (partnership.inviter_id, partnership.invitee_id)
    may_withdraw = partnership.is_pending and by.pk == partnership.inviter_id
    if by.pk not in (partnership.inviter_id, partnership.invitee_id):
        raise PermissionDenied
    if not (may_end or may_withdraw):
        raise ValidationError("There is nothing to end here: it has ended already.")
    partnership.ended_at = timezone.now()
    partnership.full_clean()
    partnership.save(update_fields=["ended_at"])
    return partnership
