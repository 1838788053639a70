"""The CMS's cohort screens, as an editor uses them: every save goes through the cohort services, keeps Wagtail's
history, and a capacity below the current members is a clear error beside the field that changes nothing."""

import re

import pytest
from wagtail.models import ModelLogEntry

from cohorts.models import Cohort, Membership, Role
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

TOO_FEW = "The group already has 2 members, so its capacity can’t be less."


@pytest.fixture
def editor(client):
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    return admin


def _history(cohort, action):
    return ModelLogEntry.objects.filter(object_id=str(cohort.pk), action=action)


def _capacity_error(html: str) -> str:
    """The error text Wagtail shows in the capacity field's own wrapper (next to the input), or ''."""
    return _field_error(html, "capacity")


def _edit_form_data(client, cohort, **changes):
    """What the edit screen would send back unchanged, with `changes` applied."""
    form = client.get(f"/admin/cohorts/edit/{cohort.pk}/").context["form"]
    data = {name: "" if form[name].value() is None else form[name].value() for name in form.fields}
    data["course"] = cohort.course.pk
    data.update(changes)
    return data


@pytest.fixture
def full_ish(cohort):
    """The cohort (capacity 3) with two members, its pair (Priya, staff; Sam, peer) and a second staff facilitator."""
    for _ in range(2):
        MembershipFactory(cohort=cohort, user=UserFactory())
    staff = UserFactory(email="staff@example.org")
    MembershipFactory(cohort=cohort, user=staff, role=Role.FACILITATOR, perspective="")
    return cohort


def _email(cohort, name):
    return cohort.memberships.get(user__display_name=name).user.email


def _field_error(html: str, field: str) -> str:
    """The error Wagtail shows in a field's own wrapper, or ''."""
    wrapper = re.search(rf'<div[^>]*data-field-wrapper[^>]*>(?:(?!data-field-wrapper).)*?id="id_{field}"', html, re.S)
    assert wrapper, f"the {field} field is on the page"
    errors = re.search(r'class="error-message"[^>]*>(.*?)</', wrapper.group(0), re.S)
    return errors.group(1).strip() if errors else ""


def test_creating_a_cohort_saves_it_names_its_facilitators_and_keeps_the_history(client, editor, course):
    UserFactory(email="staff@example.org")
    UserFactory(email="peer@example.org")
    response = client.post(
        "/admin/cohorts/new/",
        {
            "course": course.course.pk,
            "name": "Winter group",
            "slug": "winter-group",
            "description": "Evenings, online.",
            "applications_open_at": "2030-01-01 09:00",
            "apply_by": "2030-02-01 17:00",
            "starts_on": "2030-03-01",
            "ends_on": "2030-05-01",
            "capacity": "10",
            "join_mode": "apply",
            "lived_experience_aim": "40",
            "facilitator_emails": "Staff@Example.org",
            "peer_facilitator_emails": "peer@example.org",
        },
    )
    assert response.status_code == 302
    cohort = Cohort.objects.get(slug="winter-group")
    assert (cohort.name, cohort.capacity, cohort.lived_experience_aim) == ("Winter group", 10, 40)
    assert set(cohort.memberships.values_list("user__email", "role")) == {
        ("staff@example.org", "facilitator"),
        ("peer@example.org", "peer_facilitator"),
    }
    entry = _history(cohort, "wagtail.create").get()
    assert entry.user_id == editor.pk


def test_an_invalid_new_cohort_is_refused_beside_its_field_and_nothing_is_saved(client, editor, course):
    response = client.post(
        "/admin/cohorts/new/",
        {
            "course": course.course.pk,
            "name": "Backwards group",
            "slug": "backwards-group",
            "applications_open_at": "2030-01-01 09:00",
            "apply_by": "2030-02-01 17:00",
            "starts_on": "2030-03-01",
            "ends_on": "2030-02-01",
            "capacity": "10",
            "join_mode": "apply",
            "lived_experience_aim": "33",
        },
    )
    assert response.status_code == 200
    assert "The group must end after it starts." in response.content.decode()
    assert not Cohort.objects.filter(slug="backwards-group").exists()
    assert not ModelLogEntry.objects.filter(action="wagtail.create").exists()


def test_editing_a_cohort_saves_the_change_and_keeps_the_history(client, editor, full_ish):
    peer = UserFactory(email="peer@example.org")
    data = _edit_form_data(
        client, full_ish, name="Renamed group", capacity="2", peer_facilitator_emails="peer@example.org"
    )
    response = client.post(f"/admin/cohorts/edit/{full_ish.pk}/", data)
    assert response.status_code == 302
    full_ish.refresh_from_db()
    assert (full_ish.name, full_ish.capacity) == ("Renamed group", 2)
    assert Membership.objects.facilitating().filter(cohort=full_ish, user=peer, role=Role.PEER_FACILITATOR).exists()
    assert _history(full_ish, "wagtail.edit").get().user_id == editor.pk


def test_a_facilitator_taken_off_the_list_steps_down(client, editor, full_ish):
    data = _edit_form_data(client, full_ish, facilitator_emails=_email(full_ish, "Priya"))
    response = client.post(f"/admin/cohorts/edit/{full_ish.pk}/", data)
    assert response.status_code == 302
    assert not Membership.objects.facilitating().filter(cohort=full_ish, user__email="staff@example.org").exists()
    assert Membership.objects.facilitating().filter(cohort=full_ish).count() == 2, "the pair stays"
    assert Membership.objects.members().filter(cohort=full_ish).count() == 2, "members keep their places"


def test_a_capacity_below_the_members_is_an_error_beside_the_field_and_changes_nothing(client, editor, full_ish):
    data = _edit_form_data(
        client, full_ish, name="Should not stick", capacity="1", facilitator_emails=_email(full_ish, "Priya")
    )
    response = client.post(f"/admin/cohorts/edit/{full_ish.pk}/", data)
    assert response.status_code == 200
    assert _capacity_error(response.content.decode()) == TOO_FEW
    full_ish.refresh_from_db()
    assert (full_ish.name, full_ish.capacity) == (full_ish.name, 3) and full_ish.name != "Should not stick"
    assert Membership.objects.facilitating().filter(cohort=full_ish).count() == 3, "the facilitators stay"
    assert not _history(full_ish, "wagtail.edit").exists()


def test_a_group_that_fills_up_while_the_form_is_checked_is_refused_under_the_lock(
    client, editor, full_ish, monkeypatch
):
    """The form's early check passes (two members, capacity 2); by the time the service holds the row lock a
    third person has been accepted. The service's own count wins: error beside the field, nothing changed."""
    import cohorts.viewsets

    def someone_joins_meanwhile(*, cohort, capacity):
        MembershipFactory(cohort=cohort, user=UserFactory())

    monkeypatch.setattr(cohorts.viewsets, "check_capacity", someone_joins_meanwhile)
    data = _edit_form_data(
        client, full_ish, name="Should not stick", capacity="2", facilitator_emails=_email(full_ish, "Priya")
    )
    response = client.post(f"/admin/cohorts/edit/{full_ish.pk}/", data)
    assert response.status_code == 200
    assert (
        _capacity_error(response.content.decode()) == "The group already has 3 members, so its capacity can’t be less."
    )
    full_ish.refresh_from_db()
    assert full_ish.capacity == 3 and full_ish.name != "Should not stick"
    assert Membership.objects.facilitating().filter(cohort=full_ish).count() == 3
    assert not _history(full_ish, "wagtail.edit").exists()


def test_the_cohort_list_and_edit_screens_open(client, editor, full_ish):
    assert client.get("/admin/cohorts/").status_code == 200
    html = client.get(f"/admin/cohorts/edit/{full_ish.pk}/").content.decode()
    assert "staff@example.org" in html and _capacity_error(html) == ""


# --- Co-facilitation: a group people apply to is run by a staff and a peer facilitator ---------------------------

PEER_NEEDED = (
    "A group that takes applications needs at least one peer facilitator, so that it is run together by someone on "
    "the staff and someone with lived experience."
)
STAFF_NEEDED = "A group that takes applications needs at least one staff facilitator."


def _new_cohort(course, **changes):
    data = {
        "course": course.course.pk,
        "name": "Winter group",
        "slug": "winter-group",
        "applications_open_at": "2030-01-01 09:00",
        "apply_by": "2030-02-01 17:00",
        "starts_on": "2030-03-01",
        "ends_on": "2030-05-01",
        "capacity": "10",
        "join_mode": "apply",
        "lived_experience_aim": "33",
        "facilitator_emails": "",
        "peer_facilitator_emails": "",
    }
    return data | changes


def test_a_new_group_taking_applications_without_a_peer_facilitator_is_refused_beside_that_field(
    client, editor, course
):
    UserFactory(email="staff@example.org")
    response = client.post("/admin/cohorts/new/", _new_cohort(course, facilitator_emails="staff@example.org"))
    assert response.status_code == 200
    html = response.content.decode()
    assert _field_error(html, "peer_facilitator_emails") == PEER_NEEDED
    assert _field_error(html, "facilitator_emails") == ""
    assert not Cohort.objects.filter(slug="winter-group").exists()


def test_a_new_group_with_nobody_to_run_it_is_told_it_needs_both(client, editor, course):
    html = client.post("/admin/cohorts/new/", _new_cohort(course)).content.decode()
    assert _field_error(html, "facilitator_emails") == STAFF_NEEDED
    assert _field_error(html, "peer_facilitator_emails") == PEER_NEEDED
    assert not Cohort.objects.exists()


def test_a_group_joined_by_invite_may_be_run_by_staff_alone(client, editor, course):
    UserFactory(email="staff@example.org")
    data = _new_cohort(course, join_mode="invite", facilitator_emails="staff@example.org")
    assert client.post("/admin/cohorts/new/", data).status_code == 302
    assert Cohort.objects.filter(slug="winter-group").exists()


def test_taking_off_the_only_peer_facilitator_is_refused_and_changes_nothing(client, editor, full_ish):
    data = _edit_form_data(client, full_ish, name="Should not stick", peer_facilitator_emails="")
    response = client.post(f"/admin/cohorts/edit/{full_ish.pk}/", data)
    assert response.status_code == 200
    assert _field_error(response.content.decode(), "peer_facilitator_emails") == PEER_NEEDED
    full_ish.refresh_from_db()
    assert full_ish.name != "Should not stick"
    assert Membership.objects.facilitating().filter(cohort=full_ish, role=Role.PEER_FACILITATOR).count() == 1


def test_the_screens_call_the_staff_role_staff_facilitators(client, editor, full_ish):
    html = client.get(f"/admin/cohorts/edit/{full_ish.pk}/").content.decode()
    assert "Staff facilitators" in html and "Peer facilitators" in html
