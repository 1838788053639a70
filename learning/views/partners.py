"""A person's learning partner in one group: invite, answer an invitation, read what the partner shared, end it.

Every page starts from the viewer's own membership (cohort_for_member: anyone else gets a 404 like a missing group)
and every partnership is fetched from the viewer's own (partnership_for: anyone else's is a 404)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from cohorts.selectors import cohort_for_member
from colearn.http import add_service_errors, parse_id, post_only
from colearn.ratelimit import rate_limited
from learning.forms import PartnerInviteForm
from learning.partner_selectors import partner_page_for, partnership_for, people_to_invite, shared_by_partner
from learning.services.partners import partnership_accept, partnership_decline, partnership_end, partnership_invite

ENTRIES_PER_PAGE = 20


def _page(request, cohort, membership, *, form=None, status=200):
    page = partner_page_for(user=request.user, cohort=cohort)
    # A refused invitation shows its form again with the reason, whatever changed meanwhile.
    invites = form is not None or (not membership.is_facilitating and page.partnership is None and not page.invited)
    if invites and form is None:
        form = PartnerInviteForm(people=people_to_invite(user=request.user, cohort=cohort))
    shared = None
    if page.partnership is not None:
        shared = Paginator(shared_by_partner(user=request.user, cohort=cohort), ENTRIES_PER_PAGE).get_page(
            request.GET.get("page")
        )
    context = {"cohort": cohort, "membership": membership, "page": page, "form": form if invites else None}
    return render(request, "learning/partners/page.html", {**context, "page_obj": shared}, status=status)


def _back(cohort):
    return redirect("partner", slug=cohort.slug)


@login_required
def partner(request, slug: str):
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    return _page(request, cohort, membership)


@post_only
@login_required
@rate_limited("partner_invitation")
def partner_invite(request, slug: str):
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    form = PartnerInviteForm(request.POST, people=people_to_invite(user=request.user, cohort=cohort))
    if form.is_valid():
        invitee = form.cleaned_data["invitee"]
        try:
            partnership_invite(cohort=cohort, inviter=request.user, invitee=invitee)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Your invitation is on its way to {invitee.public_name}.")
            return _back(cohort)
    return _page(request, cohort, membership, form=form, status=400)


@post_only
@login_required
def partner_answer(request, slug: str):
    """Accept or decline an invitation: the two buttons of one form."""
    cohort, _ = cohort_for_member(user=request.user, slug=slug)
    partnership = partnership_for(
        user=request.user, cohort=cohort, partnership_id=parse_id(request.POST.get("invitation"))
    )
    answer = request.POST.get("answer")
    if answer not in {"accept", "decline"}:
        messages.error(request, "Choose whether to accept or decline the invitation.")
        return _back(cohort)
    try:
        if answer == "accept":
            partnership_accept(partnership=partnership, by=request.user)
        else:
            partnership_decline(partnership=partnership, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        other = partnership.other(request.user).public_name
        messages.success(
            request,
            f"You and {other} are now learning partners." if answer == "accept" else "The invitation is declined.",
        )
    return _back(cohort)


@login_required
def partner_end(request, slug: str):
    """End the partnership, or withdraw my invitation: a page that asks first, then the post that does it."""
    cohort, membership = cohort_for_member(user=request.user, slug=slug)
    page = partner_page_for(user=request.user, cohort=cohort)
    ending = page.partnership or page.invited
    if request.method == "POST" and ending is not None:
        try:
            partnership_end(partnership=ending, by=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                "Your learning partnership has ended." if ending.is_accepted else "Your invitation is withdrawn.",
            )
        return _back(cohort)
    if request.method == "POST":
        messages.error(request, "There is nothing to end: you have no learning partner or invitation here now.")
        return _back(cohort)
    return render(request, "learning/partners/end.html", {"cohort": cohort, "ending": ending, "page": page})
