"""The learning partner page costs the same for a small group or a full one, and for a partner who shared two
entries or forty: warm, counting the session and the signed-in person. Two states are pinned: choosing someone to
invite (the member list), and reading what a partner shared (the paginated list)."""

import pytest

from cohorts.models import Membership
from learning.models import Visibility
from learning.services.journal import entry_create
from learning.services.partners import partnership_invite
from tests.factories import CohortFactory, MembershipFactory, UserFactory, make_partners

pytestmark = pytest.mark.django_db

INVITING_QUERIES = 6
PARTNERED_QUERIES = 7


@pytest.fixture(params=[(3, 2), (30, 40)], ids=["small-group", "full-group"])
def group(request, course):
    members, entries = request.param
    cohort = CohortFactory(course=course.course, capacity=members + 2)
    people = [UserFactory() for _ in range(members)]
    for person in people:
        MembershipFactory(cohort=cohort, user=person)
    # Invitations others have sent each other cost the viewer nothing.
    for inviter, invitee in zip(people[2::2], people[3::2], strict=False):
        partnership_invite(cohort=cohort, inviter=inviter, invitee=invitee, notify=False)
    return cohort, people, entries


def test_choosing_someone_to_invite(group, page_within):
    cohort, people, _ = group
    html = page_within(f"/cohorts/{cohort.slug}/partner/", INVITING_QUERIES, as_user=people[0])
    assert "Send the invitation" in html
    assert html.count('name="invitee"') == Membership.objects.members().filter(cohort=cohort).count() - 1


def test_reading_what_my_partner_shared(group, page_within):
    cohort, people, entries = group
    make_partners(cohort, people[0], people[1])
    for n in range(entries):
        entry_create(
            author=people[1], title=f"Shared {n}", text="Some words", visibility=Visibility.PARTNER, cohort=cohort
        )
    html = page_within(f"/cohorts/{cohort.slug}/partner/", PARTNERED_QUERIES, as_user=people[0])
    assert f"Shared {entries - 1}" in html and "is your learning partner" in html
