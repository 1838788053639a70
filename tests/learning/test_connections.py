"""My connections: a person's own list of community places and people, its dated history, and sharing one with a
group's facilitators through the journal."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cohorts.models import Role
from community.models import CommunityPlace
from learning.connection_selectors import connection_months
from learning.models import Connection, ConnectionStatus, ConnectionUpdate, EntryKind, JournalEntry, Visibility
from learning.services.connections import (
    connection_create,
    connection_delete,
    connection_share,
    connection_unshare,
    connection_update,
)
from tests.factories import CohortFactory, ConnectionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def make_place(**fields) -> CommunityPlace:
    defaults = {"name": "Example: Brookfield Community Garden", "slug": "brookfield-garden", "summary": "Growing"}
    return CommunityPlace.objects.create(**{**defaults, "live": True, **fields})


@pytest.fixture
def member(course):
    person = UserFactory(display_name="Rowan")
    cohort = CohortFactory(course=course.course, name="Thursday group", pair=False)
    MembershipFactory(cohort=cohort, user=person)
    facilitator = UserFactory(display_name="Sam")
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR)
    return person, cohort, facilitator


# --- Services ----------------------------------------------------------------------------------------------------


def test_a_connection_from_the_directory_keeps_the_entry_and_its_name():
    person, place = UserFactory(), make_place()
    connection = connection_create(author=person, place=place)
    assert (connection.place, connection.name) == (place, "Example: Brookfield Community Garden")
    assert connection.status == ConnectionStatus.THINKING
    assert list(connection.updates.values_list("status", flat=True)) == [ConnectionStatus.THINKING]


def test_a_connection_typed_freely_is_saved_with_what_the_person_wrote():
    person = UserFactory()
    connection = connection_create(
        author=person,
        name="  The  library\r\n knitting circle ",
        status=ConnectionStatus.BEEN_ONCE,
        went_with="My sister",
        how_it_felt="Nervous at first,\r\nthen lovely.",
        next_step="Go again next week",
    )
    connection.refresh_from_db()
    assert connection.name == "The library knitting circle"
    assert connection.how_it_felt == "Nervous at first,\nthen lovely."
    assert (connection.went_with, connection.next_step, connection.place) == ("My sister", "Go again next week", None)


def test_a_connection_needs_a_name_and_nothing_is_saved_without_one():
    with pytest.raises(ValidationError) as error:
        connection_create(author=UserFactory(), name="   ")
    assert "Give the place or person a name" in error.value.message_dict["name"][0]
    assert not Connection.objects.exists() and not ConnectionUpdate.objects.exists()


@pytest.mark.parametrize("field, limit", [("name", 160), ("went_with", 200), ("how_it_felt", 2000), ("next_step", 300)])
def test_over_long_text_is_refused_with_the_limit_and_the_count(field, limit):
    fields = {"name": "Café", field: "x" * (limit + 1)}
    with pytest.raises(ValidationError) as error:
        connection_create(author=UserFactory(), **fields)
    assert error.value.message_dict[field] == [f"Keep this to {limit:,} characters or fewer (you have {limit + 1:,})."]
    assert not Connection.objects.exists()


def test_an_unknown_status_is_refused():
    with pytest.raises(ValidationError):
        connection_create(author=UserFactory(), name="Café", status="champion")
    assert not Connection.objects.exists()


def test_the_same_form_sent_twice_saves_one_connection():
    person, token = UserFactory(), "c0ffee00-0000-4000-8000-000000000001"
    first = connection_create(author=person, name="Café", submission=token)
    again = connection_create(author=person, name="Café", submission=token)
    assert first.pk == again.pk and Connection.objects.count() == 1 and ConnectionUpdate.objects.count() == 1


def test_a_status_change_writes_a_dated_update_and_other_edits_do_not():
    connection = ConnectionFactory(status=ConnectionStatus.THINKING)
    person = connection.author
    connection_update(connection=connection, by=person, how_it_felt="Lovely people")
    assert connection.updates.count() == 1
    connection_update(connection=connection, by=person, status=ConnectionStatus.BEEN_ONCE)
    connection_update(connection=connection, by=person, next_step="Take a friend")
    history = list(connection.updates.order_by("created_at", "id").values_list("status", "next_step"))
    assert history == [("thinking", ""), ("been_once", ""), ("been_once", "Take a friend")]
    assert connection.updates.first().created_at.date() == timezone.localdate()


def test_someone_else_cannot_change_share_or_delete_a_connection():
    connection, stranger = ConnectionFactory(name="Mine"), UserFactory()
    for attempt in (
        lambda: connection_update(connection=connection, by=stranger, name="Theirs"),
        lambda: connection_share(connection=connection, by=stranger, cohort=None, what="everything"),
        lambda: connection_unshare(connection=connection, by=stranger),
        lambda: connection_delete(connection=connection, by=stranger),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    connection.refresh_from_db()
    assert connection.name == "Mine" and not JournalEntry.objects.exists()


def test_sharing_makes_one_journal_entry_for_the_groups_facilitators_and_sharing_again_updates_it(member):
    person, cohort, _ = member
    connection = ConnectionFactory(author=person, name="Walking group", next_step="Ask about Saturdays")
    entry = connection_share(connection=connection, by=person, cohort=cohort, what="everything")
    assert (entry.kind, entry.visibility, entry.cohort, entry.connection) == (
        EntryKind.CONNECTION,
        Visibility.FACILITATORS,
        cohort,
        connection,
    )
    assert entry.title == "Walking group" and "Ask about Saturdays" in entry.text and "Thinking about it" in entry.text
    connection_update(connection=connection, by=person, status=ConnectionStatus.REGULAR, how_it_felt="At home")
    again = connection_share(connection=connection, by=person, cohort=cohort, what="everything")
    assert again.pk == entry.pk and JournalEntry.objects.count() == 1
    assert "Going regularly" in again.text and "At home" in again.text


def test_sharing_just_the_step_shares_nothing_else(member):
    person, cohort, _ = member
    connection = ConnectionFactory(author=person, name="Choir", how_it_felt="Private feeling", next_step="Sing")
    entry = connection_share(connection=connection, by=person, cohort=cohort, what="step")
    assert entry.text == "My next small step with Choir: Sing"


def test_sharing_just_the_step_needs_a_step(member):
    person, cohort, _ = member
    connection = ConnectionFactory(author=person)
    with pytest.raises(ValidationError) as error:
        connection_share(connection=connection, by=person, cohort=cohort, what="step")
    assert "There is no next small step" in error.value.message_dict["what"][0]
    assert not JournalEntry.objects.exists()


def test_sharing_with_a_group_the_person_is_not_in_is_refused(member, course):
    person, _, _ = member
    elsewhere = CohortFactory(course=course.course)
    with pytest.raises(ValidationError):
        connection_share(connection=ConnectionFactory(author=person), by=person, cohort=elsewhere, what="everything")
    assert not JournalEntry.objects.exists()


def test_unsharing_makes_the_entry_private_and_keeps_it(member):
    person, cohort, facilitator = member
    connection = ConnectionFactory(author=person)
    entry = connection_share(connection=connection, by=person, cohort=cohort, what="everything")
    connection_unshare(connection=connection, by=person)
    entry.refresh_from_db()
    assert (entry.visibility, entry.cohort) == (Visibility.PRIVATE, None)
    assert not JournalEntry.objects.visible_to(facilitator).filter(pk=entry.pk).exists()


def test_deleting_a_connection_removes_its_history_and_the_entry_it_shared(member):
    person, cohort, _ = member
    connection = ConnectionFactory(author=person)
    connection_share(connection=connection, by=person, cohort=cohort, what="everything")
    connection_delete(connection=connection, by=person)
    assert not Connection.objects.exists() and not ConnectionUpdate.objects.exists()
    assert not JournalEntry.objects.exists()


def test_the_months_count_each_connection_once_at_its_latest_status_that_month():
    person = UserFactory()
    first = ConnectionFactory(author=person)
    second = ConnectionFactory(author=person)
    two_months_ago = timezone.now() - datetime.timedelta(days=62)
    ConnectionUpdate.objects.filter(connection=first).update(created_at=two_months_ago)
    connection_update(connection=first, by=person, status=ConnectionStatus.BEEN_ONCE)
    connection_update(connection=second, by=person, status=ConnectionStatus.HELPING)
    months = connection_months(person)
    assert months[0].by_status["thinking"] == 1 and months[0].total == 1
    assert months[-1].total == 2
    assert months[-1].by_status["been_once"] == 1 and months[-1].by_status["helping"] == 1
    assert connection_months(UserFactory()) == []


# --- Pages -------------------------------------------------------------------------------------------------------


def test_the_list_is_kind_when_empty_and_never_cached(client):
    client.force_login(UserFactory())
    response = client.get("/journal/connections/")
    html = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert "Nothing here yet, and that is fine." in html and "How your connections have grown" not in html


def test_the_list_shows_newest_activity_first_and_the_chart_table(client):
    person = UserFactory()
    older = ConnectionFactory(author=person, name="Older place")
    ConnectionFactory(author=person, name="Newer place")
    client.force_login(person)
    html = client.get("/journal/connections/").content.decode()
    assert html.index("Newer place") < html.index("Older place")
    assert "How your connections have grown" in html and "<table" in html and "2 thinking about it" in html
    connection_update(connection=older, by=person, status=ConnectionStatus.BEEN_ONCE)
    html = client.get("/journal/connections/").content.decode()
    assert html.index("Older place") < html.index("Newer place")
    filtered = client.get("/journal/connections/?status=been_once").content.decode()
    assert "Older place" in filtered and "Newer place" not in filtered


def test_adding_from_the_directory_prefills_the_name_and_links_the_entry(client):
    person, place = UserFactory(), make_place()
    client.force_login(person)
    form = client.get(f"/journal/connections/new/?place={place.pk}").content.decode()
    assert 'value="Example: Brookfield Community Garden"' in form
    response = client.post(
        f"/journal/connections/new/?place={place.pk}", {"name": place.name, "status": "been_once"}, follow=True
    )
    connection = Connection.objects.get()
    assert connection.place == place and connection.author == person
    assert "is on your list. Only you can see it." in response.content.decode()


def test_a_place_taken_down_or_unknown_is_ignored_and_the_connection_saved(client):
    person = UserFactory()
    hidden = make_place(live=False)
    client.force_login(person)
    for place in (hidden.pk, "nonsense"):
        assert client.get(f"/journal/connections/new/?place={place}").status_code == 200
    client.post(f"/journal/connections/new/?place={hidden.pk}", {"name": "My garden", "status": "thinking"})
    assert Connection.objects.get().place is None


def test_a_bad_form_says_what_is_wrong_next_to_the_field_and_saves_nothing(client):
    client.force_login(UserFactory())
    response = client.post("/journal/connections/new/", {"name": "", "status": "champion"})
    html = response.content.decode()
    assert response.status_code == 400 and "There is a problem" in html
    assert "Give the place or person a name" in html and "Choose where you are with it from the list." in html
    assert not Connection.objects.exists()


def test_updating_where_i_am_from_the_page_adds_to_its_history(client):
    connection = ConnectionFactory(name="Allotment")
    client.force_login(connection.author)
    response = client.post(
        f"/journal/connections/{connection.pk}/", {"status": "regular", "next_step": "Bring seeds"}, follow=True
    )
    html = response.content.decode()
    assert "Every step counts" in html and "Going regularly" in html and "Bring seeds" in html
    assert connection.updates.count() == 2


def test_editing_and_deleting_through_the_pages(client):
    connection = ConnectionFactory(name="Allotment")
    client.force_login(connection.author)
    edit = client.get(f"/journal/connections/{connection.pk}/edit/")
    assert edit.status_code == 200 and 'value="Allotment"' in edit.content.decode()
    client.post(
        f"/journal/connections/{connection.pk}/edit/",
        {"name": "The allotment", "status": "thinking", "went_with": "Priya", "how_it_felt": "", "next_step": ""},
    )
    connection.refresh_from_db()
    assert (connection.name, connection.went_with) == ("The allotment", "Priya")
    confirm = client.get(f"/journal/connections/{connection.pk}/delete/")
    assert "Delete The allotment?" in confirm.content.decode()
    assert Connection.objects.exists()
    assert client.post(f"/journal/connections/{connection.pk}/delete/").status_code == 302
    assert not Connection.objects.exists()


def test_sharing_through_the_pages_names_the_facilitators_first(client, member):
    person, cohort, _ = member
    connection = ConnectionFactory(author=person, name="Allotment")
    client.force_login(person)
    page = client.get(f"/journal/connections/{connection.pk}/share/").content.decode()
    assert "Sam, your facilitator in Thursday group, will be able to read this." in page
    refused = client.post(f"/journal/connections/{connection.pk}/share/", {"what": "everything", "cohort": ""})
    assert refused.status_code == 400 and not JournalEntry.objects.exists()
    shared = client.post(
        f"/journal/connections/{connection.pk}/share/", {"what": "everything", "cohort": cohort.pk}, follow=True
    )
    assert "Shared. Sam, your facilitator" in shared.content.decode()
    assert JournalEntry.objects.get().visibility == Visibility.FACILITATORS
    client.post(f"/journal/connections/{connection.pk}/unshare/")
    assert JournalEntry.objects.get().visibility == Visibility.PRIVATE


def test_sharing_is_not_offered_to_someone_in_no_group(client):
    connection = ConnectionFactory()
    client.force_login(connection.author)
    page = client.get(f"/journal/connections/{connection.pk}/share/").content.decode()
    assert "You are not in a group at the moment" in page and 'name="cohort"' not in page


@pytest.mark.parametrize("path", ["", "edit/", "share/", "delete/"])
def test_someone_elses_connection_is_a_404_like_a_missing_one(client, path):
    connection = ConnectionFactory()
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(f"/journal/connections/{connection.pk}/{path}").status_code == 404
    assert client.get(f"/journal/connections/999999/{path}").status_code == 404
    assert client.post(f"/journal/connections/{connection.pk}/unshare/").status_code == 404
    assert client.post(f"/journal/connections/{connection.pk}/delete/").status_code == 404
    assert Connection.objects.filter(pk=connection.pk).exists()


def test_signed_out_people_are_asked_to_sign_in(client):
    response = client.get("/journal/connections/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


@pytest.mark.parametrize(
    "path", ["/journal/connections/new/", "/journal/connections/{id}/", "/journal/connections/{id}/edit/"]
)
def test_words_sent_after_the_session_ended_come_back_and_nothing_is_saved(client, path):
    connection = ConnectionFactory()
    before = Connection.objects.count()
    fields = {"name": "The Tuesday walking group", "how_it_felt": "Nervous, then glad I went", "next_step": "Go again"}

    response = client.post(path.format(id=connection.pk), {**fields, "status": "been_once"})

    assert response.status_code == 401
    page = response.content.decode()
    assert "Your text is safe" in page
    assert "How it felt: Nervous, then glad I went" in page and "The next small step: Go again" in page
    assert Connection.objects.count() == before


def test_the_journal_links_to_my_connections(client):
    client.force_login(UserFactory())
    assert 'href="/journal/connections/"' in client.get("/journal/").content.decode()


def test_a_new_journal_entry_cannot_choose_the_connection_kind(client):
    client.force_login(UserFactory())
    assert 'value="connection"' not in client.get("/journal/new/").content.decode()


def test_the_shared_entry_links_back_and_keeps_its_kind_when_edited_in_the_journal(client, member):
    person, cohort, _ = member
    connection = ConnectionFactory(author=person, name="Allotment")
    entry = connection_share(connection=connection, by=person, cohort=cohort, what="everything")
    client.force_login(person)
    assert f'href="/journal/connections/{connection.pk}/"' in client.get(f"/journal/{entry.pk}/").content.decode()
    client.post(
        f"/journal/{entry.pk}/edit/",
        {
            "kind": "connection",
            "text": "Where I am: going regularly",
            "visibility": "private",
            "version": entry.version,
        },
    )
    entry.refresh_from_db()
    assert (entry.kind, entry.text, entry.connection) == (
        EntryKind.CONNECTION,
        "Where I am: going regularly",
        connection,
    )
