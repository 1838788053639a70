"""A session's page for its group: who may see it, what it offers before, during and after, "I'm here" and the
register, the catch-up pack, and what module dates say."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from cohorts.calendar import calendar_file
from cohorts.models import Attendance, AttendanceStatus, ModuleRelease, Role, SessionCheckIn
from cohorts.services import membership_leave, session_cancel, session_check_in, session_update
from colearn.privacy import declared
from tests.factories import (
    ApplicationFactory,
    CohortFactory,
    LiveSessionFactory,
    MembershipFactory,
    SessionCheckInFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

VIDEO = "https://meet.example.org/colearn"
KIND = "If you couldn’t make it, here’s what we covered."
UNKIND = re.compile(r"you missed|missed it|overdue|failed|absent", re.IGNORECASE)


def url(session, suffix="") -> str:
    return f"/cohorts/{session.cohort.slug}/sessions/{session.pk}/{suffix}"


def page_for(client, user, session) -> str:
    client.force_login(user)
    response = client.get(url(session))
    assert response.status_code == 200
    return response.content.decode()


def heading(response) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S).group(1)


def starting_in(minutes: float, **kwargs):
    starts = timezone.now() + datetime.timedelta(minutes=minutes)
    return dict(starts_at=starts, ends_at=starts + datetime.timedelta(hours=1), **kwargs)


# --- Who may see it ---------------------------------------------------------------------------------------------


@pytest.fixture
def session(cohort):
    return LiveSessionFactory(cohort=cohort, title="Small steps", location="Town library")


def test_members_and_facilitators_see_the_page_and_nobody_else_can_tell_it_exists(
    client, cohort, member, facilitator, course, session
):
    elsewhere = UserFactory()
    MembershipFactory(cohort=CohortFactory(course=course.course), user=elsewhere)
    applicant = UserFactory()
    ApplicationFactory(cohort=cohort, user=applicant)
    left = UserFactory()
    membership_leave(membership=MembershipFactory(cohort=cohort, user=left))

    assert "Small steps" in page_for(client, member, session)
    assert "Small steps" in page_for(client, facilitator, session)
    missing = client.get(f"/cohorts/{cohort.slug}/sessions/999999/")
    for person in (elsewhere, applicant, left):
        client.force_login(person)
        refused = client.get(url(session))
        assert refused.status_code == 404 == missing.status_code
        assert heading(refused) == heading(missing)  # a refusal looks exactly like a missing session
    client.logout()
    response = client.get(url(session))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_a_session_of_another_group_is_not_found_under_this_group(client, cohort, member, course):
    theirs = LiveSessionFactory(cohort=CohortFactory(course=course.course))
    client.force_login(member)
    assert client.get(f"/cohorts/{cohort.slug}/sessions/{theirs.pk}/").status_code == 404


def test_the_page_says_when_where_and_what_and_is_not_cached(client, cohort, member, course, session):
    session.module = course.modules[0]
    session.save()
    client.force_login(member)
    response = client.get(url(session))
    html = response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert html.count("<h1") == 1
    assert "Place: Town library" in html and "Welcome, check-in, the lesson" in html
    assert course.modules[0].title in html and course.modules[0].url in html
    assert f"/cohorts/{cohort.slug}/sessions/{session.pk}.ics" in html


def test_a_module_not_yet_open_is_named_with_its_honest_date_and_no_link(client, cohort, member, course, session):
    session.module = course.modules[1]
    session.save()
    ModuleRelease.objects.create(cohort=cohort, module=course.modules[1], opens_on=datetime.date(2030, 5, 1))
    html = page_for(client, member, session)
    assert "Opens for your group on 1 May 2030 — it stays open after that, so you can go at your own pace." in html
    assert course.modules[1].url not in html


# --- Joining: before, during, after, cancelled ------------------------------------------------------------------


def join_links(html: str) -> list[str]:
    return re.findall(r'href="' + re.escape(VIDEO) + r'">(Join [a-z]+)', html)


def test_before_the_session_it_offers_join_online(client, cohort, member):
    session = LiveSessionFactory(cohort=cohort, **starting_in(16))
    assert join_links(page_for(client, member, session)) == ["Join online"]
    assert join_links(client.get(f"/cohorts/{cohort.slug}/").content.decode()) == ["Join online", "Join online"]
    assert "Join" not in client.get("/dashboard/").content.decode()  # the dashboard offers it only when it's time


def test_during_the_session_join_now_is_the_way_in_everywhere(client, cohort, member):
    session = LiveSessionFactory(cohort=cohort, happening=True)
    html = page_for(client, member, session)
    assert join_links(html) == ["Join now"] and "Happening now." in html
    assert re.search(r'class="button" href="' + re.escape(VIDEO) + '">Join now', html)
    assert set(join_links(client.get(f"/cohorts/{cohort.slug}/").content.decode())) == {"Join now"}
    dashboard = client.get("/dashboard/").content.decode()
    assert join_links(dashboard) == ["Join now"] and url(session) in dashboard


def test_after_the_session_it_says_it_has_finished_and_offers_no_way_to_join(client, cohort, member):
    session = LiveSessionFactory(cohort=cohort, finished=True)
    html = page_for(client, member, session)
    assert "This session has finished." in html
    assert VIDEO not in html and ".ics" not in html
    space = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert VIDEO not in space and "This session has finished." in space
    assert url(session) not in client.get("/dashboard/").content.decode()


def test_a_cancelled_session_says_so_and_offers_no_way_to_join(client, cohort, member, facilitator):
    session = LiveSessionFactory(cohort=cohort, **starting_in(60 * 24))
    session_cancel(session=session, by=facilitator)
    html = page_for(client, member, session)
    assert "This session is cancelled." in html and "Cancelled: " in html
    assert VIDEO not in html and "I’m here" not in html
    assert VIDEO not in client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert b"Join online" not in calendar_file([session], name="x")


def test_session_emails_link_the_session_page_and_a_cancellation_offers_no_link_to_join(
    cohort, facilitator, member, django_capture_on_commit_callbacks
):
    session = LiveSessionFactory(cohort=cohort, **starting_in(60 * 24))
    with django_capture_on_commit_callbacks(execute=True):
        session_update(session=session, by=facilitator, title="Small steps, together")
    changed = next(m for m in mail.outbox if m.to == [member.email])
    assert url(session) in changed.body and f"Join online: {VIDEO}" in changed.body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        session_cancel(session=session, by=facilitator)
    cancelled = next(m for m in mail.outbox if m.to == [member.email])
    assert VIDEO not in cancelled.body and "cancelled" in cancelled.body


# --- "I'm here" -------------------------------------------------------------------------------------------------


def press_here(client, session):
    return client.post(url(session, "here/"), follow=True).content.decode()


@pytest.mark.parametrize(
    ("minutes", "opens"),
    [(16, False), (14.5, True), (-30, True), (-59, True), (-61, False)],
    ids=["16-minutes-before", "14-minutes-before", "during", "just-before-the-end", "just-after-the-end"],
)
def test_im_here_is_offered_from_15_minutes_before_the_start_until_the_end(client, cohort, member, minutes, opens):
    session = LiveSessionFactory(cohort=cohort, **starting_in(minutes))
    assert ("I’m here</button>" in page_for(client, member, session)) is opens
    html = press_here(client, session)
    assert SessionCheckIn.objects.filter(session=session, user=member).exists() is opens
    if opens:
        assert "Your facilitator can see you said you’re here" in html
        assert "I’m here</button>" not in html and "You said you’re here at" in html
    elif minutes > 0:
        assert "You can say you’re here from 15 minutes before the session starts." in html
    else:
        assert "This session has finished, so there is nothing to check in to now." in html
    assert not Attendance.objects.exists()  # never attendance by itself


def test_pressing_again_changes_nothing_and_says_so(client, cohort, member):
    session = LiveSessionFactory(cohort=cohort, happening=True)
    first = SessionCheckInFactory(session=session, user=member, said_at=timezone.now() - datetime.timedelta(minutes=5))
    client.force_login(member)
    html = press_here(client, session)
    said = f"{timezone.localtime(first.said_at):%H:%M}"
    assert f"You already said you’re here, at {said}, so nothing has changed." in html
    assert list(SessionCheckIn.objects.values_list("said_at", flat=True)) == [first.said_at]


def test_only_current_members_say_they_are_here(client, cohort, facilitator, course):
    session = LiveSessionFactory(cohort=cohort, happening=True)
    client.force_login(facilitator)
    html = client.get(url(session)).content.decode()
    assert "I’m here</button>" not in html
    assert "Facilitators take the register." in press_here(client, session)
    applicant, left = UserFactory(), UserFactory()
    ApplicationFactory(cohort=cohort, user=applicant)
    membership_leave(membership=MembershipFactory(cohort=cohort, user=left))
    for person in (applicant, left):
        client.force_login(person)
        assert client.post(url(session, "here/")).status_code == 404
    assert not SessionCheckIn.objects.exists()


def test_a_cancelled_session_refuses_im_here(cohort, member, facilitator):
    session = LiveSessionFactory(cohort=cohort, happening=True)
    cancelled = session_cancel(session=session, by=facilitator)
    with pytest.raises(ValidationError, match="cancelled"):
        session_check_in(session=cancelled, user=member)


def test_im_here_is_a_post_only_action(client, cohort, member):
    session = LiveSessionFactory(cohort=cohort, happening=True)
    client.force_login(member)
    assert client.get(url(session, "here/")).status_code == 405
    assert not SessionCheckIn.objects.exists()


# --- The register --------------------------------------------------------------------------------------------------


def test_the_register_shows_who_said_they_were_here_with_present_chosen_for_the_facilitator_to_confirm(
    client, cohort, member, facilitator
):
    session = LiveSessionFactory(cohort=cohort, happening=True)
    other = UserFactory(display_name="Ali")
    MembershipFactory(cohort=cohort, user=other)
    said = SessionCheckInFactory(session=session, user=member)
    client.force_login(facilitator)
    register = f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/"
    html = client.get(register).content.decode()
    assert f"Said they were here at {timezone.localtime(said.said_at):%H:%M}." in html
    assert re.search(rf'value="present"[^>]*id="id_member_{member.pk}_\d"[^>]*checked', html)
    assert not re.search(rf'id="id_member_{other.pk}_\d"[^>]*checked', html.replace(f'id="id_member_{other.pk}_0"', ""))
    assert "Nothing is recorded until you save the register." in html
    assert not Attendance.objects.exists()  # seeing the register records nothing

    response = client.post(register, {f"member_{member.pk}": "present", f"member_{other.pk}": ""})
    assert response.status_code == 302
    assert list(Attendance.objects.values_list("user_id", "status")) == [(member.pk, AttendanceStatus.PRESENT)]


def test_a_register_already_taken_keeps_what_the_facilitator_chose(client, cohort, member, facilitator):
    session = LiveSessionFactory(cohort=cohort, happening=True)
    SessionCheckInFactory(session=session, user=member)
    Attendance.objects.create(session=session, user=member, status=AttendanceStatus.APOLOGIES)
    client.force_login(facilitator)
    html = client.get(f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/").content.decode()
    assert re.search(rf'value="apologies"[^>]*id="id_member_{member.pk}_\d"[^>]*checked', html)
    assert "Nothing is recorded until you save" not in html


# --- The catch-up pack ---------------------------------------------------------------------------------------------


def catch_up_url(session) -> str:
    return f"/cohorts/{session.cohort.slug}/facilitate/sessions/{session.pk}/catch-up/"


def test_a_facilitator_adds_the_catch_up_pack_and_members_see_it_only_after_the_end(
    client, cohort, member, facilitator
):
    session = LiveSessionFactory(cohort=cohort, happening=True)
    client.force_login(facilitator)
    assert client.get(catch_up_url(session)).status_code == 200
    response = client.post(
        catch_up_url(session),
        {
            "catch_up_notes": "We talked about <b>small wins</b>.\n\nThen we mapped the park café.",
            "recording_url": "video.example.org/ours",
            "reflection_prompt": "What helped you this week?",
        },
    )
    assert response.status_code == 302 and response["Location"] == url(session)
    session.refresh_from_db()
    assert session.recording_url == "https://video.example.org/ours"
    assert session.sequence == 0  # not a change to the calendar event

    during = page_for(client, member, session)
    assert "small wins" not in during and "video.example.org/ours" not in during

    session.starts_at -= datetime.timedelta(hours=3)
    session.ends_at -= datetime.timedelta(hours=3)
    session.save()
    after = page_for(client, member, session)
    assert "&lt;b&gt;small wins&lt;/b&gt;" in after  # plain text, escaped
    assert 'href="https://video.example.org/ours"' in after
    assert "What helped you this week?" in after
    assert "/journal/new/?title=What%20helped%20you%20this%20week%3F" in after
    assert not UNKIND.search(after)


def test_the_catch_up_pack_comes_first_for_members_not_marked_present(client, cohort, member, facilitator):
    session = LiveSessionFactory(cohort=cohort, finished=True, with_catch_up=True)
    html = page_for(client, member, session)
    assert KIND in html
    assert html.index(KIND) < html.index("When and where")
    assert not UNKIND.search(html)

    Attendance.objects.create(session=session, user=member, status=AttendanceStatus.PRESENT)
    present = page_for(client, member, session)
    assert KIND not in present and "What we covered" in present
    assert present.index("When and where") < present.index("What we covered</h2>")
    assert "Your attendance: Present" in present


def test_a_finished_session_without_a_pack_says_one_may_come(client, cohort, member):
    session = LiveSessionFactory(cohort=cohort, finished=True)
    html = page_for(client, member, session)
    assert "Your facilitators haven’t added notes from this session yet." in html
    space = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert "What we covered" not in space


def test_the_space_links_a_finished_sessions_catch_up_pack(client, cohort, member):
    session = LiveSessionFactory(cohort=cohort, finished=True, with_catch_up=True)
    client.force_login(member)
    space = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert f'href="{url(session)}#catch-up-heading">What we covered' in space


def test_the_journal_starts_an_entry_with_the_prompt_as_its_title(client, member):
    client.force_login(member)
    html = client.get("/journal/new/?title=What%20helped%20you%20this%20week%3F").content.decode()
    assert 'value="What helped you this week?"' in html


def test_bad_catch_up_input_is_refused_next_to_the_field_and_changes_nothing(client, cohort, facilitator):
    session = LiveSessionFactory(cohort=cohort, finished=True)
    client.force_login(facilitator)
    response = client.post(
        catch_up_url(session),
        {"catch_up_notes": "Notes", "recording_url": "not a link", "reflection_prompt": "x" * 151},
    )
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html
    assert "Enter a full web address" in html and "151" in html
    session.refresh_from_db()
    assert not session.has_catch_up
    stray = client.post(catch_up_url(session), {"something_else": "x"})  # names none of the form's fields
    assert "Nothing was sent, so nothing changed." in stray.content.decode()
    session.refresh_from_db()
    assert not session.has_catch_up


def test_members_cannot_reach_the_catch_up_form_and_cancelled_sessions_have_no_pack(
    client, cohort, member, facilitator
):
    session = LiveSessionFactory(cohort=cohort, finished=True)
    client.force_login(member)
    assert client.post(catch_up_url(session), {"catch_up_notes": "Mine"}).status_code == 404
    cancelled = LiveSessionFactory(cohort=cohort, **starting_in(60 * 24))
    session_cancel(session=cancelled, by=facilitator)
    client.force_login(facilitator)
    html = client.post(catch_up_url(cancelled), {"catch_up_notes": "Notes"}).content.decode()
    assert "This session is cancelled, so it has no catch-up pack." in html
    session.refresh_from_db()
    cancelled.refresh_from_db()
    assert not session.has_catch_up and not cancelled.has_catch_up


# --- Module dates ---------------------------------------------------------------------------------------------------


def test_module_dates_say_what_they_mean_for_the_group(client, cohort, member, facilitator, course):
    today = timezone.localdate()
    ModuleRelease.objects.create(cohort=cohort, module=course.modules[0], opens_on=today - datetime.timedelta(days=3))
    ModuleRelease.objects.create(cohort=cohort, module=course.modules[1], opens_on=datetime.date(2030, 5, 1))
    session = LiveSessionFactory(cohort=cohort, module=course.modules[1], starts_at=timezone.now().replace(year=2030))
    LiveSessionFactory(cohort=cohort, module=course.modules[0], finished=True)  # past: suggests nothing
    client.force_login(member)
    space = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    opened = (today - datetime.timedelta(days=3)).strftime("%-d %B %Y")
    assert f"Open for your group since {opened}, and it stays open, so you can go at your own pace." in space
    assert "Opens for your group on 1 May 2030 — it stays open after that, so you can go at your own pace." in space
    on = timezone.localtime(session.starts_at).strftime("%A %-d %B")
    assert f'Suggested for the session on <a href="{url(session)}">{on}</a>' in space
    assert space.count("Suggested for the session") == 1
    assert not re.search(r"deadline|due|overdue|by then", space, re.IGNORECASE)

    client.force_login(facilitator)
    board = client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()
    assert "Opens for the group on 1 May 2030 — it stays open after that" in board


# --- Your data ------------------------------------------------------------------------------------------------------


def test_im_here_is_in_the_persons_export_and_goes_when_they_are_erased(cohort, member):
    session = LiveSessionFactory(cohort=cohort, happening=True, title="Small steps")
    session_check_in(session=session, user=member)
    holding = declared()["cohorts.SessionCheckIn"]
    assert [row["session"] for row in holding.export(member)] == ["Small steps"]
    holding.erase(member)
    assert not SessionCheckIn.objects.exists()


# --- Query counts ---------------------------------------------------------------------------------------------------

# The session, its group and the viewer's own attendance and "I'm here" are one query; the rest is the signed-in
# request (session, user, membership) and the page's tags. Anything per member — everyone's check-ins or attendance
# fetched one by one — would make the 30-member group cost more.
SESSION_PAGE_QUERIES = 6
# The register's check-ins are one query for the whole list, not one per member.
REGISTER_PAGE_QUERIES = 12


@pytest.mark.parametrize("size", [1, 30])
def test_the_session_page_costs_the_same_for_1_or_30_members(page_within, course, size):
    cohort = CohortFactory(course=course.course, capacity=100)
    members = [UserFactory() for _ in range(size)]
    for user in members:
        MembershipFactory(cohort=cohort, user=user)
    session = LiveSessionFactory(cohort=cohort, finished=True, with_catch_up=True, module=course.modules[0])
    for user in members:
        SessionCheckInFactory(session=session, user=user)
        Attendance.objects.create(session=session, user=user, status=AttendanceStatus.PRESENT)
    html = page_within(url(session), SESSION_PAGE_QUERIES, as_user=members[0])
    assert "What we covered" in html


@pytest.mark.parametrize("size", [1, 30])
def test_the_register_costs_the_same_with_1_or_30_people_who_said_they_were_here(page_within, course, size):
    cohort = CohortFactory(course=course.course, capacity=100)
    facilitator = cohort.memberships.get(role=Role.FACILITATOR).user
    session = LiveSessionFactory(cohort=cohort, happening=True)
    for _ in range(size):
        user = UserFactory()
        MembershipFactory(cohort=cohort, user=user)
        SessionCheckInFactory(session=session, user=user)
    register = f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/"
    html = page_within(register, REGISTER_PAGE_QUERIES, as_user=facilitator)
    assert html.count("Said they were here at") == size
