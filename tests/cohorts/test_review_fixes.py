"""Edge cases found in review: failing email, capacity in the CMS, rejoining, odd ids and characters, cancelling."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from cohorts.models import Announcement, Application, Cohort, LiveSession, Membership
from cohorts.services import application_decide, application_submit, membership_leave
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


class BrokenMailBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


def test_a_mail_server_failure_never_turns_a_saved_change_into_an_error(client, cohort, facilitator, member, settings):
    settings.EMAIL_BACKEND = "tests.cohorts.test_review_fixes.BrokenMailBackend"
    client.force_login(facilitator)
    response = client.post(
        f"/cohorts/{cohort.slug}/facilitate/sessions/new/",
        {"title": "Hope", "starts_at": "2030-03-14T18:30", "ends_at": "2030-03-14T20:00", "location": "Hall"},
    )
    assert response.status_code == 302
    assert LiveSession.objects.filter(title="Hope").exists()


def test_the_cms_refuses_a_capacity_below_the_current_members(client, cohort, member):
    MembershipFactory(cohort=cohort, user=UserFactory())
    client.force_login(UserFactory(is_superuser=True))
    form = client.get(f"/admin/cohorts/edit/{cohort.pk}/").context["form"]
    data = {
        name: field.value() if field.value() is not None else "" for name, field in ((n, form[n]) for n in form.fields)
    }
    data.update(capacity="1", course=cohort.course.pk)
    response = client.post(f"/admin/cohorts/edit/{cohort.pk}/", data)
    assert "already has 2 members" in response.content.decode()
    cohort.refresh_from_db()
    assert cohort.capacity == 3


def test_someone_who_was_accepted_and_left_can_apply_again(cohort, facilitator):
    person = UserFactory()
    application = application_submit(
        cohort=cohort, user=person, statement="Hi", perspective="other", agreed_to_cohort_agreement=True
    )
    application_decide(application=application, decided_by=facilitator, decision="accepted")
    membership_leave(membership=Membership.objects.get(user=person))
    again = application_submit(
        cohort=cohort, user=person, statement="Back", perspective="other", agreed_to_cohort_agreement=True
    )
    assert again.pk == application.pk and again.status == "pending"


def test_an_accepted_current_member_cannot_apply_twice(cohort, facilitator):
    person = UserFactory()
    application = application_submit(
        cohort=cohort, user=person, statement="Hi", perspective="other", agreed_to_cohort_agreement=True
    )
    application_decide(application=application, decided_by=facilitator, decision="accepted")
    with pytest.raises(Exception, match="already in this group"):
        application_submit(
            cohort=cohort, user=person, statement="Hi", perspective="other", agreed_to_cohort_agreement=True
        )
    assert Application.objects.get(pk=application.pk).status == "accepted"


@pytest.mark.parametrize(
    "url",
    [
        "/learning/lessons/" + "9" * 30 + "/progress/",
        "/learning/courses/" + "9" * 30 + "/certificate/",
        "/journal/" + "9" * 30 + "/",
    ],
)
def test_an_absurdly_long_id_is_a_404(client, user, site_pages, url):
    client.force_login(user)
    assert client.get(url).status_code == 404


def test_a_nul_character_in_an_address_is_a_clear_400(client, site_pages):
    for url in ["/certificates/%00x/", "/cohorts/calendar/%00x.ics", "/courses/%00/", "/search/?q=%00"]:
        response = client.get(url)
        assert response.status_code == 400 and "Something was wrong with that request" in response.content.decode()


def test_a_nul_character_in_typed_text_is_dropped_and_the_text_saved(client, user):
    client.force_login(user)
    client.post("/journal/new/", {"kind": "reflection", "text": "Before\x00after", "visibility": "private"})
    assert user.journal_entries.get().text == "Beforeafter"


def test_cancelling_asks_first_and_past_sessions_cannot_be_cancelled(client, cohort, facilitator, member):
    upcoming = LiveSessionFactory(cohort=cohort)
    past = LiveSessionFactory(
        cohort=cohort,
        starts_at=timezone.now() - datetime.timedelta(days=2),
        ends_at=timezone.now() - datetime.timedelta(days=2, hours=-1),
    )
    client.force_login(facilitator)
    confirm = client.get(f"/cohorts/{cohort.slug}/facilitate/sessions/{upcoming.pk}/cancel/")
    assert "Cancel “" in confirm.content.decode() and LiveSession.objects.get(pk=upcoming.pk).cancelled_at is None
    client.post(f"/cohorts/{cohort.slug}/facilitate/sessions/{upcoming.pk}/cancel/")
    assert LiveSession.objects.get(pk=upcoming.pk).cancelled_at is not None
    client.post(f"/cohorts/{cohort.slug}/facilitate/sessions/{past.pk}/cancel/")
    assert LiveSession.objects.get(pk=past.pk).cancelled_at is None
    assert len([m for m in mail.outbox if "cancelled" in m.subject]) <= 2


def test_stored_markup_is_cleaned_again_when_shown(client, cohort, member):
    Announcement.objects.create(
        cohort=cohort, title="Raw", body="<p>Hello</p><script>alert(1)</script><img src=x onerror=alert(1)>"
    )
    client.force_login(member)
    html = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert "<p>Hello</p>" in html and "<script>alert(1)" not in html
    assert "onerror" not in html and "src=x" not in html and 'src="x"' not in html, "the picture's markup is gone"


def test_members_are_never_told_they_were_absent(client, cohort, member, facilitator):
    from cohorts.models import Attendance

    past = LiveSessionFactory(
        cohort=cohort,
        starts_at=timezone.now() - datetime.timedelta(days=2),
        ends_at=timezone.now() - datetime.timedelta(days=2, hours=-1),
    )
    Attendance.objects.create(session=past, user=member, status="absent")
    client.force_login(member)
    html = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert "Absent" not in html and "Your attendance" not in html


def test_invite_links_are_shown_to_facilitators_and_refuse_finished_groups(client, course):
    cohort = CohortFactory(course=course.course, join_mode="invite")
    facilitator = UserFactory()
    MembershipFactory(cohort=cohort, user=facilitator, role="facilitator")
    client.force_login(facilitator)
    assert (
        f"/cohorts/{cohort.slug}/join/{cohort.invite_code}/"
        in client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()
    )
    cohort.starts_on = cohort.ends_on = timezone.localdate() - datetime.timedelta(days=1)
    cohort.save()
    joiner = UserFactory()
    client.force_login(joiner)
    html = client.post(
        f"/cohorts/{cohort.slug}/join/{cohort.invite_code}/",
        {"perspective": "other", "agreed_to_cohort_agreement": "on"},
    ).content.decode()
    assert "This group has finished" in html and not Membership.objects.filter(user=joiner).exists()


def test_two_facilitators_editing_a_session_at_once_do_not_overwrite_each_other(
    client, cohort, facilitator, peer_facilitator, member, django_capture_on_commit_callbacks
):
    session = LiveSessionFactory(cohort=cohort, title="Hope", location="Hall")
    url = f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/"
    client.force_login(facilitator)
    opened = client.get(url).context["form"]
    data = {
        "title": "Hope in practice",
        "starts_at": timezone.localtime(session.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "ends_at": timezone.localtime(session.ends_at).strftime("%Y-%m-%dT%H:%M"),
        "location": "Hall",
        "agenda": "Priya's agenda",
        "sequence": opened["sequence"].value(),
    }
    other = Client()
    other.force_login(peer_facilitator)
    other.post(url, {**data, "agenda": "Sam's agenda"})
    assert LiveSession.objects.get(pk=session.pk).agenda == "Sam's agenda"

    refused = client.post(url, data).content.decode()
    assert "Someone else changed this session" in refused and "Priya&#x27;s agenda" in refused
    assert LiveSession.objects.get(pk=session.pk).agenda == "Sam's agenda", "nothing silently overwritten"


def test_saving_a_session_unchanged_emails_nobody(
    client, cohort, facilitator, member, django_capture_on_commit_callbacks
):
    starts = (timezone.now() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)
    session = LiveSessionFactory(
        cohort=cohort,
        title="Hope",
        location="Hall",
        agenda="",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=1),
    )
    client.force_login(facilitator)
    form = client.get(f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/").context["form"]
    data = {name: form[name].value() if form[name].value() is not None else "" for name in form.fields}
    data["starts_at"] = timezone.localtime(session.starts_at).strftime("%Y-%m-%dT%H:%M")
    data["ends_at"] = timezone.localtime(session.ends_at).strftime("%Y-%m-%dT%H:%M")
    session.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/", data)
    assert mail.outbox == [] and LiveSession.objects.get(pk=session.pk).sequence == session.sequence


def test_a_leaked_invite_link_is_replaced_and_stops_working_while_members_stay(client, course):
    cohort = CohortFactory(course=course.course, join_mode="invite")
    facilitator, joined, stranger = UserFactory(), UserFactory(), UserFactory()
    MembershipFactory(cohort=cohort, user=facilitator, role="facilitator")
    MembershipFactory(cohort=cohort, user=joined)
    old = f"/cohorts/{cohort.slug}/join/{cohort.invite_code}/"
    replace = f"/cohorts/{cohort.slug}/facilitate/invite-link/"

    client.force_login(stranger)
    assert client.post(replace).status_code == 404, "only the group's facilitators can replace it"
    client.force_login(facilitator)
    assert client.get(replace).status_code == 302 and Cohort.objects.get(pk=cohort.pk).invite_code in old
    response = client.post(replace, follow=True)
    html = response.content.decode()
    new = f"/cohorts/{cohort.slug}/join/{Cohort.objects.get(pk=cohort.pk).invite_code}/"
    assert new != old and new in html and old not in html
    assert "Here is a new invite link. The old one no longer works." in html

    client.force_login(stranger)
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    assert Membership.objects.active().filter(cohort=cohort, user=joined).exists()
