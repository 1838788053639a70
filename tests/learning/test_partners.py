"""Learning partners: invite, accept, decline, withdraw, end; one partner per person per group; what the page,
the space, the dashboard, the journal form and the email show; and the person's data rights over it."""

import json
import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cohorts.models import Membership, Role
from learning.models import JournalEntry, LearningPartnership, Visibility
from learning.services.data_rights import person_erase
from learning.services.journal import entry_create, entry_update
from learning.services.learning_holdings import export_partnerships
from learning.services.partners import partnership_accept, partnership_decline, partnership_end, partnership_invite
from tests.factories import CohortFactory, MembershipFactory, UserFactory, make_partners

pytestmark = pytest.mark.django_db

ONE_TIME_VALUES = re.compile(r'(nonce|content|value|data-[a-z-]+)="[^"]*"')


@pytest.fixture
def group(course):
    cohort = CohortFactory(course=course.course, name="Thursday group")
    people = {}
    for name in ("Alex", "Sam", "Priya", "Jo"):
        people[name] = UserFactory(display_name=name)
        MembershipFactory(cohort=cohort, user=people[name])
    people["Robin"] = UserFactory(display_name="Robin")  # facilitates
    MembershipFactory(cohort=cohort, user=people["Robin"], role=Role.FACILITATOR, perspective="")
    return cohort, people


def invite(cohort, inviter, invitee):
    return partnership_invite(cohort=cohort, inviter=inviter, invitee=invitee, notify=False)


def leave(cohort, person):
    Membership.objects.filter(cohort=cohort, user=person).update(ended_at="2026-01-01T00:00Z")


# --- The services ---------------------------------------------------------------------------------------------


def test_an_accepted_invitation_makes_two_people_partners_and_closes_their_other_invitations(group):
    cohort, p = group
    to_sam = invite(cohort, p["Alex"], p["Sam"])
    priya_to_alex = invite(cohort, p["Priya"], p["Alex"])
    sam_to_jo = invite(cohort, p["Sam"], p["Jo"])

    partnership_accept(partnership=to_sam, by=p["Sam"])

    assert LearningPartnership.objects.current().get() == to_sam
    priya_to_alex.refresh_from_db()
    sam_to_jo.refresh_from_db()
    assert priya_to_alex.declined_at is not None, "an invitation to someone now partnered is closed"
    assert sam_to_jo.ended_at is not None, "their own invitations to others are withdrawn"


def test_one_open_invitation_at_a_time_and_no_invitation_while_partnered(group):
    cohort, p = group
    invite(cohort, p["Alex"], p["Sam"])
    with pytest.raises(ValidationError, match="already invited someone"):
        invite(cohort, p["Alex"], p["Priya"])
    make_partners(cohort, p["Priya"], p["Jo"])
    with pytest.raises(ValidationError, match="already have a learning partner"):
        invite(cohort, p["Jo"], p["Alex"])


def test_inviting_someone_who_is_partnered_says_nothing_of_it_and_they_cannot_accept(group):
    cohort, p = group
    make_partners(cohort, p["Sam"], p["Priya"])
    invitation = invite(cohort, p["Alex"], p["Sam"])  # made as for anyone: Alex is not told Sam has a partner
    assert invitation.is_pending
    with pytest.raises(ValidationError, match="End that partnership first"):
        partnership_accept(partnership=invitation, by=p["Sam"])
    assert LearningPartnership.objects.current().count() == 1


def test_inviting_someone_who_invited_you_points_to_their_invitation(group):
    cohort, p = group
    invite(cohort, p["Sam"], p["Alex"])
    with pytest.raises(ValidationError) as refused:
        invite(cohort, p["Alex"], p["Sam"])
    assert "Sam has already invited you" in str(refused.value)


@pytest.mark.parametrize(
    "who",
    ["yourself", "a facilitator", "someone from another group", "someone who left"],
)
def test_only_another_member_of_the_group_can_be_invited(group, course, who):
    cohort, p = group
    other = UserFactory()
    MembershipFactory(cohort=CohortFactory(course=course.course), user=other)
    if who == "someone who left":
        leave(cohort, p["Jo"])
    invitee = {"yourself": p["Alex"], "a facilitator": p["Robin"], "someone from another group": other}.get(
        who, p["Jo"]
    )
    with pytest.raises(ValidationError, match="Choose someone from your group"):
        invite(cohort, p["Alex"], invitee)
    assert not LearningPartnership.objects.exists()


def test_a_facilitator_or_an_outsider_cannot_invite(group):
    cohort, p = group
    with pytest.raises(PermissionDenied):
        invite(cohort, p["Robin"], p["Alex"])
    with pytest.raises(PermissionDenied):
        invite(cohort, UserFactory(), p["Alex"])


def test_only_the_invitee_answers_and_only_the_inviter_withdraws(group):
    cohort, p = group
    invitation = invite(cohort, p["Alex"], p["Sam"])
    for person in (p["Alex"], p["Priya"]):
        with pytest.raises(PermissionDenied):
            partnership_accept(partnership=invitation, by=person)
        with pytest.raises(PermissionDenied):
            partnership_decline(partnership=invitation, by=person)
    with pytest.raises(ValidationError):
        partnership_end(partnership=invitation, by=p["Sam"])  # Sam declines instead
    partnership_end(partnership=invitation, by=p["Alex"])
    with pytest.raises(ValidationError, match="no longer open"):
        partnership_accept(partnership=invitation, by=p["Sam"])


def test_a_declined_invitation_lets_the_inviter_invite_someone_else(group):
    cohort, p = group
    invitation = invite(cohort, p["Alex"], p["Sam"])
    partnership_decline(partnership=invitation, by=p["Sam"])
    invitation.refresh_from_db()
    assert invitation.declined_at is not None
    assert invite(cohort, p["Alex"], p["Priya"]).is_pending


@pytest.mark.parametrize("ender", ["Alex", "Sam"])
def test_either_partner_ends_it_and_then_both_are_free(group, ender):
    cohort, p = group
    partnership = make_partners(cohort, p["Alex"], p["Sam"])
    with pytest.raises(PermissionDenied):
        partnership_end(partnership=partnership, by=p["Priya"])
    partnership_end(partnership=partnership, by=p[ender])
    assert not LearningPartnership.objects.current().exists()
    make_partners(cohort, p["Sam"], p["Priya"])
    make_partners(cohort, p["Alex"], p["Jo"])


def test_leaving_the_group_ends_a_partnership_in_effect_and_frees_the_one_who_stays(group):
    cohort, p = group
    make_partners(cohort, p["Alex"], p["Sam"])
    leave(cohort, p["Sam"])
    assert not LearningPartnership.objects.current().exists()
    make_partners(cohort, p["Alex"], p["Priya"])  # the one who stayed can find a new partner


def test_coming_back_to_the_group_does_not_bring_a_partnership_back(group):
    cohort, p = group
    make_partners(cohort, p["Alex"], p["Sam"])
    entry = share(cohort, p["Alex"])
    leave(cohort, p["Sam"])
    # As cohorts' services bring back someone who left: active again, joined from now.
    Membership.objects.filter(cohort=cohort, user=p["Sam"]).update(ended_at=None, joined_at=timezone.now())
    assert not LearningPartnership.objects.current().exists()
    assert not JournalEntry.objects.visible_to(p["Sam"]).filter(pk=entry.pk).exists()


def test_partners_in_one_group_can_have_other_partners_in_another(group, course):
    cohort, p = group
    other = CohortFactory(course=course.course)
    for name in ("Alex", "Sam"):
        MembershipFactory(cohort=other, user=p[name])
    make_partners(cohort, p["Alex"], p["Sam"])
    make_partners(other, p["Sam"], p["Alex"])
    assert LearningPartnership.objects.current().count() == 2


# --- Sharing an entry with my learning partner ------------------------------------------------------------------


def share(cohort, author, text="Our walk by the canal"):
    return entry_create(author=author, text=text, visibility=Visibility.PARTNER, cohort=cohort)


def test_only_someone_with_a_partner_in_that_group_can_share_with_one(group):
    cohort, p = group
    with pytest.raises(ValidationError, match="do not have a learning partner"):
        share(cohort, p["Alex"])
    invite(cohort, p["Alex"], p["Sam"])
    with pytest.raises(ValidationError, match="do not have a learning partner"):
        share(cohort, p["Alex"])  # an invitation is not a partnership
    make_partners(cohort, p["Priya"], p["Jo"])
    entry = share(cohort, p["Priya"])
    assert entry.partnership.invitee == p["Jo"]


def test_a_new_partner_never_reads_what_was_shared_with_the_last_one(group):
    cohort, p = group
    first = make_partners(cohort, p["Alex"], p["Sam"])
    entry = share(cohort, p["Alex"])
    assert JournalEntry.objects.visible_to(p["Sam"]).filter(pk=entry.pk).exists()
    partnership_end(partnership=first, by=p["Sam"])
    make_partners(cohort, p["Alex"], p["Priya"])
    assert not JournalEntry.objects.visible_to(p["Priya"]).filter(pk=entry.pk).exists()
    assert not JournalEntry.objects.visible_to(p["Sam"]).filter(pk=entry.pk).exists()
    # Shared again, on purpose, with the new partner: now Priya reads it.
    entry_update(
        entry=entry, by=p["Alex"], version=entry.version, text=entry.text, visibility=Visibility.PARTNER, cohort=cohort
    )
    assert JournalEntry.objects.visible_to(p["Priya"]).filter(pk=entry.pk).exists()


def test_the_journal_form_offers_my_learning_partner_only_to_someone_with_one(client, group):
    cohort, p = group
    client.force_login(p["Alex"])
    assert "My learning partner" not in client.get("/journal/new/").content.decode()
    make_partners(cohort, p["Alex"], p["Sam"])
    page = client.get("/journal/new/").content.decode()
    assert 'value="partner"' in page and "My learning partner" in page


def test_sharing_with_my_partner_asks_first_naming_them_then_they_read_it(client, group):
    cohort, p = group
    make_partners(cohort, p["Alex"], p["Sam"])
    MembershipFactory(cohort=CohortFactory(course=cohort.course), user=p["Alex"])  # a second group, no partner
    client.force_login(p["Alex"])
    fields = {"text": "Our walk by the canal", "visibility": "partner", "cohort": cohort.pk}
    asked = client.post("/journal/new/", fields)
    assert asked.status_code == 200
    assert "Sam, your learning partner in Thursday group, will be able to read this. Nobody else will." in (
        asked.content.decode()
    )
    assert not JournalEntry.objects.exists()
    saved = client.post("/journal/new/", {**fields, "confirmed": "on"})
    entry = JournalEntry.objects.get()
    assert saved.status_code == 302 and entry.visibility == Visibility.PARTNER

    client.force_login(p["Sam"])
    page = client.get(f"/cohorts/{cohort.slug}/partner/").content.decode()
    assert "What Alex shared with you" in page and "Our walk by the canal" in page
    assert client.get(f"/journal/{entry.pk}/").status_code == 200
    assert "Our walk by the canal" not in client.get(f"/cohorts/{cohort.slug}/reflections/").content.decode()


def test_sharing_with_a_partner_in_a_group_without_one_is_refused_next_to_the_group(client, group, course):
    cohort, p = group
    make_partners(cohort, p["Alex"], p["Sam"])
    lonely = CohortFactory(course=course.course)
    MembershipFactory(cohort=lonely, user=p["Alex"])
    client.force_login(p["Alex"])
    answer = client.post(
        "/journal/new/", {"text": "Words", "visibility": "partner", "cohort": lonely.pk, "confirmed": "on"}
    )
    assert answer.status_code == 200 and "You do not have a learning partner in that group" in answer.content.decode()
    assert not JournalEntry.objects.exists()


def test_editing_an_entry_whose_partnership_ended_asks_before_sharing_it_with_a_new_partner(client, group):
    cohort, p = group
    first = make_partners(cohort, p["Alex"], p["Sam"])
    entry = share(cohort, p["Alex"])
    partnership_end(partnership=first, by=p["Alex"])
    make_partners(cohort, p["Alex"], p["Priya"])
    client.force_login(p["Alex"])
    fields = {"text": entry.text, "visibility": "partner", "cohort": cohort.pk, "version": entry.version}
    asked = client.post(f"/journal/{entry.pk}/edit/", fields)
    assert "Priya, your learning partner" in asked.content.decode()
    assert not JournalEntry.objects.visible_to(p["Priya"]).filter(pk=entry.pk).exists()


def test_the_partner_can_respond_and_the_writer_is_told_without_the_words(
    client, group, django_capture_on_commit_callbacks
):
    cohort, p = group
    make_partners(cohort, p["Alex"], p["Sam"])
    entry = share(cohort, p["Alex"])
    client.force_login(p["Sam"])
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(f"/journal/{entry.pk}/responses/", {"text": "That sounds lovely."})
    assert answer.status_code == 302
    assert [m.to for m in mail.outbox] == [[p["Alex"].email]]
    assert "That sounds lovely" not in mail.outbox[0].body and "canal" not in mail.outbox[0].body


# --- The pages ---------------------------------------------------------------------------------------------------


def test_inviting_from_the_page_emails_the_invitee_a_link_to_their_page(
    client, group, django_capture_on_commit_callbacks
):
    cohort, p = group
    client.force_login(p["Alex"])
    page = client.get(f"/cohorts/{cohort.slug}/partner/").content.decode()
    for name in ("Sam", "Priya", "Jo"):
        assert f">{name}</label>" in page
    assert ">Robin</label>" not in page and ">Alex</label>" not in page
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(f"/cohorts/{cohort.slug}/partner/invite/", {"invitee": p["Sam"].pk})
    assert sent.status_code == 302
    assert LearningPartnership.objects.pending().get().invitee == p["Sam"]
    assert [m.to for m in mail.outbox] == [[p["Sam"].email]]
    assert "Alex would like to be your learning partner" in mail.outbox[0].subject
    assert f"/cohorts/{cohort.slug}/partner/" in mail.outbox[0].body
    after = client.get(f"/cohorts/{cohort.slug}/partner/").content.decode()
    assert "You invited Sam" in after and "Withdraw your invitation" in after


def test_someone_who_switched_the_invitation_email_off_gets_none(client, group, django_capture_on_commit_callbacks):
    cohort, p = group
    p["Sam"].email_opt_outs = ["partner_invitations"]
    p["Sam"].save(update_fields=["email_opt_outs"])
    client.force_login(p["Alex"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/cohorts/{cohort.slug}/partner/invite/", {"invitee": p["Sam"].pk})
    assert LearningPartnership.objects.exists() and mail.outbox == []


@pytest.mark.parametrize("value", ["", "abc", "999999", "-1"])
def test_a_bad_invitee_gets_a_clear_message_and_nothing_changes(client, group, value):
    cohort, p = group
    client.force_login(p["Alex"])
    answer = client.post(f"/cohorts/{cohort.slug}/partner/invite/", {"invitee": value})
    assert answer.status_code == 400 and "Choose someone from your group to invite." in answer.content.decode()
    assert not LearningPartnership.objects.exists()


def test_a_second_invitation_is_refused_on_the_page(client, group):
    cohort, p = group
    invite(cohort, p["Alex"], p["Sam"])
    client.force_login(p["Alex"])
    answer = client.post(f"/cohorts/{cohort.slug}/partner/invite/", {"invitee": p["Priya"].pk})
    assert answer.status_code == 400 and "already invited someone" in answer.content.decode()
    assert LearningPartnership.objects.count() == 1


def test_accepting_and_declining_from_the_page(client, group):
    cohort, p = group
    from_alex = invite(cohort, p["Alex"], p["Sam"])
    from_priya = invite(cohort, p["Priya"], p["Sam"])
    client.force_login(p["Sam"])
    page = client.get(f"/cohorts/{cohort.slug}/partner/").content.decode()
    assert "Alex would like to be your learning partner" in page and "Priya would like" in page
    client.post(f"/cohorts/{cohort.slug}/partner/answer/", {"invitation": from_priya.pk, "answer": "decline"})
    follow = client.post(
        f"/cohorts/{cohort.slug}/partner/answer/", {"invitation": from_alex.pk, "answer": "accept"}, follow=True
    )
    assert "You and Alex are now learning partners." in follow.content.decode()
    assert "Alex is your learning partner" in follow.content.decode()
    from_priya.refresh_from_db()
    assert from_priya.declined_at is not None


@pytest.mark.parametrize("answer", ["accept", "decline"])
def test_nobody_else_can_answer_an_invitation_or_see_that_it_exists(client, group, answer):
    cohort, p = group
    invitation = invite(cohort, p["Alex"], p["Sam"])
    for person in (p["Priya"], p["Robin"]):
        client.force_login(person)
        refused = client.post(
            f"/cohorts/{cohort.slug}/partner/answer/", {"invitation": invitation.pk, "answer": answer}
        )
        assert refused.status_code == 404
    client.force_login(UserFactory())
    assert client.get(f"/cohorts/{cohort.slug}/partner/").status_code == 404
    invitation.refresh_from_db()
    assert invitation.is_pending


def test_ending_asks_first_then_the_partner_reads_nothing_more(client, group):
    cohort, p = group
    make_partners(cohort, p["Alex"], p["Sam"])
    entry = share(cohort, p["Alex"])
    client.force_login(p["Sam"])
    asked = client.get(f"/cohorts/{cohort.slug}/partner/end/")
    assert "End your learning partnership?" in asked.content.decode()
    assert LearningPartnership.objects.current().exists()
    client.post(f"/cohorts/{cohort.slug}/partner/end/")
    assert not LearningPartnership.objects.current().exists()
    assert client.get(f"/journal/{entry.pk}/").status_code == 404
    page = client.get(f"/cohorts/{cohort.slug}/partner/").content.decode()
    assert "Our walk by the canal" not in page and "Invite someone" in page
    client.force_login(p["Alex"])
    assert "Only you can read this now" in client.get(f"/journal/{entry.pk}/").content.decode()


def test_ending_when_there_is_nothing_to_end_changes_nothing(client, group):
    cohort, p = group
    client.force_login(p["Alex"])
    assert "Nothing to end" in client.get(f"/cohorts/{cohort.slug}/partner/end/").content.decode()
    assert client.post(f"/cohorts/{cohort.slug}/partner/end/").status_code == 302
    assert not LearningPartnership.objects.exists()


def test_nobody_else_can_see_who_is_partnered(client, group):
    """The space, the member list, the feed and the facilitator's pages look the same whether people are partnered
    or not, for everyone but the two partners."""
    cohort, p = group
    pages = [f"/cohorts/{cohort.slug}/", f"/cohorts/{cohort.slug}/reflections/", f"/cohorts/{cohort.slug}/partner/"]

    def seen_by(person):
        client.force_login(person)
        html = [client.get(url).content.decode() for url in [*pages, "/dashboard/"]]
        return [ONE_TIME_VALUES.sub("", page) for page in html]  # tokens and nonces change with every page

    before = {name: seen_by(p[name]) for name in ("Priya", "Robin")}
    make_partners(cohort, p["Alex"], p["Sam"])
    invite(cohort, p["Jo"], p["Alex"])
    for name in ("Priya", "Robin"):
        after = seen_by(p[name])
        assert after == before[name], name
        assert not any("learning partner in" in html and "Alex" in html for html in after)


def test_the_dashboard_shows_a_waiting_invitation_with_a_link(client, group):
    cohort, p = group
    invite(cohort, p["Alex"], p["Sam"])
    client.force_login(p["Sam"])
    page = client.get("/dashboard/").content.decode()
    assert "Alex would like to be your learning partner in Thursday group" in page
    assert f'href="/cohorts/{cohort.slug}/partner/"' in page
    client.force_login(p["Priya"])
    assert "Learning partner invitations" not in client.get("/dashboard/").content.decode()


def test_the_space_links_members_to_their_partner_page(client, group):
    cohort, p = group
    client.force_login(p["Alex"])
    assert f'href="/cohorts/{cohort.slug}/partner/"' in client.get(f"/cohorts/{cohort.slug}/").content.decode()


def test_a_facilitator_is_told_partners_are_for_members(client, group):
    cohort, p = group
    client.force_login(p["Robin"])
    page = client.get(f"/cohorts/{cohort.slug}/partner/").content.decode()
    assert "nothing for you to do here as a facilitator" in page and "Send the invitation" not in page


# --- Data rights -------------------------------------------------------------------------------------------------


def test_my_export_holds_my_partnerships_with_nothing_the_other_person_wrote(group):
    cohort, p = group
    make_partners(cohort, p["Alex"], p["Sam"])
    entry_create(author=p["Sam"], text="Sam's own words", visibility=Visibility.PARTNER, cohort=cohort)
    declined = invite(cohort, p["Priya"], p["Alex"])
    partnership_decline(partnership=declined, by=p["Alex"])

    rows = export_partnerships(p["Alex"])

    assert [(r["with"], r["invited_by"], bool(r["accepted"]), bool(r["declined"])) for r in rows] == [
        ("Sam", "you", True, False),
        ("Priya", "them", False, True),
    ]
    assert "Sam's own words" not in json.dumps(rows)
    assert export_partnerships(p["Jo"]) == [], "nobody else's export shows who is partnered"


def test_erasing_an_account_removes_its_partnerships_and_the_partner_reads_nothing_more(group):
    cohort, p = group
    make_partners(cohort, p["Alex"], p["Sam"])
    alex_shared = share(cohort, p["Alex"])
    sam_shared = entry_create(author=p["Sam"], text="Sam's words", visibility=Visibility.PARTNER, cohort=cohort)
    invite(cohort, p["Priya"], p["Jo"])

    person_erase(user=p["Alex"])

    assert not LearningPartnership.objects.filter(pk__in=[alex_shared.partnership_id]).exists()
    assert not JournalEntry.objects.filter(pk=alex_shared.pk).exists()
    assert not JournalEntry.objects.visible_to(p["Sam"]).exclude(author=p["Sam"]).exists()
    sam_shared.refresh_from_db()
    assert sam_shared.partnership is None and sam_shared.text == "Sam's words"
    assert LearningPartnership.objects.count() == 1, "other people's invitations stay"
