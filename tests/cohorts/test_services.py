"""Applications, capacity, the waiting list, sessions, attendance, module dates and announcements."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cohorts.models import Application, ApplicationStatus, Attendance, JoinMode, Membership, ModuleRelease, Role
from cohorts.services import (
    announcement_post,
    application_decide,
    application_submit,
    application_withdraw,
    attendance_record,
    membership_join_by_invite,
    membership_leave,
    module_release_set,
    session_cancel,
    session_schedule,
)
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def apply(cohort, user=None):
    return application_submit(
        cohort=cohort,
        user=user or UserFactory(),
        statement="I want to learn.",
        perspective="uses_services",
        agreed_to_cohort_agreement=True,
    )


def test_apply_then_accept_makes_a_member_and_emails_only_the_applicant(
    cohort, facilitator, django_capture_on_commit_callbacks
):
    application = apply(cohort)
    assert application.status == ApplicationStatus.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        application_decide(application=application, decided_by=facilitator, decision="accepted", message="Welcome!")
    membership = Membership.objects.get(cohort=cohort, user=application.user)
    assert membership.role == Role.MEMBER and membership.perspective == "uses_services"
    assert [m.to for m in mail.outbox] == [[application.user.email]]
    assert "you have a place" in mail.outbox[0].subject and "Welcome!" in mail.outbox[0].body


def test_applying_is_closed_after_the_deadline_and_before_opening(course):
    closed = CohortFactory(
        course=course.course,
        apply_by=timezone.now() - datetime.timedelta(minutes=1),
        applications_open_at=timezone.now() - datetime.timedelta(days=9),
    )
    with pytest.raises(ValidationError, match="closed"):
        apply(closed)
    not_yet = CohortFactory(course=course.course, applications_open_at=timezone.now() + datetime.timedelta(days=1))
    with pytest.raises(ValidationError, match="closed"):
        apply(not_yet)
    assert not Application.objects.exists()


def test_one_application_each_and_the_agreement_is_needed(cohort):
    user = UserFactory()
    with pytest.raises(ValidationError):
        application_submit(
            cohort=cohort, user=user, statement="Hi", perspective="other", agreed_to_cohort_agreement=False
        )
    apply(cohort, user)
    with pytest.raises(ValidationError, match="already applied"):
        apply(cohort, user)
    assert Application.objects.count() == 1


def test_withdraw_then_apply_again(cohort):
    application = apply(cohort)
    application_withdraw(application=application, user=application.user)
    again = apply(cohort, application.user)
    assert again.pk == application.pk and again.status == ApplicationStatus.PENDING


def test_only_the_applicant_can_withdraw(cohort):
    application = apply(cohort)
    with pytest.raises(PermissionDenied):
        application_withdraw(application=application, user=UserFactory())


def test_a_withdrawn_application_is_never_accepted(cohort, facilitator):
    application = apply(cohort)
    application_withdraw(application=application, user=application.user)
    with pytest.raises(ValidationError, match="already “withdrawn”"):
        application_decide(application=application, decided_by=facilitator, decision="accepted")
    assert not Membership.objects.filter(user=application.user).exists()


@pytest.mark.parametrize(
    ("first", "then"), [("accepted", "declined"), ("declined", "accepted"), ("accepted", "waitlisted")]
)
def test_illegal_transitions_are_refused_clearly(cohort, facilitator, first, then):
    application = apply(cohort)
    application_decide(application=application, decided_by=facilitator, decision=first)
    with pytest.raises(ValidationError, match="can’t be changed"):
        application_decide(application=application, decided_by=facilitator, decision=then)
    assert Application.objects.get(pk=application.pk).status == first


def test_capacity_is_never_exceeded(cohort, facilitator):
    applications = [apply(cohort) for _ in range(4)]
    for application in applications[:3]:
        application_decide(application=application, decided_by=facilitator, decision="accepted")
    with pytest.raises(ValidationError, match="This cohort is full"):
        application_decide(application=applications[3], decided_by=facilitator, decision="accepted")
    assert Membership.objects.members().filter(cohort=cohort).count() == 3
    assert Application.objects.get(pk=applications[3].pk).status == ApplicationStatus.PENDING


def test_facilitators_do_not_take_places(cohort, facilitator, peer_facilitator):
    for _ in range(3):
        application_decide(application=apply(cohort), decided_by=facilitator, decision="accepted")
    assert Membership.objects.active().filter(cohort=cohort).count() == 5


def test_a_place_freed_by_leaving_can_go_to_the_waiting_list(cohort, facilitator):
    accepted = [apply(cohort) for _ in range(3)]
    for application in accepted:
        application_decide(application=application, decided_by=facilitator, decision="accepted")
    waiting = apply(cohort)
    assert waiting.status == "waitlisted", "the group is full, so the application waits its turn"
    membership_leave(membership=Membership.objects.get(user=accepted[0].user))
    application_decide(application=waiting, decided_by=facilitator, decision="accepted")
    assert Membership.objects.active().filter(user=waiting.user).exists()


def test_only_this_cohorts_facilitators_decide(cohort, member, course):
    application = apply(cohort)
    other = CohortFactory(course=course.course)
    someone_elses_facilitator = UserFactory()
    MembershipFactory(cohort=other, user=someone_elses_facilitator, role=Role.FACILITATOR)
    for user in (member, someone_elses_facilitator, UserFactory(is_superuser=True)):
        with pytest.raises(PermissionDenied):
            application_decide(application=application, decided_by=user, decision="accepted")
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.PENDING


def test_joining_by_invite_skips_review_but_not_capacity(course):
    cohort = CohortFactory(course=course.course, join_mode=JoinMode.INVITE, capacity=1)
    membership_join_by_invite(cohort=cohort, user=UserFactory(), code=cohort.invite_code, perspective="carer")
    with pytest.raises(ValidationError, match="full"):
        membership_join_by_invite(cohort=cohort, user=UserFactory(), code=cohort.invite_code, perspective="carer")
    with pytest.raises(PermissionDenied):
        membership_join_by_invite(cohort=cohort, user=UserFactory(), code="guess", perspective="carer")
    assert Membership.objects.filter(cohort=cohort).count() == 1


def test_leaving_and_coming_back_reuses_the_one_membership(cohort, facilitator, member):
    membership = Membership.objects.get(user=member)
    membership_leave(membership=membership)
    application = apply(cohort, member)
    application_decide(application=application, decided_by=facilitator, decision="accepted")
    assert Membership.objects.filter(cohort=cohort, user=member).count() == 1
    assert Membership.objects.get(cohort=cohort, user=member).is_active


def test_schedule_and_cancel_email_everyone_in_the_group_with_a_calendar_file(
    cohort, facilitator, peer_facilitator, member, django_capture_on_commit_callbacks
):
    starts = timezone.now() + datetime.timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        session = session_schedule(
            cohort=cohort,
            by=facilitator,
            title="Hope in practice",
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=1),
            video_url="https://meet.example.org/x",
        )
    assert sorted(m.to[0] for m in mail.outbox) == sorted([facilitator.email, peer_facilitator.email, member.email])
    assert mail.outbox[0].attachments[0][0] == "session.ics"
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        session_cancel(session=session, by=facilitator)
    assert len(mail.outbox) == 3 and "cancelled" in mail.outbox[0].subject
    assert "STATUS:CANCELLED" in str(mail.outbox[0].attachments[0][1])


def test_a_session_needs_a_place_or_a_link_and_a_sensible_time(cohort, facilitator):
    starts = timezone.now()
    with pytest.raises(ValidationError):
        session_schedule(
            cohort=cohort,
            by=facilitator,
            title="x",
            starts_at=starts,
            ends_at=starts - datetime.timedelta(hours=1),
            location="Hall",
        )
    with pytest.raises(ValidationError):
        session_schedule(
            cohort=cohort, by=facilitator, title="x", starts_at=starts, ends_at=starts + datetime.timedelta(hours=1)
        )


def test_members_cannot_schedule(cohort, member):
    starts = timezone.now()
    with pytest.raises(PermissionDenied):
        session_schedule(
            cohort=cohort,
            by=member,
            title="x",
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=1),
            location="Hall",
        )


def test_attendance_is_one_form_and_can_be_changed(cohort, facilitator, member):
    from tests.factories import LiveSessionFactory

    session = LiveSessionFactory(cohort=cohort)
    attendance_record(session=session, by=facilitator, statuses={member.pk: "apologies"})
    attendance_record(session=session, by=facilitator, statuses={member.pk: "present"})
    assert Attendance.objects.get(session=session, user=member).status == "present"
    with pytest.raises(ValidationError):
        attendance_record(session=session, by=facilitator, statuses={UserFactory().pk: "present"})
    with pytest.raises(ValidationError):
        attendance_record(session=session, by=facilitator, statuses={member.pk: "late"})


def test_module_dates_are_set_and_cleared(cohort, facilitator, course):
    module = course.modules[1]
    module_release_set(cohort=cohort, by=facilitator, opens_on={module.pk: datetime.date(2027, 3, 1)})
    assert ModuleRelease.objects.get(cohort=cohort, module=module).opens_on == datetime.date(2027, 3, 1)
    module_release_set(cohort=cohort, by=facilitator, opens_on={module.pk: None})
    assert not ModuleRelease.objects.exists()
    with pytest.raises(ValidationError):
        module_release_set(cohort=cohort, by=facilitator, opens_on={course.lessons[0][0].pk: datetime.date(2027, 3, 1)})


def test_announcements_are_sanitised_and_respect_email_choices(
    cohort, facilitator, peer_facilitator, member, django_capture_on_commit_callbacks
):
    quiet = UserFactory()
    quiet.email_opt_outs = ["announcements"]
    quiet.save()
    MembershipFactory(cohort=cohort, user=quiet)
    with django_capture_on_commit_callbacks(execute=True):
        announcement = announcement_post(
            cohort=cohort,
            author=facilitator,
            title="Room\nchange",
            body="<script>alert(1)</script>We meet in Room 2 <img src=x onerror=alert(1)>",
        )
    assert "<script" not in announcement.body and "<img" not in announcement.body
    assert "&lt;script&gt;" in announcement.body, "what was typed is shown as the characters typed"
    assert sorted(m.to[0] for m in mail.outbox) == sorted([peer_facilitator.email, member.email]), (
        "not the author, not someone who opted out"
    )
    assert mail.outbox[0].subject == f"Colearn: {cohort.name}: Room change"
