"""THE privacy matrix: viewer × who the entry is shared with × whether the writer is still in the group × every path.

Expected: exactly the chosen audience can read, and only while the writer is an active member; everyone else gets
a 404 identical to a missing id (anonymous people: the sign-in page), and a denied write changes nothing.
An admin has no page that shows entry text. This one test grows with every view, feed, export or email that
touches entries.
"""

import pytest
from django.core import mail

from cohorts.models import Membership, Role
from learning.models import JournalEntry, Response, Visibility
from learning.services.journal import entry_create
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course, build_site

pytestmark = pytest.mark.django_db

VIEWERS = [
    "writer",
    "member of the same group",
    "member of another group",
    "facilitator of this group",
    "facilitator of another group",
    "superuser",
    "anonymous",
]
SECRET = "Nobody else should read about the blue bicycle"


def can_read(viewer: str, visibility: str, writer_active: bool) -> bool:
    if viewer == "writer":
        return True
    if not writer_active or visibility == Visibility.PRIVATE:
        return False
    if visibility == Visibility.FACILITATORS:
        return viewer == "facilitator of this group"
    return viewer in {"member of the same group", "facilitator of this group"}


@pytest.fixture
def world():
    _, index = build_site()
    course = build_course(index, modules=1, lessons_per_module=1).course
    group, other_group = CohortFactory(course=course), CohortFactory(course=course)
    people = {"superuser": UserFactory(is_superuser=True)}
    for name, cohort, role in [
        ("writer", group, Role.MEMBER),
        ("member of the same group", group, Role.MEMBER),
        ("facilitator of this group", group, Role.FACILITATOR),
        ("member of another group", other_group, Role.MEMBER),
        ("facilitator of another group", other_group, Role.FACILITATOR),
    ]:
        people[name] = UserFactory()
        MembershipFactory(cohort=cohort, user=people[name], role=role)
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
def test_privacy_matrix(client, world, viewer, visibility, writer_active, django_capture_on_commit_callbacks):
    group, people = world
    entry = make_entry(group, people["writer"], visibility)
    if not writer_active:
        Membership.objects.filter(user=people["writer"], cohort=group).update(ended_at="2026-01-01T00:00Z")
    if viewer != "anonymous":
        client.force_login(people[viewer])
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
    in_group = viewer in {"member of the same group", "facilitator of this group"} or (
        viewer == "writer" and writer_active
    )
    if in_group:
        shows = SECRET in feed.content.decode()
        assert shows == (readable and visibility != Visibility.PRIVATE)
    else:
        assert denied(feed)

    # Searching my journal finds only my own entries, never ones shared with me.
    search = client.get("/journal/", {"q": "bicycle"})
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

    # Editing is the writer's alone.
    edit = client.get(f"/journal/{entry.pk}/edit/")
    assert edit.status_code == 200 if viewer == "writer" else denied(edit)

    # Responding: anyone who can read a shared entry; a denied response writes nothing.
    respond = client.post(f"/journal/{entry.pk}/responses/", {"text": "Thank you for sharing."})
    may_respond = readable and visibility != Visibility.PRIVATE
    assert (
        respond.status_code == 302
        if may_respond
        else (respond.status_code == 302 and viewer == "anonymous") or denied(respond)
    )
    assert Response.objects.filter(entry=entry).exists() == may_respond

    # No email ever carries entry text.
    assert all(SECRET not in message.body for message in mail.outbox)

    # Deleting is the writer's alone; a denied delete leaves the entry.
    delete = client.post(f"/journal/{entry.pk}/delete/")
    assert JournalEntry.objects.filter(pk=entry.pk).exists() == (viewer != "writer")
    if viewer != "writer":
        assert denied(delete)


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


def test_a_check_in_tells_facilitators_only_that_someone_asked(client, world, django_capture_on_commit_callbacks):
    group, people = world
    make_entry(group, people["writer"], Visibility.PRIVATE)
    client.force_login(people["writer"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/journal/check-in/", {"cohort": group.pk})
    assert [m.to for m in mail.outbox] == [[people["facilitator of this group"].email]]
    assert SECRET not in mail.outbox[0].body and "would like a check-in" in mail.outbox[0].subject


def test_a_check_in_for_a_group_you_are_not_in_is_a_404(client, world):
    group, people = world
    client.force_login(people["member of another group"])
    assert client.post("/journal/check-in/", {"cohort": group.pk}).status_code == 404
    assert client.post("/journal/check-in/", {"cohort": "abc"}).status_code == 404
