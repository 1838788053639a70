"""THE privacy matrix for check-ins and their notes: every persona × whether the person who asked is still in the
group × every page, action, feed, export and email that touches them.

Expected: the person who asked reads their check-ins always; the group's current facilitators, with two-factor on,
read them only while the person is an active member; everyone else (another member, a facilitator without
two-factor, a facilitator of another group, a facilitator who has left, an outsider, a superuser) gets a 404 identical
to a missing id (anonymous people: the sign-in page), and a denied write changes nothing. No email carries a note.
"""

import io
import zipfile

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail

from cohorts.models import Membership, Role
from learning.models import CheckInNote, CheckInRequest, CheckInState
from learning.services.check_ins import check_in_note_add
from learning.services.data_rights import person_erase
from learning.services.journal import check_in_request
from tests.factories import CohortFactory, MembershipFactory, UserFactory
from tests.factories.users import sign_in_confirmed

pytestmark = pytest.mark.django_db

ASKER = "person who asked"
FACILITATOR = "facilitator of this group"
WITHOUT_TWO_FACTOR = "facilitator of this group without two-factor"
VIEWERS = [
    ASKER,
    "member of the same group",
    FACILITATOR,
    WITHOUT_TWO_FACTOR,
    "facilitator of another group",
    "facilitator who left this group",
    "outsider",
    "superuser",
    "anonymous",
]
SECRET = "I have not slept properly since the move"
REPLY = "Shall we talk before the session on Thursday"
LEFT = "2026-01-01T00:00Z"


def can_read(viewer: str, asker_active: bool) -> bool:
    return viewer == ASKER or (viewer == FACILITATOR and asker_active)


@pytest.fixture
def world(course, settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    group = CohortFactory(course=course.course, pair=False)
    other_group = CohortFactory(course=course.course, pair=False)
    people = {"superuser": UserFactory(is_superuser=True), "outsider": UserFactory()}
    for name, cohort, role in [
        (ASKER, group, Role.MEMBER),
        ("member of the same group", group, Role.MEMBER),
        (FACILITATOR, group, Role.FACILITATOR),
        (WITHOUT_TWO_FACTOR, group, Role.PEER_FACILITATOR),
        ("facilitator who left this group", group, Role.FACILITATOR),
        ("facilitator of another group", other_group, Role.FACILITATOR),
    ]:
        people[name] = UserFactory()
        MembershipFactory(cohort=cohort, user=people[name], role=role)
    for name, person in people.items():
        if name not in {ASKER, "member of the same group", WITHOUT_TWO_FACTOR}:
            Authenticator.objects.create(user=person, type=Authenticator.Type.TOTP, data={"secret": "x"})
    Membership.objects.filter(user=people["facilitator who left this group"]).update(ended_at=LEFT)
    check_in = check_in_request(user=people[ASKER], cohort=group, notify=False)
    check_in_note_add(check_in=check_in, author=people[FACILITATOR], text=REPLY, notify=False)
    check_in_note_add(check_in=check_in, author=people[ASKER], text=SECRET, notify=False)  # open again
    return group, people, check_in


@pytest.mark.parametrize("asker_active", [True, False], ids=["asker in the group", "asker has left"])
@pytest.mark.parametrize("viewer", VIEWERS)
def test_check_in_privacy_matrix(client, world, viewer, asker_active, django_capture_on_commit_callbacks):
    group, people, check_in = world
    if not asker_active:
        Membership.objects.filter(user=people[ASKER], cohort=group).update(ended_at=LEFT)
    user = people.get(viewer)
    if user is not None:
        sign_in_confirmed(client, user)  # confirmed it is them, as a download asks
    readable = can_read(viewer, asker_active)
    as_facilitator = readable and viewer != ASKER
    person_page = f"/journal/check-ins/{check_in.pk}/"
    group_list = f"/cohorts/{group.slug}/facilitate/check-ins/"
    group_page = f"{group_list}{check_in.pk}/"

    def denied(response) -> bool:
        if viewer == "anonymous":
            return response.status_code == 302 and response.url.startswith("/accounts/login/")
        return response.status_code == 404

    # The rule itself.
    if user is not None:
        assert CheckInRequest.objects.visible_to(user).filter(pk=check_in.pk).exists() == readable

    # The person's own pages: theirs alone, even once they have left the group.
    listing = client.get("/journal/check-ins/")
    if viewer == "anonymous":
        assert denied(listing)
    else:
        assert listing.status_code == 200 and (group.name in listing.content.decode()) == (viewer == ASKER)
    page = client.get(person_page)
    if viewer == ASKER:
        assert page.status_code == 200 and SECRET in page.content.decode() and REPLY in page.content.decode()
    else:
        assert denied(page)

    # The facilitator's pages: the group's current facilitators with two-factor, while the asker is in the group.
    shown = client.get(group_list)
    if as_facilitator:
        assert shown.status_code == 200 and people[ASKER].public_name in shown.content.decode()
    elif viewer == FACILITATOR:
        assert shown.status_code == 200 and people[ASKER].public_name not in shown.content.decode()
    else:
        assert shown.status_code != 200 or people[ASKER].public_name not in shown.content.decode()
    page = client.get(group_page)
    if as_facilitator:
        assert page.status_code == 200 and SECRET in page.content.decode()
    else:
        assert SECRET not in page.content.decode() and page.status_code in {302, 404}

    # The feed says how many are waiting only to those who may read them.
    feed = client.get(f"/cohorts/{group.slug}/reflections/")
    assert ("check-in waiting" in feed.content.decode()) == as_facilitator

    # Writing: a denied note or change of state changes nothing.
    notes_before = CheckInNote.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(person_page, {"text": "From the person's page"})
        client.post(group_page, {"text": "From the facilitator's page"})
        client.post(f"{group_page}state/", {"state": "done"})
    added = set(CheckInNote.objects.values_list("text", flat=True)[notes_before:])
    may_add_as_person = viewer == ASKER and asker_active
    assert ("From the person's page" in added) == may_add_as_person
    assert ("From the facilitator's page" in added) == as_facilitator
    assert (CheckInRequest.objects.get(pk=check_in.pk).state == CheckInState.DONE) == as_facilitator

    # No email ever carries a note's words.
    assert all(SECRET not in message.body and REPLY not in message.body for message in mail.outbox)
    assert all(SECRET not in message.subject for message in mail.outbox)

    # "Download all my data": the person's thread is in their download, nobody else's.
    everything = client.get("/accounts/data/download/")
    if viewer == "anonymous":
        assert denied(everything)
    else:
        assert everything.status_code == 200
        unzipped = zipfile.ZipFile(io.BytesIO(b"".join(everything.streaming_content)))
        words = "".join(unzipped.read(name).decode("utf-8") for name in unzipped.namelist())
        assert (SECRET in words) == (viewer == ASKER)
        assert (REPLY in words) == (viewer in {ASKER, FACILITATOR}), "a reply is its writer's and the asker's"

    # Erasure: once the person's account is erased, nobody reads their check-ins anywhere.
    person_erase(user=people[ASKER])
    assert not CheckInRequest.objects.filter(user=people[ASKER]).exists()
    if viewer not in {ASKER, "anonymous"}:
        after = client.get(group_page)
        assert after.status_code in {302, 404} and SECRET not in after.content.decode()
        assert people[ASKER].public_name not in client.get(group_list).content.decode()
