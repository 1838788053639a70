"""Facilitators add people who have no email address, and print the card they sign in with.

The code on a card is shown once, on the page after it was made, and never stored: only its hash is kept
(colearn.services.sign_in_code_issue). It waits in the facilitator's session for that one page view, so the
add-or-renew form can redirect (a reload never makes another code) and the code is never in an address."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from cohorts.forms import MemberWithoutEmailForm
from cohorts.selectors import cohort_for_facilitator, members_without_email
from cohorts.services import membership_add_without_email, sign_in_code_reissue
from colearn.http import add_service_errors, parse_id

CARD_IN_SESSION = "cohorts.sign_in_card"
PEOPLE_PER_PAGE = 25


def _card_next(request, *, cohort, user, code: str):
    request.session[CARD_IN_SESSION] = {"cohort": cohort.pk, "user": user.pk, "code": code}
    return redirect("cohorts:sign_in_card", slug=cohort.slug)


@login_required
def member_add(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    form = MemberWithoutEmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership, code = membership_add_without_email(cohort=cohort, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            return _card_next(request, cohort=cohort, user=membership.user, code=code)
    return render(request, "cohorts/facilitate/member_add.html", {"cohort": cohort, "form": form})


@login_required
def sign_in_card(request, slug: str):
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    card = request.session.pop(CARD_IN_SESSION, None)
    holder = None
    if card and card.get("cohort") == cohort.pk:
        holder = members_without_email(cohort).filter(user_id=card.get("user")).first()
    return render(
        request,
        "cohorts/facilitate/sign_in_card.html",
        {
            "cohort": cohort,
            "holder": holder,
            "code": card["code"] if holder else "",
            "site_url": settings.WAGTAILADMIN_BASE_URL,
        },
    )


@login_required
def sign_in_codes(request, slug: str):
    """Members who sign in with a card, each with a button for a new one (the old code stops working)."""
    cohort, _ = cohort_for_facilitator(user=request.user, slug=slug)
    if request.method == "POST":
        try:
            user, code = sign_in_code_reissue(
                cohort=cohort, by=request.user, user_id=parse_id(request.POST.get("member"))
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("cohorts:sign_in_codes", slug=slug)
        return _card_next(request, cohort=cohort, user=user, code=code)
    page = Paginator(members_without_email(cohort), PEOPLE_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "cohorts/facilitate/sign_in_codes.html", {"cohort": cohort, "page_obj": page})
