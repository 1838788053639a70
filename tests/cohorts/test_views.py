"""What applicants, members and facilitators see and do on the cohort pages."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from cohorts.models import Application, ApplicationStatus, Attendance, LiveSession, Membership, ModuleRelease
from learning.services.progress import lesson_complete
from tests.factories import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_course_page_lists_upcoming_cohorts_with_places_left(client, cohort, member):
    html = client.get(cohort.course.url).content.decode()
    assert cohort.name in html and "2 left" in html and f"/cohorts/{cohort.slug}/apply/" in html


def test_a_full_cohort_offers_the_waiting_list(client, course):
    full = CohortFactory(course=course.course, capacity=1)
    MembershipFactory(cohort=full, user=UserFactory())
    assert "Join the waiting list" in client.get(full.course.url).content.decode()


APPLICATION = {"statement": "I run a lunch club.", "perspective": "carer", "agreed_to_cohort_agreement": "on"}


def test_applying_to_a_full_group_puts_you_on_its_waiting_list(client, course, user):
    full = CohortFactory(course=course.course, capacity=1)
    MembershipFactory(cohort=full, user=UserFactory())
    client.force_login(user)
    html = client.post(f"/cohorts/{full.slug}/apply/", APPLICATION, follow=True).content.decode()
    assert Application.objects.get(cohort=full, user=user).status == ApplicationStatus.WAITLISTED
    assert f"{full.name} is full, so you are on its waiting list" in html and "On the waiting list" in html
    facilitator = UserFactory()
    MembershipFactory(cohort=full, user=facilitator, role="facilitator")
    client.force_login(facilitator)
    assert user.public_name in client.get(f"/cohorts/{full.slug}/facilitate/").content.decode()


def test_a_group_with_room_takes_an_ordinary_application(client, cohort, user):
    client.force_login(user)
    client.post(f"/cohorts/{cohort.slug}/apply/", APPLICATION)
    assert Application.objects.get(cohort=cohort, user=user).status == ApplicationStatus.PENDING


def test_someone_already_in_the_group_is_sent_to_it_instead_of_the_form(client, cohort, member):
    client.force_login(member)
    response = client.get(f"/cohorts/{cohort.slug}/apply/", follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [(f"/cohorts/{cohort.slug}/", 302)]
    assert f"You are already in {cohort.name}, so there is nothing to apply for." in html
    assert "Send my application" not in html
    client.post(f"/cohorts/{cohort.slug}/apply/", APPLICATION)
    assert not Application.objects.filter(user=member).exists()


def test_a_group_already_running_says_when_it_started(client, course):
    running = CohortFactory(course=course.course, starts_on=timezone.localdate() - datetime.timedelta(days=14))
    html = client.get(course.course.url).content.decode()
    started = running.starts_on
    assert f"<dt>Started</dt><dd>{started.day} {started:%B %Y} (running now)</dd>" in html


def test_apply_with_missing_answers_explains_each_and_saves_nothing(client, cohort, user):
    client.force_login(user)
    html = client.post(f"/cohorts/{cohort.slug}/apply/", {"statement": "   "}).content.decode()
    assert "There is a problem" in html
    # The perspective is a group of radios: its message links to the first of them, as GOV.UK does.
    for field in ("id_statement", "id_perspective_0", "id_agreed_to_cohort_agreement"):
        assert f'href="#{field}"' in html and f'id="{field}"' in html
    assert not Application.objects.exists()


def test_apply_and_see_the_status(client, cohort, user):
    client.force_login(user)
    response = client.post(
        f"/cohorts/{cohort.slug}/apply/",
        {
            "statement": "I run a lunch club.",
            "perspective": "carer",
            "access_needs": "",
            "agreed_to_cohort_agreement": "on",
        },
    )
    assert response.url == "/cohorts/applications/"
    html = client.get("/cohorts/applications/").content.decode()
    assert cohort.name in html and "Waiting for a decision" in html


def test_after_the_deadline_applying_is_closed_with_a_clear_message(client, course, user):
    closed = CohortFactory(
        course=course.course,
        applications_open_at=timezone.now() - datetime.timedelta(days=20),
        apply_by=timezone.now() - datetime.timedelta(days=1),
    )
    client.force_login(user)
    assert "Applications for this group are closed" in client.get(f"/cohorts/{closed.slug}/apply/").content.decode()
    response = client.post(
        f"/cohorts/{closed.slug}/apply/",
        {"statement": "Please", "perspective": "other", "agreed_to_cohort_agreement": "on"},
    )
    assert response.status_code == 200 and not Application.objects.exists()


def test_withdraw_from_the_applications_page(client, cohort, user):
    application = ApplicationFactory(cohort=cohort, user=user)
    client.force_login(user)
    client.post(f"/cohorts/applications/{application.pk}/withdraw/")
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.WITHDRAWN


def test_someone_elses_application_cannot_be_withdrawn(client, cohort, user):
    application = ApplicationFactory(cohort=cohort, user=UserFactory())
    client.force_login(user)
    assert client.post(f"/cohorts/applications/{application.pk}/withdraw/").status_code == 404
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.PENDING


def test_facilitator_decides_and_the_applicant_is_emailed(
    client, cohort, facilitator, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(cohort=cohort, user=UserFactory(), statement="<b>Hello</b>")
    client.force_login(facilitator)
    page = client.get(f"/cohorts/{cohort.slug}/facilitate/applications/{application.pk}/").content.decode()
    assert "&lt;b&gt;Hello&lt;/b&gt;" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/cohorts/{cohort.slug}/facilitate/applications/{application.pk}/",
            {"decision": "accepted", "message": "See you on the 14th."},
        )
    assert response.url == f"/cohorts/{cohort.slug}/facilitate/"
    assert Membership.objects.filter(cohort=cohort, user=application.user).exists()
    assert mail.outbox[0].to == [application.user.email] and "See you on the 14th." in mail.outbox[0].body


def test_a_full_cohort_refusal_shows_on_the_decision_form(client, course):
    cohort = CohortFactory(course=course.course, capacity=1)
    facilitator = UserFactory()
    MembershipFactory(cohort=cohort, user=facilitator, role="facilitator")
    MembershipFactory(cohort=cohort, user=UserFactory())
    application = ApplicationFactory(cohort=cohort, user=UserFactory())
    client.force_login(facilitator)
    html = client.post(
        f"/cohorts/{cohort.slug}/facilitate/applications/{application.pk}/", {"decision": "accepted"}
    ).content.decode()
    assert "This cohort is full" in html and "There is a problem" in html


def test_the_facilitator_is_offered_the_next_person_when_a_place_frees(client, cohort, facilitator):
    first = ApplicationFactory(cohort=cohort, user=UserFactory(display_name="Ada"), status="waitlisted")
    ApplicationFactory(cohort=cohort, user=UserFactory(display_name="Ben"), status="waitlisted")
    client.force_login(facilitator)
    html = client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()
    assert "A place is free. Ada is next on the waiting list." in html
    assert f"/facilitate/applications/{first.pk}/" in html


def test_the_mix_is_for_facilitators_and_perspectives_show_only_by_choice(client, cohort, facilitator):
    shy, open_ = UserFactory(display_name="Shy"), UserFactory(display_name="Open")
    MembershipFactory(cohort=cohort, user=shy, perspective="uses_services", show_perspective=False)
    MembershipFactory(cohort=cohort, user=open_, perspective="works_in_services", show_perspective=True)
    client.force_login(shy)
    space = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert "Open</strong> · Member · works in services" in space
    assert "uses or has used services" not in space and "The mix of the group" not in space

    client.force_login(facilitator)
    board = client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()
    assert "The mix of the group" in board and "50% have lived experience" in board


def test_a_member_chooses_to_show_their_perspective(client, cohort, member):
    client.force_login(member)
    client.post(f"/cohorts/{cohort.slug}/visibility/", {"show_perspective": "on"})
    assert Membership.objects.get(user=member).show_perspective


def test_modules_before_their_date_show_opens_on_not_lessons(client, cohort, member, course):
    ModuleRelease.objects.create(cohort=cohort, module=course.modules[1], opens_on=datetime.date(2030, 5, 1))
    client.force_login(member)
    html = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert "Opens for your group on 1 May 2030 — it stays open after that" in html
    assert course.lessons[1][0].url not in html and course.lessons[0][0].url in html


def test_schedule_a_session_through_the_form(client, cohort, facilitator, member):
    client.force_login(facilitator)
    bad = client.post(
        f"/cohorts/{cohort.slug}/facilitate/sessions/new/",
        {"title": "Mapping", "starts_at": "2030-03-14T18:30", "ends_at": "2030-03-14T17:30", "location": ""},
    ).content.decode()
    # each message once in the summary at the top and once at its field, never twice over
    assert bad.count("The session must end after it starts.") == 2
    assert bad.count("Give a place to meet, a video link, or both.") == 2
    assert not LiveSession.objects.exists()
    response = client.post(
        f"/cohorts/{cohort.slug}/facilitate/sessions/new/",
        {
            "title": "Mapping",
            "starts_at": "2030-03-14T18:30",
            "ends_at": "2030-03-14T20:00",
            "video_url": "meet.example.org/x",
        },
    )
    assert response.status_code == 302
    session = LiveSession.objects.get()
    assert session.video_url == "https://meet.example.org/x"
    assert timezone.localtime(session.starts_at).strftime("%H:%M") == "18:30", "times are UK time"


def test_take_the_register_in_one_form(client, cohort, facilitator, member):
    other = UserFactory()
    MembershipFactory(cohort=cohort, user=other)
    session = LiveSessionFactory(cohort=cohort)
    client.force_login(facilitator)
    url = f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/"
    client.post(url, {f"member_{member.pk}": "present", f"member_{other.pk}": "apologies"})
    assert dict(Attendance.objects.values_list("user_id", "status")) == {member.pk: "present", other.pk: "apologies"}
    reopened = client.get(url).context["form"]
    assert reopened[f"member_{other.pk}"].value() == "apologies", "the register can be changed afterwards"


def test_members_see_their_own_attendance_only(client, cohort, facilitator, member):
    other = UserFactory()
    MembershipFactory(cohort=cohort, user=other)
    past = LiveSessionFactory(
        cohort=cohort,
        starts_at=timezone.now() - datetime.timedelta(days=3),
        ends_at=timezone.now() - datetime.timedelta(days=3, hours=-1),
    )
    Attendance.objects.create(session=past, user=member, status="apologies")
    Attendance.objects.create(session=past, user=other, status="absent")
    client.force_login(member)
    html = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert "Your attendance: Sent apologies" in html and "Absent" not in html


def test_post_an_announcement_that_members_see_as_text(client, cohort, facilitator, member):
    client.force_login(facilitator)
    client.post(
        f"/cohorts/{cohort.slug}/facilitate/announcements/new/",
        {"title": "Room change", "body": "We meet in Room 2.\n\n<script>alert(1)</script>"},
    )
    client.force_login(member)
    html = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert "We meet in Room 2." in html and "<script>alert(1)</script>" not in html


def test_progress_grid_shows_progress_and_nothing_written(client, cohort, facilitator, member, course):
    lesson_complete(user=member, lesson=course.lessons[0][0])
    client.force_login(facilitator)
    html = client.get(f"/cohorts/{cohort.slug}/facilitate/progress/").content.decode()
    assert "Jo" in html and "1 of 2" in html and "0 of 2" in html


def test_leave_a_group(client, cohort, member):
    client.force_login(member)
    response = client.post(f"/cohorts/{cohort.slug}/leave/")
    assert response.url == "/dashboard/"
    assert not Membership.objects.active().filter(user=member).exists()
    assert client.get(f"/cohorts/{cohort.slug}/").status_code == 404


def test_join_by_invite_link(client, course, user):
    cohort = CohortFactory(course=course.course, join_mode="invite")
    client.force_login(user)
    assert client.get(f"/cohorts/{cohort.slug}/join/wrong-code/").status_code == 404
    response = client.post(
        f"/cohorts/{cohort.slug}/join/{cohort.invite_code}/",
        {"perspective": "other", "agreed_to_cohort_agreement": "on"},
    )
    assert response.url == f"/cohorts/{cohort.slug}/"
    assert Membership.objects.active().filter(cohort=cohort, user=user).exists()


def test_dashboard_shows_my_groups_and_upcoming_sessions(client, cohort, member):
    LiveSessionFactory(cohort=cohort, title="Hope in practice")
    client.force_login(member)
    html = client.get("/dashboard/").content.decode()
    assert "Your groups" in html and cohort.name in html and "Hope in practice" in html


def test_an_admin_creates_a_cohort_in_the_cms_and_names_its_facilitators(client, course):
    admin = UserFactory(is_superuser=True)
    staff, peer = UserFactory(email="staff@example.org"), UserFactory(email="peer@example.org")
    client.force_login(admin)
    data = {
        "course": course.course.pk,
        "name": "Autumn group",
        "slug": "autumn-group",
        "description": "",
        "applications_open_at": "2030-01-01 09:00",
        "apply_by": "2030-02-01 17:00",
        "starts_on": "2030-03-01",
        "ends_on": "2030-05-01",
        "capacity": "15",
        "join_mode": "apply",
        "lived_experience_aim": "33",
        "facilitator_emails": "staff@example.org",
        "peer_facilitator_emails": "PEER@example.org",
    }
    unknown = client.post("/admin/cohorts/new/", {**data, "facilitator_emails": "nobody@example.org"})
    assert unknown.status_code == 200 and "There is no account for nobody@example.org" in unknown.content.decode()
    response = client.post("/admin/cohorts/new/", data)
    assert response.status_code == 302
    roles = dict(Membership.objects.filter(cohort__slug="autumn-group").values_list("user__email", "role"))
    assert roles == {staff.email: "facilitator", peer.email: "peer_facilitator"}
    assert client.get("/admin/").status_code == 200
    client.force_login(staff)
    assert client.get("/admin/").status_code == 302, "facilitating gives no CMS access"


# --- Partial forms change only what they name (issue 8) -------------------------------------------------------


def test_a_register_post_naming_one_member_changes_only_that_member(client, cohort, facilitator, member):
    others = [UserFactory() for _ in range(9)]
    for other in others:
        MembershipFactory(cohort=cohort, user=other)
    session = LiveSessionFactory(cohort=cohort)
    for person in [member, *others]:
        Attendance.objects.create(session=session, user=person, status="present")
    client.force_login(facilitator)
    url = f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/"
    response = client.post(url, {f"member_{member.pk}": "absent"})
    assert response.status_code == 302
    recorded = dict(Attendance.objects.values_list("user_id", "status"))
    assert recorded == {member.pk: "absent", **{other.pk: "present" for other in others}}


def test_a_register_post_naming_nobody_is_a_clear_error_that_changes_nothing(client, cohort, facilitator, member):
    session = LiveSessionFactory(cohort=cohort)
    Attendance.objects.create(session=session, user=member, status="present")
    client.force_login(facilitator)
    url = f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/"
    response = client.post(url, {"member_999999": "absent"})
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html and "at least one member" in html
    assert dict(Attendance.objects.values_list("user_id", "status")) == {member.pk: "present"}


def test_a_register_post_can_still_clear_one_members_record_by_naming_it(client, cohort, facilitator, member):
    session = LiveSessionFactory(cohort=cohort)
    Attendance.objects.create(session=session, user=member, status="present")
    client.force_login(facilitator)
    client.post(f"/cohorts/{cohort.slug}/facilitate/sessions/{session.pk}/register/", {f"member_{member.pk}": ""})
    assert not Attendance.objects.exists()


def test_one_module_date_posted_changes_only_that_module(client, cohort, facilitator, course):
    first, second = course.modules
    ModuleRelease.objects.create(cohort=cohort, module=first, opens_on=datetime.date(2030, 5, 1))
    ModuleRelease.objects.create(cohort=cohort, module=second, opens_on=datetime.date(2030, 6, 1))
    client.force_login(facilitator)
    response = client.post(f"/cohorts/{cohort.slug}/facilitate/modules/", {f"module_{second.pk}": "2030-07-01"})
    assert response.status_code == 302
    assert dict(ModuleRelease.objects.values_list("module_id", "opens_on")) == {
        first.pk: datetime.date(2030, 5, 1),
        second.pk: datetime.date(2030, 7, 1),
    }


def test_an_emptied_module_date_opens_only_that_module(client, cohort, facilitator, course):
    first, second = course.modules
    ModuleRelease.objects.create(cohort=cohort, module=first, opens_on=datetime.date(2030, 5, 1))
    ModuleRelease.objects.create(cohort=cohort, module=second, opens_on=datetime.date(2030, 6, 1))
    client.force_login(facilitator)
    client.post(f"/cohorts/{cohort.slug}/facilitate/modules/", {f"module_{first.pk}": ""})
    assert dict(ModuleRelease.objects.values_list("module_id", "opens_on")) == {second.pk: datetime.date(2030, 6, 1)}


def test_the_visibility_choice_must_be_said(client, cohort, member):
    Membership.objects.filter(user=member).update(show_perspective=True)
    client.force_login(member)
    response = client.post(f"/cohorts/{cohort.slug}/visibility/", {}, follow=True)
    assert "nothing changed" in response.content.decode()
    assert Membership.objects.get(user=member).show_perspective, "a post that says nothing changes nothing"
    page = client.get(f"/cohorts/{cohort.slug}/").content.decode()
    assert '<input type="hidden" name="show_perspective" value="false">' in page
    client.post(f"/cohorts/{cohort.slug}/visibility/", {"show_perspective": "false"})
    assert not Membership.objects.get(user=member).show_perspective, "an unticked box is sent as false"


def test_a_module_id_no_database_could_hold_is_a_clear_error(client, cohort, facilitator):
    client.force_login(facilitator)
    response = client.post(
        f"/cohorts/{cohort.slug}/facilitate/sessions/new/",
        {
            "title": "Mapping",
            "starts_at": "2030-03-14T18:30",
            "ends_at": "2030-03-14T20:00",
            "location": "The library",
            "module": "9" * 40,
        },
    )
    assert response.status_code == 200 and "There is a problem" in response.content.decode()
    assert not LiveSession.objects.exists()


def test_your_applications_are_found_from_your_account_pages(client, member):
    client.force_login(member)
    profile = client.get("/account/profile/").content.decode()
    assert '<a href="/cohorts/applications/">Applications to groups</a>' in profile
    page = client.get("/cohorts/applications/").content.decode()
    assert '<a href="/cohorts/applications/" aria-current="page">Applications to groups</a>' in page
