"""THE privacy matrix for one-page profiles: viewer × who the owner shares it with in the group × every page.

Expected: the owner always reads their own; in a group where the owner is an active member, its facilitators (with
two-factor sign-in, which the site requires here) read it when it is shared with the facilitators or the group, and
its other active members when it is shared with the group. A profile shared in one group never shows in another
group's pages. People who left, people outside, superusers and anonymous visitors read nothing. This one test grows
with every page, feed, export or email that shows profiles.
"""

import io
import zipfile

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from cohorts.models import Membership, ProfileSharing, Role
from cohorts.selectors import profile_visible_to
from cohorts.services import membership_leave, membership_share_profile
from tests.factories import (
    CohortFactory,
    LiveSessionFactory,
    MembershipFactory,
    OnePageProfileFactory,
    UserFactory,
    build_course,
    build_site,
)
from tests.factories.users import sign_in_confirmed

pytestmark = pytest.mark.django_db

ADMIRED = "People say I notice the quiet ones"
MATTERS = "Nobody else should read about my allotment"
SUPPORT = "Please let me sit by the door"
WORDS = (ADMIRED, MATTERS, SUPPORT)

VIEWERS = [
    "owner",
    "facilitator of the group",
    "peer facilitator of the group",
    "facilitator of the group without two-factor",
    "member of the group",
    "member of both groups",
    "member who left the group",
    "member of the other group only",
    "facilitator of the other group",
    "superuser",
    "anonymous",
]
# The owner is a member of both groups: they share (or not) in "the group", and share with nobody in "the other".
AUDIENCES = ["nobody", "facilitators", "group", "group, then the owner left"]
PAGES = ["rule", "member list", "other group's member list", "register", "one-page profile page", "data download"]

FACILITATING = {"facilitator of the group", "peer facilitator of the group"}
IN_THE_GROUP = FACILITATING | {
    "facilitator of the group without two-factor",
    "member of the group",
    "member of both groups",
}


def can_read(viewer: str, audience: str, page: str) -> bool:
    owner_in_group = audience != "group, then the owner left"
    sharing = "group" if not owner_in_group else audience
    if viewer == "owner":
        return {
            "rule": True,
            "member list": owner_in_group,  # their own, beside their name, while they are in the group
            "other group's member list": True,
            "register": False,  # a member has no register
            "one-page profile page": True,
            "data download": True,
        }[page]
    if page in {"other group's member list", "one-page profile page", "data download"} or not owner_in_group:
        return False
    facilitators_see = viewer in FACILITATING and sharing in {"facilitators", "group"}
    if page == "register":
        return facilitators_see
    # Where the site requires two-factor of facilitators, one without it reads the group's sharing as a member does.
    return facilitators_see or (viewer in IN_THE_GROUP and sharing == "group")


@pytest.fixture
def world(settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    _, index = build_site()
    course = build_course(index, modules=1, lessons_per_module=1).course
    group, other = CohortFactory(course=course), CohortFactory(course=course)
    people = {"superuser": UserFactory(is_superuser=True)}
    for name, cohorts, role in [
        ("owner", (group, other), Role.MEMBER),
        ("facilitator of the group", (group,), Role.FACILITATOR),
        ("peer facilitator of the group", (group,), Role.PEER_FACILITATOR),
        ("facilitator of the group without two-factor", (group,), Role.FACILITATOR),
        ("member of the group", (group,), Role.MEMBER),
        ("member of both groups", (group, other), Role.MEMBER),
        ("member who left the group", (group,), Role.MEMBER),
        ("member of the other group only", (other,), Role.MEMBER),
        ("facilitator of the other group", (other,), Role.FACILITATOR),
    ]:
        people[name] = UserFactory()
        for cohort in cohorts:
            MembershipFactory(cohort=cohort, user=people[name], role=role)
    for name in [*FACILITATING, "facilitator of the other group", "superuser"]:
        Authenticator.objects.create(user=people[name], type=Authenticator.Type.TOTP, data={"secret": "x"})
    Membership.objects.filter(user=people["member who left the group"]).update(ended_at=timezone.now())
    OnePageProfileFactory(user=people["owner"], liked_and_admired=ADMIRED, what_matters=MATTERS, how_to_support=SUPPORT)
    return group, other, people, LiveSessionFactory(cohort=group)


def shows(response) -> bool:
    return response.status_code == 200 and any(words in response.content.decode() for words in WORDS)


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_profile_privacy_matrix(client, world, viewer, audience):
    group, other, people, session = world
    owner = people["owner"]
    membership = Membership.objects.get(user=owner, cohort=group)
    membership_share_profile(membership=membership, sharing=audience.split(",")[0])
    if audience == "group, then the owner left":
        membership_leave(membership=membership)
    user = people.get(viewer, AnonymousUser())
    if viewer != "anonymous":
        sign_in_confirmed(client, user)  # confirmed it is them, as a download asks

    seen = {"rule": profile_visible_to(user).filter(user=owner).exists()}
    seen["member list"] = shows(client.get(f"/cohorts/{group.slug}/"))
    seen["other group's member list"] = shows(client.get(f"/cohorts/{other.slug}/"))
    seen["register"] = shows(client.get(f"/cohorts/{group.slug}/facilitate/sessions/{session.pk}/register/"))
    seen["one-page profile page"] = shows(client.get("/account/one-page-profile/"))
    download = client.get("/accounts/data/download/")
    if download.status_code == 200:
        unzipped = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
        everything = "\n".join(unzipped.read(name).decode() for name in unzipped.namelist())
        seen["data download"] = any(words in everything for words in WORDS)
    else:
        seen["data download"] = False

    expected = {page: can_read(viewer, audience, page) for page in PAGES}
    assert seen == expected


def test_sharing_in_one_group_shows_nothing_in_another(client, world):
    """Scoped by group: a member of both groups sees the profile in the group it is shared with, not in the other."""
    group, other, people, _ = world
    membership_share_profile(membership=Membership.objects.get(user=people["owner"], cohort=group), sharing="group")
    client.force_login(people["member of both groups"])
    assert MATTERS in client.get(f"/cohorts/{group.slug}/").content.decode()
    assert MATTERS not in client.get(f"/cohorts/{other.slug}/").content.decode()
    assert not profile_visible_to(people["member of both groups"], cohort=other).filter(user=people["owner"]).exists()


def test_withdrawing_is_instant(client, world):
    group, _, people, _ = world
    membership = Membership.objects.get(user=people["owner"], cohort=group)
    membership_share_profile(membership=membership, sharing=ProfileSharing.GROUP)
    client.force_login(people["member of the group"])
    assert MATTERS in client.get(f"/cohorts/{group.slug}/").content.decode()

    membership_share_profile(membership=membership, sharing=ProfileSharing.NOBODY)
    assert MATTERS not in client.get(f"/cohorts/{group.slug}/").content.decode()


def test_no_email_carries_a_profile(world, mailoutbox):
    group, _, people, _ = world
    membership = Membership.objects.get(user=people["owner"], cohort=group)
    membership_share_profile(membership=membership, sharing=ProfileSharing.GROUP)
    assert mailoutbox == []
