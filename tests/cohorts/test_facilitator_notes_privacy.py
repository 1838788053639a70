"""THE privacy matrix for facilitator notes: every viewer × every page, email and download that could show them.

Expected: a note is read by the people facilitating its group right now, with two-factor sign-in where the site asks
for it (it does here). Members, facilitators of another group, a facilitator without two-factor, someone who has
stepped down, people outside the group and superusers see nothing, and a note's page is a 404 to them exactly like
a missing one (signed out: the sign-in page). A note is in its writer's "download all my data" and nobody else's,
and no email carries it. Only its writer, while facilitating, may change or delete it.
"""

import io
import zipfile

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail

from cohorts.models import FacilitatorNote, Membership, Role
from cohorts.services import facilitator_note_add
from learning.services.data_rights import person_erase
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course, build_site
from tests.factories.users import sign_in_confirmed

pytestmark = pytest.mark.django_db

WRITER = "writer, facilitating the group"
CO_FACILITATOR = "co-facilitator of the group"
WITHOUT_TWO_FACTOR = "facilitator of the group without two-factor"
STEPPED_DOWN = "facilitator who has stepped down"
MEMBER = "member of the group"
OTHER_FACILITATOR = "facilitator of another group"
VIEWERS = [
    WRITER,
    CO_FACILITATOR,
    WITHOUT_TWO_FACTOR,
    STEPPED_DOWN,
    MEMBER,
    "member who has left the group",
    OTHER_FACILITATOR,
    "outsider",
    "superuser",
    "anonymous",
]
READERS = {WRITER, CO_FACILITATOR}
NOTE = "Plan: start with the walking exercise, then the reading. Last time the closing round was rushed."


@pytest.fixture
def world(settings):
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    _, index = build_site()
    course = build_course(index, modules=1, lessons_per_module=1).course
    group, other_group = CohortFactory(course=course), CohortFactory(course=course)
    people = {"superuser": UserFactory(is_superuser=True)}
    for name, cohort, role in [
        (WRITER, group, Role.FACILITATOR),
        (CO_FACILITATOR, group, Role.PEER_FACILITATOR),
        (WITHOUT_TWO_FACTOR, group, Role.PEER_FACILITATOR),
        (STEPPED_DOWN, group, Role.FACILITATOR),
        (MEMBER, group, Role.MEMBER),
        ("member who has left the group", group, Role.MEMBER),
        (OTHER_FACILITATOR, other_group, Role.FACILITATOR),
    ]:
        people[name] = UserFactory()
        MembershipFactory(cohort=cohort, user=people[name], role=role)
    people["outsider"] = UserFactory()
    for name in (WRITER, CO_FACILITATOR, STEPPED_DOWN, OTHER_FACILITATOR, "superuser"):
        Authenticator.objects.create(user=people[name], type=Authenticator.Type.TOTP, data={"secret": "x"})
    note = facilitator_note_add(cohort=group, author=people[WRITER], text=NOTE)
    for name in (STEPPED_DOWN, "member who has left the group"):
        Membership.objects.filter(user=people[name]).update(ended_at="2026-01-01T00:00Z")
    return group, people, note


@pytest.mark.parametrize("viewer", VIEWERS)
def test_facilitator_note_privacy_matrix(client, world, viewer):
    group, people, note = world
    user = people.get(viewer)
    if user is not None:
        sign_in_confirmed(client, user)  # confirmed it is them, as a download asks
    readable = viewer in READERS

    def denied(response) -> bool:
        if viewer == "anonymous":
            return response.status_code == 302 and response.url.startswith("/accounts/login/")
        # Someone without two-factor is sent to set it up before any facilitator's page; anyone else gets a 404
        # like a missing group.
        if response.status_code == 302:
            return response.url.startswith("/accounts/2fa/") and not Authenticator.objects.filter(user=user).exists()
        return response.status_code == 404

    # The rule itself.
    if user is not None:
        assert FacilitatorNote.objects.visible_to(user).filter(pk=note.pk).exists() == readable

    # The notes page.
    notes = client.get(f"/cohorts/{group.slug}/facilitate/notes/")
    if readable:
        assert notes.status_code == 200 and NOTE in notes.content.decode()
    else:
        assert denied(notes)

    # Changing and deleting: the writer alone; for anyone else the note does not exist.
    for url in (
        f"/cohorts/{group.slug}/facilitate/notes/{note.pk}/",
        f"/cohorts/{group.slug}/facilitate/notes/{note.pk}/delete/",
    ):
        response = client.get(url)
        if viewer == WRITER:
            assert response.status_code == 200 and NOTE in response.content.decode()
        else:
            assert denied(response), url
        if viewer != WRITER:
            client.post(url, {"text": "Overwritten"})
            assert FacilitatorNote.objects.get(pk=note.pk).text == NOTE, url

    # The other pages of the group show no note.
    for url in (f"/cohorts/{group.slug}/", f"/cohorts/{group.slug}/facilitate/", "/dashboard/"):
        assert NOTE not in client.get(url).content.decode(), url

    # "Download all my data": in the writer's alone.
    everything = client.get("/accounts/data/download/")
    if viewer == "anonymous":
        assert denied(everything)
    else:
        assert everything.status_code == 200
        unzipped = zipfile.ZipFile(io.BytesIO(b"".join(everything.streaming_content)))
        words = "".join(unzipped.read(name).decode("utf-8") for name in unzipped.namelist())
        assert (NOTE in words) == (viewer == WRITER)

    assert not any(NOTE in message.body for message in mail.outbox), "no email carries a note"


def test_a_co_facilitator_who_steps_down_sees_the_notes_no_more(client, world):
    group, people, note = world
    co = people[CO_FACILITATOR]
    client.force_login(co)
    assert NOTE in client.get(f"/cohorts/{group.slug}/facilitate/notes/").content.decode()
    Membership.objects.filter(user=co, cohort=group).update(ended_at="2026-02-01T00:00Z")
    assert client.get(f"/cohorts/{group.slug}/facilitate/notes/").status_code == 404
    assert not FacilitatorNote.objects.visible_to(co).exists()


def test_a_writer_who_steps_down_leaves_the_notes_with_the_group(client, world):
    group, people, note = world
    Membership.objects.filter(user=people[WRITER], cohort=group).update(ended_at="2026-02-01T00:00Z")
    assert not FacilitatorNote.objects.visible_to(people[WRITER]).exists()
    client.force_login(people[CO_FACILITATOR])
    assert NOTE in client.get(f"/cohorts/{group.slug}/facilitate/notes/").content.decode()


def test_deleting_the_writers_account_removes_their_notes(world):
    group, people, note = world
    person_erase(user=people[WRITER])
    assert not FacilitatorNote.objects.filter(pk=note.pk).exists()
