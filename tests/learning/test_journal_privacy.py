"""THE privacy matrix: viewer × who the entry is shared with × whether the writer is still in the group × every path.

Audiences include the writer's learning partner: the one partnership the entry was shared in, while it lasts and
both are in the group (not an ex-partner, not someone whose invitation is unanswered).
Expected: exactly the chosen audience can read, and only while the writer is an active member; everyone else gets
a 404 identical to a missing id (anonymous people: the sign-in page), and a denied write changes nothing.
An admin has no page that shows entry text. This one test grows with every view, feed, export or email that
touches entries.
"""

import io
import zipfile

import pytest
from django.core import mail

from cohorts.models import Membership, Role
from learning.models import JournalEntry, Response, Visibility
from learning.services.data_rights import person_erase
from learning.services.journal import entry_create
from learning.services.partners import partnership_end, partnership_invite
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course, build_site, make_partners
from tests.factories.users import sign_in_confirmed

pytestmark = pytest.mark.django_db

VIEWERS = [
    "writer",
    "learning partner",
    "ex-partner",
    "invited the writer, not accepted",
    "member who left",
    "member of the same group",
    "member of another group",
    "facilitator of this group",
    "facilitator of this group without two-factor",
    "facilitator of another group",
    "superuser",
    "anonymous",
]
SECRET = "Nobody else should read about the blue bicycle"
WITHOUT_TWO_FACTOR = "facilitator of this group without two-factor"
# Everyone in the group right now besides the writer: they read what is shared with the whole group.
IN_THE_GROUP = {
    "learning partner",
    "ex-partner",
    "invited the writer, not accepted",
    "member of the same group",
    "facilitator of this group",
    WITHOUT_TWO_FACTOR,
}


def can_read(viewer: str, visibility: str, writer_active: bool) -> bool:
    if viewer == "writer":
        return True
    if not writer_active or visibility == Visibility.PRIVATE:
        return False
    if visibility == Visibility.FACILITATORS:
        return viewer == "facilitator of this group"
    if visibility == Visibility.PARTNER:
        return viewer == "learning partner"
    # Where the site requires two-factor of facilitators, one without it reads the group's sharing as a member does.
    return viewer in IN_THE_GROUP


@pytest.fixture
def world():
    _, index = build_site()
    course = build_course(index, modules=1, lessons_per_module=1).course
    # Only the personas below are in these groups (no pair of facilitators of its own), so who is told is exact.
    group, other_group = CohortFactory(course=course, pair=False), CohortFactory(course=course, pair=False)
    people = {"superuser": UserFactory(is_superuser=True)}
    for name, cohort, role in [
        ("writer", group, Role.MEMBER),
        ("member of the same group", group, Role.MEMBER),
        ("facilitator of this group", group, Role.FACILITATOR),
        (WITHOUT_TWO_FACTOR, group, Role.FACILITATOR),
        ("member of another group", other_group, Role.MEMBER),
        ("facilitator of another group", other_group, Role.FACILITATOR),
        ("learning partner", group, Role.MEMBER),
        ("ex-partner", group, Role.MEMBER),
        ("invited the writer, not accepted", group, Role.MEMBER),
        ("member who left", group, Role.MEMBER),
    ]:
        people[name] = UserFactory()
        MembershipFactory(cohort=cohort, user=people[name], role=role)
    # The writer's partnerships: one ended, then the current one; and an invitation they have not answered.
    partnership_end(partnership=make_partners(group, people["writer"], people["ex-partner"]), by=people["ex-partner"])
    make_partners(group, people["learning partner"], people["writer"])
    partnership_invite(
        cohort=group, inviter=people["invited the writer, not accepted"], invitee=people["writer"], notify=False
    )
    Membership.objects.filter(user=people["member who left"]).update(ended_at="2026-01-01T00:00Z")
    return group, people


def make_entry(group, writer, visibility) -> JournalEntry:
    return entry_create(
        author=writer,
        title="The bicycle",
        text=SECRET,
        visibility=visibility,
        cohort=group if visibility != Visibility.PRIVATE else None,
    )


@pytest.mark.parametrize("writer_active", [True, False], ids=["writer in the group", "writer has left"])
@pytest.mark.parametrize("visibility", [v.value for v in Visibility])
@pytest.mark.parametrize("viewer", VIEWERS)
def test_privacy_matrix(client, settings, world, viewer, visibility, writer_active, django_capture_on_commit_callbacks):
    group, people = world
    if viewer == WITHOUT_TWO_FACTOR:
        settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    entry = make_entry(group, people["writer"], visibility)
    if not writer_active:
        Membership.objects.filter(user=people["writer"], cohort=group).update(ended_at="2026-01-01T00:00Z")
    if viewer != "anonymous":
        sign_in_confirmed(client, people[viewer])  # confirmed it is them, as a download asks
    readable = can_read(viewer, visibility, writer_active)

    def denied(response):
        if viewer == "anonymous":
            return response.status_code == 302 and response.url.startswith("/accounts/login/")
        return response.status_code == 404

    # The rule itself.
    user = people.get(viewer)
    if user is not None:
        assert JournalEntry.objects.visible_to(user).filter(pk=entry.pk).exists() == readable

    # Detail page.
    detail = client.get(f"/journal/{entry.pk}/")
    assert (detail.status_code == 200 and SECRET in detail.content.decode()) if readable else denied(detail)

    # The group's feed: members see exactly what they may read; non-members get a 404 for the whole feed.
    feed = client.get(f"/cohorts/{group.slug}/reflections/")
    in_group = viewer in IN_THE_GROUP or (viewer == "writer" and writer_active)
    if in_group:
        shows = SECRET in feed.content.decode()
        # What is shared with a learning partner is on the partner page, never in the group's feed.
        assert shows == (readable and visibility in {Visibility.COHORT, Visibility.FACILITATORS})
    else:
        assert denied(feed)

    # The learning partner page: what the partner shared, for the partner alone.
    partner_page = client.get(f"/cohorts/{group.slug}/partner/")
    if in_group:
        shown_there = readable and visibility == Visibility.PARTNER and viewer != "writer"
        assert partner_page.status_code == 200 and (SECRET in partner_page.content.decode()) == shown_there
    else:
        assert denied(partner_page)

    # Searching my journal finds only my own entries, never ones shared with me.
    search = client.post("/journal/", {"q": "bicycle"}, follow=viewer != "anonymous")
    if viewer == "anonymous":
        assert denied(search)
    else:
        assert (SECRET in search.content.decode()) == (viewer == "writer")

    # Export and print: only ever my own entries, never ones shared with me.
    for url in ("/journal/export/?format=json", "/journal/export/?format=md", "/journal/print/"):
        download = client.get(url)
        if viewer == "anonymous":
            assert denied(download)
        else:
            assert download.status_code == 200 and (SECRET in download.content.decode()) == (viewer == "writer"), url
    one = client.get(f"/journal/export/?format=md&entry={entry.pk}")
    assert one.status_code == 200 if viewer == "writer" else denied(one)

    # "Download all my data": the whole zip holds the entry only for its writer.
    everything = client.get("/accounts/data/download/")
    if viewer == "anonymous":
        assert denied(everything)
    else:
        assert everything.status_code == 200
        unzipped = zipfile.ZipFile(io.BytesIO(b"".join(everything.streaming_content)))
        words = "".join(unzipped.read(name).decode("utf-8") for name in unzipped.namelist())
        assert (SECRET in words) == (viewer == "writer")

    # Editing is the writer's alone.
    edit = client.get(f"/journal/{entry.pk}/edit/")
    assert edit.status_code == 200 if viewer == "writer" else denied(edit)

    # Responding: anyone who can read a shared entry; a denied response writes nothing.
    respond = client.post(f"/journal/{entry.pk}/responses/", {"text": "Thank you for sharing."})
    may_respond = readable and visibility != Visibility.PRIVATE
    assert (
        respond.status_code == 302
        if may_respond
        # Signed out, the words come back on a page to copy or keep (401), and nothing is posted.
        else (respond.status_code == 401 and viewer == "anonymous") or denied(respond)
    )
    assert Response.objects.filter(entry=entry).exists() == may_respond

    # No email ever carries entry text.
    assert all(SECRET not in message.body for message in mail.outbox)

    # Deleting is the writer's alone; a denied delete leaves the entry.
    delete = client.post(f"/journal/{entry.pk}/delete/")
    assert JournalEntry.objects.filter(pk=entry.pk).exists() == (viewer != "writer")
    if viewer != "writer":
        assert denied(delete)

    # Erasure: once the writer's account is erased, no one reads their entries anywhere, and the group's feed
    # still works for everyone who is in it.
    person_erase(user=people["writer"])
    if user is not None:
        assert not JournalEntry.objects.visible_to(user).filter(author=people["writer"]).exists()
    if viewer not in {"writer", "anonymous"}:
        assert denied(client.get(f"/journal/{entry.pk}/"))
        after = client.get(f"/cohorts/{group.slug}/reflections/")
        assert SECRET not in after.content.decode()
        assert after.status_code == 200 if in_group else denied(after)


def test_own_only_is_the_first_part_of_the_rule_and_nothing_more(world):
    """Own-journal pages ask the rule for `own_only`: exactly the viewer's own entries, whatever else they could
    read, and nothing for someone signed out."""
    from django.contrib.auth.models import AnonymousUser

    group, people = world
    for visibility in Visibility:
        make_entry(group, people["writer"], visibility)
        make_entry(group, people["learning partner"], visibility)
    for name, person in people.items():
        everything = JournalEntry.objects.visible_to(person)
        own = JournalEntry.objects.visible_to(person, own_only=True)
        assert set(own) == set(everything.filter(author=person)), name
    assert set(JournalEntry.objects.visible_to(people["writer"], own_only=True)) == set(
        JournalEntry.objects.filter(author=people["writer"])
    )
    assert JournalEntry.objects.filter(author=people["learning partner"]).count() == len(Visibility)
    assert set(JournalEntry.objects.visible_to(people["writer"])) > set(
        JournalEntry.objects.visible_to(people["writer"], own_only=True)
    )  # the writer can also read what their partner shared with them and the group: own_only leaves that out
    assert not JournalEntry.objects.visible_to(AnonymousUser(), own_only=True).exists()


@pytest.mark.parametrize("who_leaves", ["learning partner", "writer"])
def test_a_learning_partner_reads_nothing_more_once_either_of_them_leaves(client, world, who_leaves):
    group, people = world
    entry = make_entry(group, people["writer"], Visibility.PARTNER)
    partner = people["learning partner"]
    assert JournalEntry.objects.visible_to(partner).filter(pk=entry.pk).exists()
    Membership.objects.filter(user=people[who_leaves], cohort=group).update(ended_at="2026-01-01T00:00Z")
    assert not JournalEntry.objects.visible_to(partner).filter(pk=entry.pk).exists()
    client.force_login(partner)
    assert client.get(f"/journal/{entry.pk}/").status_code == 404
    assert client.post(f"/journal/{entry.pk}/responses/", {"text": "Still here?"}).status_code == 404
    partner_page = client.get(f"/cohorts/{group.slug}/partner/")
    assert (
        partner_page.status_code == 404
        if who_leaves == "learning partner"
        else SECRET not in (partner_page.content.decode())
    )
    assert not Response.objects.exists()


def test_an_admin_has_no_screen_with_entry_text(client, world):
    group, people = world
    entry = make_entry(group, people["writer"], Visibility.COHORT)
    client.force_login(people["superuser"])
    for url in [
        "/admin/",
        "/admin/cohorts/",
        f"/admin/cohorts/edit/{group.pk}/",
        "/admin/users/",
        "/admin/reports/site-history/",
    ]:
        response = client.get(url)
        assert SECRET not in response.content.decode(), url
    assert client.get(f"/journal/{entry.pk}/").status_code == 404


@pytest.mark.parametrize("two_factor_required", [False, True])
def test_a_check_in_tells_facilitators_only_that_someone_asked(
    client, settings, world, two_factor_required, django_capture_on_commit_callbacks
):
    from allauth.mfa.models import Authenticator

    group, people = world
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = two_factor_required
    Authenticator.objects.create(user=people["facilitator of this group"], type="totp", data={"secret": "x"})
    make_entry(group, people["writer"], Visibility.PRIVATE)
    client.force_login(people["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/journal/check-in/", {"cohort": group.pk})
    told = ["facilitator of this group"] + ([] if two_factor_required else [WITHOUT_TWO_FACTOR])
    assert sorted(m.to[0] for m in mail.outbox) == sorted(people[name].email for name in told)
    assert SECRET not in mail.outbox[0].body and "would like a check-in" in mail.outbox[0].subject


def test_a_check_in_for_a_group_you_are_not_in_is_a_404(client, world):
    group, people = world
    client.force_login(people["member of another group"])
    assert client.post("/journal/check-in/", {"cohort": group.pk}).status_code == 404
    assert client.post("/journal/check-in/", {"cohort": "abc"}).status_code == 404


# --- Connections shared through the journal ------------------------------------------------------------------
CONNECTION_SHARING = ["private connection", "shared with the facilitators", "shared, then made private again"]


@pytest.mark.parametrize("writer_active", [True, False], ids=["writer in the group", "writer has left"])
@pytest.mark.parametrize("sharing", CONNECTION_SHARING)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_connection_privacy_matrix(client, settings, world, viewer, sharing, writer_active):
    """A connection is its keeper's alone; the entry that sharing it makes follows the journal's rule as a
    facilitators-only entry: the group's facilitators (with the two-factor sign-in the site asks of them) read it
    while the writer is in the group, and nobody else ever does. Made private again, nobody but the writer."""
    from allauth.mfa.models import Authenticator

    from learning.models import Connection
    from learning.services.connections import connection_create, connection_share, connection_unshare

    group, people = world
    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    Authenticator.objects.create(user=people["facilitator of this group"], type="totp", data={"secret": "x"})
    writer = people["writer"]
    connection = connection_create(author=writer, name="The bicycle club", how_it_felt=SECRET)
    if sharing != "private connection":
        connection_share(connection=connection, by=writer, cohort=group, what="everything")
    if sharing == "shared, then made private again":
        connection_unshare(connection=connection, by=writer)
    if not writer_active:
        Membership.objects.filter(user=writer, cohort=group).update(ended_at="2026-01-01T00:00Z")
    if viewer != "anonymous":
        sign_in_confirmed(client, people[viewer])
    shared = sharing == "shared with the facilitators"
    readable = viewer == "writer" or (shared and writer_active and viewer == "facilitator of this group")
    user = people.get(viewer)

    def denied(response):
        if viewer == "anonymous":
            return response.status_code == 302 and response.url.startswith("/accounts/login/")
        return response.status_code == 404

    # The connection itself, and every page of it: the writer's alone.
    if user is not None:
        assert Connection.objects.visible_to(user).filter(pk=connection.pk).exists() == (viewer == "writer")
    for path in ("", "edit/", "share/", "delete/"):
        page = client.get(f"/journal/connections/{connection.pk}/{path}")
        assert page.status_code == 200 if viewer == "writer" else denied(page), path
    listing = client.get("/journal/connections/")
    if viewer == "anonymous":
        assert denied(listing)
    else:
        assert ("The bicycle club" in listing.content.decode()) == (viewer == "writer")

    # What sharing made: an entry that the journal's one rule reads.
    entry = JournalEntry.objects.filter(connection=connection).first()
    assert (entry is not None) == (sharing != "private connection")
    if entry is not None:
        if user is not None:
            assert JournalEntry.objects.visible_to(user).filter(pk=entry.pk).exists() == readable
        detail = client.get(f"/journal/{entry.pk}/")
        assert (detail.status_code == 200 and SECRET in detail.content.decode()) if readable else denied(detail)
    feed = client.get(f"/cohorts/{group.slug}/reflections/")
    if feed.status_code == 200:
        assert (SECRET in feed.content.decode()) == (readable and viewer != "writer" or (viewer == "writer" and shared))

    # A stranger's write changes nothing.
    if viewer != "writer":
        client.post(f"/journal/connections/{connection.pk}/unshare/")
        client.post(f"/journal/connections/{connection.pk}/delete/")
        assert Connection.objects.filter(pk=connection.pk).exists()
        if entry is not None:
            assert JournalEntry.objects.get(pk=entry.pk).visibility == entry.visibility

    # Erased, the writer's connection and what it shared are read by nobody.
    person_erase(user=writer)
    assert not Connection.objects.filter(pk=connection.pk).exists()
    if user is not None and viewer != "writer":
        assert not JournalEntry.objects.visible_to(user).filter(author=writer).exists()
