"""Co-facilitation as a pair: a group people apply to is run by a staff and a peer facilitator; the member list shows
them first; each session records who facilitated it and for how long; the hours table, with its CSV, in the
facilitator's space and for admins in the CMS; and the facilitators' shared notes."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from openpyxl import load_workbook

from cohorts.models import FacilitatorNote, JoinMode, Membership, Role, SessionFacilitation
from cohorts.services import (
    PAUSED_MESSAGE,
    application_submit,
    cohort_create,
    cohort_set_facilitator,
    cohort_update,
    facilitator_note_add,
    membership_leave,
    session_cancel,
    session_facilitation_record,
)
from learning.services.data_rights import person_erase
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

STAFF_NEEDED = "A group that takes applications needs at least one staff facilitator."


def _cohort_fields(course, **changes):
    now = timezone.now()
    fields = {
        "course": course.course,
        "name": "Autumn group",
        "slug": "autumn-group",
        "applications_open_at": now,
        "apply_by": now + datetime.timedelta(days=10),
        "starts_on": timezone.localdate() + datetime.timedelta(days=20),
        "ends_on": timezone.localdate() + datetime.timedelta(days=80),
        "capacity": 10,
    }
    return fields | changes


def _past_session(cohort, **kwargs):
    starts = timezone.now() - datetime.timedelta(days=2)
    return LiveSessionFactory(
        cohort=cohort, starts_at=starts, ends_at=starts + datetime.timedelta(minutes=90), **kwargs
    )


# --- The pair -------------------------------------------------------------------------------------------------


def test_a_group_taking_applications_is_created_only_with_both_halves_of_the_pair(course):
    staff, peer = UserFactory(), UserFactory()
    with pytest.raises(ValidationError) as refused:
        cohort_create(facilitators={staff.email: Role.FACILITATOR}, **_cohort_fields(course))
    assert list(refused.value.message_dict) == [Role.PEER_FACILITATOR]
    with pytest.raises(ValidationError) as refused:
        cohort_create(**_cohort_fields(course))
    assert refused.value.message_dict[Role.FACILITATOR] == [STAFF_NEEDED]
    from cohorts.models import Cohort

    assert not Cohort.objects.exists(), "nothing is saved"
    cohort = cohort_create(
        facilitators={staff.email: Role.FACILITATOR, peer.email: Role.PEER_FACILITATOR}, **_cohort_fields(course)
    )
    assert sorted(Membership.objects.facilitating().filter(cohort=cohort).values_list("role", flat=True)) == [
        Role.FACILITATOR,
        Role.PEER_FACILITATOR,
    ]


def test_a_group_joined_by_invite_may_be_run_by_staff_alone(course):
    staff = UserFactory()
    cohort = cohort_create(facilitators={staff.email: Role.FACILITATOR}, **_cohort_fields(course, join_mode="invite"))
    assert cohort.pk


def test_opening_an_invite_group_to_applications_needs_the_pair(course):
    cohort = CohortFactory(course=course.course, join_mode=JoinMode.INVITE)
    MembershipFactory(cohort=cohort, user=UserFactory(), role=Role.FACILITATOR, perspective="")
    with pytest.raises(ValidationError) as refused:
        cohort_update(cohort=cohort, join_mode=JoinMode.APPLY)
    assert Role.PEER_FACILITATOR in refused.value.message_dict
    cohort.refresh_from_db()
    assert cohort.join_mode == JoinMode.INVITE


def test_the_pair_may_swap_roles_in_one_save(cohort, facilitator, peer_facilitator):
    cohort_update(
        cohort=cohort, facilitators={facilitator.email: Role.PEER_FACILITATOR, peer_facilitator.email: "facilitator"}
    )
    roles = dict(Membership.objects.facilitating().filter(cohort=cohort).values_list("user_id", "role"))
    assert roles == {facilitator.pk: Role.PEER_FACILITATOR, peer_facilitator.pk: Role.FACILITATOR}


def test_the_only_peer_facilitator_cannot_be_made_staff_or_leave(client, cohort, peer_facilitator):
    with pytest.raises(ValidationError, match="only peer facilitator"):
        cohort_set_facilitator(cohort=cohort, email=peer_facilitator.email, role=Role.FACILITATOR)
    membership = Membership.objects.get(cohort=cohort, user=peer_facilitator)
    with pytest.raises(ValidationError, match="Name another peer facilitator first"):
        membership_leave(membership=membership)
    client.force_login(peer_facilitator)
    response = client.post(f"/cohorts/{cohort.slug}/leave/", follow=True)
    assert "Sam is the only peer facilitator" in response.content.decode()
    membership.refresh_from_db()
    assert membership.is_active and membership.role == Role.PEER_FACILITATOR


def test_a_second_staff_facilitator_may_step_down(cohort, facilitator):
    extra = UserFactory()
    cohort_set_facilitator(cohort=cohort, email=extra.email, role=Role.FACILITATOR)
    membership_leave(membership=Membership.objects.get(cohort=cohort, user=extra))
    assert not Membership.objects.facilitating().filter(cohort=cohort, user=extra).exists()


def test_a_group_left_without_its_pair_stops_taking_applications_and_says_why(client, cohort, facilitator, user):
    peer = Membership.objects.get(cohort=cohort, role=Role.PEER_FACILITATOR).user
    person_erase(user=peer)  # deleting an account is never refused: the group loses its peer facilitator
    with pytest.raises(ValidationError) as refused:
        application_submit(
            cohort=cohort, user=user, statement="Hello", perspective="carer", agreed_to_cohort_agreement=True
        )
    assert refused.value.messages == [PAUSED_MESSAGE]
    client.force_login(user)
    apply_page = client.get(f"/cohorts/{cohort.slug}/apply/").content.decode()
    assert "Applications for this group open once its staff and peer facilitators are both named" in apply_page
    assert "Send my application" not in apply_page
    course_page = client.get(cohort.course.url).content.decode()
    assert "Applications open once the group’s staff and peer facilitators are both named." in course_page
    assert f"/cohorts/{cohort.slug}/apply/" not in course_page
    client.force_login(facilitator)
    html = client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()
    assert "This group is not taking applications just now." in html
    assert "it has no peer facilitator" in html
    # Anyone may still step down from a group that has already lost its pair.
    cohort_set_facilitator(cohort=cohort, email=UserFactory().email, role=Role.FACILITATOR)
    membership_leave(membership=Membership.objects.get(cohort=cohort, user=facilitator))
    # Naming a new peer facilitator completes the pair, and applications open again.
    cohort_set_facilitator(cohort=cohort, email=UserFactory().email, role=Role.PEER_FACILITATOR)
    client.force_login(user)
    assert f"/cohorts/{cohort.slug}/apply/" in client.get(cohort.course.url).content.decode()
    applied = application_submit(
        cohort=cohort, user=user, statement="Hello", perspective="carer", agreed_to_cohort_agreement=True
    )
    assert applied.status == "pending"


def test_the_facilitators_space_says_nothing_when_the_pair_is_there(client, cohort, facilitator):
    client.force_login(facilitator)
    assert "not taking applications" not in client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()


def test_the_member_list_shows_staff_then_peer_facilitators_then_members(client, cohort, facilitator, member):
    MembershipFactory(cohort=cohort, user=UserFactory(display_name="Aaron"))
    client.force_login(member)
    html = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    members = html[html.index('id="members-heading"') :]
    order = [members.index(text) for text in ("Priya", "Staff facilitator", "Sam", "Peer facilitator", "Aaron", "Jo")]
    assert order == sorted(order)


# --- Who facilitated each session -----------------------------------------------------------------------------


def test_the_register_offers_each_facilitator_the_sessions_length_and_saves_it(
    client, cohort, facilitator, peer_facilitator, member
):
    session = _past_session(cohort)
    client.force_login(facilitator)
    url = f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/"
    html = client.get(url).content.decode()
    assert "Who facilitated" in html and "Priya (staff facilitator): minutes" in html
    assert f'name="facilitator_{peer_facilitator.pk}" value="90"' in html
    response = client.post(
        url,
        {
            f"member_{member.pk}": "present",
            f"facilitator_{facilitator.pk}": "90",
            f"facilitator_{peer_facilitator.pk}": "60",
        },
    )
    assert response.status_code == 302
    recorded = {row.facilitator_id: (row.role, row.minutes) for row in SessionFacilitation.objects.all()}
    assert recorded == {facilitator.pk: (Role.FACILITATOR, 90), peer_facilitator.pk: (Role.PEER_FACILITATOR, 60)}
    assert "So is who facilitated it." in client.get("/cohorts/" + cohort.slug + "/facilitate/").content.decode()
    # Saved once, the form shows what was recorded; 0 means they did not facilitate.
    client.post(url, {f"facilitator_{peer_facilitator.pk}": "0"})
    assert list(SessionFacilitation.objects.values_list("facilitator_id", flat=True)) == [facilitator.pk]
    assert f'name="facilitator_{peer_facilitator.pk}" value="0"' in client.get(url).content.decode()


def test_minutes_that_make_no_sense_are_explained_and_change_nothing(client, cohort, facilitator):
    session = _past_session(cohort)
    client.force_login(facilitator)
    url = f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/"
    for value, message in [
        ("2000", "1,440 minutes (24 hours) or fewer"),
        ("-5", "0 or more"),
        ("lots", "whole number"),
    ]:
        response = client.post(url, {f"facilitator_{facilitator.pk}": value})
        assert response.status_code == 200 and message in response.content.decode()
    assert not SessionFacilitation.objects.exists()


def test_who_facilitated_is_asked_only_once_a_session_has_started(client, cohort, facilitator):
    upcoming = LiveSessionFactory(cohort=cohort)
    client.force_login(facilitator)
    html = client.get(f"/cohorts/{cohort.slug}/facilitate/sessions/{upcoming.pk}/register/").content.decode()
    assert "Once the session has started" in html and "facilitator_" not in html
    with pytest.raises(ValidationError, match="once it has started"):
        session_facilitation_record(session=upcoming, by=facilitator, minutes={facilitator.pk: 60})
    session_cancel(session=upcoming, by=facilitator)
    with pytest.raises(ValidationError, match="cancelled"):
        session_facilitation_record(session=upcoming, by=facilitator, minutes={facilitator.pk: 60})


def test_only_the_groups_facilitators_can_be_recorded_and_only_by_them(cohort, facilitator, member):
    session = _past_session(cohort)
    with pytest.raises(ValidationError, match="not a facilitator"):
        session_facilitation_record(session=session, by=facilitator, minutes={member.pk: 60})
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        session_facilitation_record(session=session, by=member, minutes={facilitator.pk: 60})
    assert not SessionFacilitation.objects.exists()


def test_someone_who_stepped_down_keeps_their_hours_and_their_role_on_the_day(cohort, facilitator):
    session = _past_session(cohort)
    extra = UserFactory(display_name="Ola")
    cohort_set_facilitator(cohort=cohort, email=extra.email, role=Role.PEER_FACILITATOR)
    session_facilitation_record(session=session, by=facilitator, minutes={extra.pk: 90})
    cohort_set_facilitator(cohort=cohort, email=extra.email, role=Role.FACILITATOR)
    membership_leave(membership=Membership.objects.get(cohort=cohort, user=extra))
    from cohorts.selectors import facilitation_for

    rows = {row.user.pk: (row.role_label, row.minutes) for row in facilitation_for(session)}
    assert rows[extra.pk] == ("Peer facilitator", 90)
    session_facilitation_record(session=session, by=facilitator, minutes={extra.pk: 80})
    assert SessionFacilitation.objects.get(facilitator=extra).minutes == 80


# --- The hours table and its CSV ------------------------------------------------------------------------------


@pytest.fixture
def hours(cohort, facilitator, peer_facilitator):
    """Two sessions the pair ran (one cut short for the peer facilitator), a cancelled one, and another group's."""
    first, second = _past_session(cohort), _past_session(cohort)
    session_facilitation_record(session=first, by=facilitator, minutes={facilitator.pk: 90, peer_facilitator.pk: 90})
    session_facilitation_record(session=second, by=facilitator, minutes={facilitator.pk: 90, peer_facilitator.pk: 45})
    started = timezone.now() - datetime.timedelta(minutes=30)
    cut = LiveSessionFactory(cohort=cohort, starts_at=started, ends_at=started + datetime.timedelta(hours=2))
    session_facilitation_record(session=cut, by=facilitator, minutes={facilitator.pk: 120})
    session_cancel(session=cut, by=facilitator)
    other = CohortFactory(course=cohort.course)
    other_staff = other.memberships.get(role=Role.FACILITATOR).user
    session_facilitation_record(session=_past_session(other), by=other_staff, minutes={other_staff.pk: 30})
    return cohort


def test_the_hours_table_counts_each_facilitators_sessions_and_hours(client, hours, facilitator):
    client.force_login(facilitator)
    html = client.get(f"/cohorts/{hours.slug}/facilitate/hours/?start=2020-01-01&end=2040-12-31").content.decode()
    assert "<td>Priya</td><td>Staff facilitator</td><td>2</td><td>3</td>" in html
    assert "<td>Sam</td><td>Peer facilitator</td><td>2</td><td>2.25</td>" in html
    assert "Staff facilitator</td><td>1</td>" not in html, "another group's hours are not here"


def test_the_hours_csv_is_utf8_and_no_cell_runs_as_a_formula(client, hours, facilitator, peer_facilitator):
    peer_facilitator.display_name = '=HYPERLINK("http://evil.example")'
    peer_facilitator.save()
    client.force_login(facilitator)
    response = client.get(f"/cohorts/{hours.slug}/facilitate/hours/?start=2020-01-01&end=2040-12-31&format=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="{hours.slug}-facilitation-2020-01-01-to-2040-12-31.csv"' in response["Content-Disposition"]
    body = response.content
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["Facilitator", "Role", "Sessions", "Minutes", "Hours"]
    assert ["Priya", "Staff facilitator", "2", "180", "3"] in rows
    assert ['\'=HYPERLINK("http://evil.example")', "Peer facilitator", "2", "135", "2.25"] in rows


def test_the_hours_for_chosen_days_and_bad_days_explained(client, hours, facilitator):
    client.force_login(facilitator)
    empty = client.get(f"/cohorts/{hours.slug}/facilitate/hours/?start=2020-01-01&end=2020-01-31").content.decode()
    assert "Nobody has recorded facilitating a session from 1 January 2020 to 31 January 2020." in empty
    for query, message in [
        ("start=2020-02-01&end=2020-01-01", "The last day must be on or after the first day."),
        ("start=soon&end=2020-01-01", "Enter a date"),
        ("start=&end=", "Give the first day to count."),
    ]:
        response = client.get(f"/cohorts/{hours.slug}/facilitate/hours/?{query}&format=csv")
        assert response.status_code == 200 and message in response.content.decode(), query


def test_unless_days_are_chosen_the_table_covers_the_groups_run(client, cohort, facilitator):
    client.force_login(facilitator)
    html = client.get(f"/cohorts/{cohort.slug}/facilitate/hours/").content.decode()
    assert f'value="{cohort.starts_on:%Y-%m-%d}"' in html and f'value="{cohort.ends_on:%Y-%m-%d}"' in html


def test_members_get_no_hours(client, hours, member):
    client.force_login(member)
    assert client.get(f"/cohorts/{hours.slug}/facilitate/hours/").status_code == 404


@pytest.fixture
def admin_client(client, hours):
    client.force_login(UserFactory(is_superuser=True))
    return client


def test_admins_see_every_groups_hours_in_the_cms_report(admin_client, hours):
    html = admin_client.get("/admin/reports/facilitation-hours/?sessions_after=2020-01-01").content.decode()
    assert "Facilitation hours" in html and "Priya" in html and "Sam" in html
    assert html.count("Staff facilitator") >= 3, "both groups' staff facilitators (the other group's too)"
    one_group = admin_client.get(f"/admin/reports/facilitation-hours/?cohort={hours.pk}&sessions_after=2020-01-01")
    assert one_group.status_code == 200


def test_the_cms_report_downloads_as_safe_csv_and_as_xlsx(admin_client, hours, peer_facilitator):
    peer_facilitator.display_name = "@SUM(1+1)"
    peer_facilitator.save()
    response = admin_client.get(
        f"/admin/reports/facilitation-hours/?cohort={hours.pk}&sessions_after=2020-01-01&export=csv"
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))
    assert rows[0] == ["Facilitator", "Role", "Sessions", "Minutes", "Hours"]
    assert ["'@SUM(1+1)", "Peer facilitator", "2", "135", "2.25"] in rows
    xlsx = admin_client.get(
        f"/admin/reports/facilitation-hours/?cohort={hours.pk}&sessions_after=2020-01-01&export=xlsx"
    )
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert ["Priya", "Staff facilitator", 2, 180, "3"] in values


def test_the_cms_report_is_for_admins_only(client, hours):
    client.force_login(UserFactory(groups=("Editors",)))
    response = client.get("/admin/reports/facilitation-hours/")
    assert response.status_code in {302, 403}
    assert "Priya" not in response.content.decode()


# --- Facilitator notes ----------------------------------------------------------------------------------------


def test_facilitators_add_change_and_delete_their_own_notes(client, cohort, facilitator, peer_facilitator):
    client.force_login(facilitator)
    url = f"/cohorts/{cohort.slug}/facilitate/notes/"
    page = client.get(url).content.decode()
    assert "These are not notes about individuals." in page
    response = client.post(url, {"text": "What went well: **the check-in round**.\r\n\r\n<script>x</script>"})
    assert response.status_code == 302
    note = FacilitatorNote.objects.get()
    assert note.text == "What went well: **the check-in round**.\n\n<script>x</script>"
    assert "<strong>the check-in round</strong>" in note.body and "<script" not in note.body
    client.post(f"{url}{note.pk}/", {"text": "What went well: the check-in round."})
    note.refresh_from_db()
    assert note.text == "What went well: the check-in round."
    # A co-facilitator reads it but can neither change nor delete it.
    client.force_login(peer_facilitator)
    assert "What went well: the check-in round." in client.get(url).content.decode()
    assert client.post(f"{url}{note.pk}/", {"text": "Mine now"}).status_code == 404
    assert client.post(f"{url}{note.pk}/delete/").status_code == 404
    client.force_login(facilitator)
    assert client.post(f"{url}{note.pk}/delete/").status_code == 302
    assert not FacilitatorNote.objects.exists()


def test_an_empty_or_overlong_note_is_explained_and_saves_nothing(client, cohort, facilitator):
    client.force_login(facilitator)
    url = f"/cohorts/{cohort.slug}/facilitate/notes/"
    assert "Write the note before saving it." in client.post(url, {"text": "   "}).content.decode()
    assert "Keep this to 10,000 characters" in client.post(url, {"text": "x" * 10_001}).content.decode()
    assert not FacilitatorNote.objects.exists()


def test_notes_come_newest_first_twenty_to_a_page(client, cohort, facilitator):
    for n in range(21):
        facilitator_note_add(cohort=cohort, author=facilitator, text=f"Note number {n:02d}")
    client.force_login(facilitator)
    first = client.get(f"/cohorts/{cohort.slug}/facilitate/notes/").content.decode()
    assert "Note number 20" in first and "Note number 00" not in first and "Page 1 of 2" in first
    second = client.get(f"/cohorts/{cohort.slug}/facilitate/notes/?page=2").content.decode()
    assert "Note number 00" in second
