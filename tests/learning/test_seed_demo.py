import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.utils import timezone

from cohorts.models import (
    Application,
    Attendance,
    Cohort,
    FacilitatorNote,
    LiveSession,
    Membership,
    SessionFacilitation,
)
from colearn.models import User
from courses.loader import built_in_course_load
from courses.models import CoursePage
from learning.models import (
    CheckInRequest,
    ConfidenceCheck,
    JournalEntry,
    LearningPartnership,
    LessonCompletion,
    Response,
)
from learning.selectors import course_progress

pytestmark = pytest.mark.django_db


def test_demo_people_are_created_once_with_progress_and_printed(capsys):
    built_in_course_load()
    call_command("seed_demo")
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "admin@colearn.localhost / demo-admin-colearn" in out and "sam@colearn.localhost" in out
    admin = User.objects.get(email="admin@colearn.localhost")
    assert admin.is_superuser and admin.check_password("demo-admin-colearn")
    assert EmailAddress.objects.get(user=admin).verified
    assert User.objects.filter(email="editor@colearn.localhost", groups__name="Editors").exists()
    assert User.objects.count() == 8 + 7 + 3 + 1, "the demo people, the rest of the group, applicants, and Bea"

    course = CoursePage.objects.get()
    assert course_progress(user=User.objects.get(email="sam@colearn.localhost"), course=course).done == 5
    assert course_progress(user=User.objects.get(email="jo@colearn.localhost"), course=course).is_complete
    assert LessonCompletion.objects.count() == 17, "the second run added nothing"

    cohort = Cohort.objects.get(slug="spring-learning-group")
    assert Membership.objects.facilitating().filter(cohort=cohort).count() == 2
    assert Membership.objects.members().filter(cohort=cohort).count() == 10 + 1, "Bea, without an email address"
    # Bea's is not said: a facilitator added her, and only she can say how she comes to the course.
    assert len({m.perspective for m in Membership.objects.members().filter(cohort=cohort) if m.perspective}) == 4
    assert Application.objects.filter(cohort=cohort, status="pending").count() == 3
    assert LiveSession.objects.filter(cohort=cohort, starts_at__lt=timezone.now()).count() == 2
    assert LiveSession.objects.filter(cohort=cohort, starts_at__gt=timezone.now()).count() == 2
    assert Attendance.objects.filter(session__cohort=cohort).count() == 20
    [caught_up] = [session for session in LiveSession.objects.filter(cohort=cohort) if session.has_catch_up]
    assert caught_up.title == "Relationships that last" and caught_up.reflection_prompt
    # Run by a pair, who recorded who facilitated the sessions so far, and shared a couple of notes.
    assert sorted(SessionFacilitation.objects.values_list("facilitator__display_name", "minutes")) == [
        ("Dev", 60),
        ("Dev", 90),
        ("Priya", 90),
        ("Priya", 90),
    ]
    assert FacilitatorNote.objects.filter(cohort=cohort).count() == 2
    jo_in_group = Membership.objects.get(cohort=cohort, user__email="jo@colearn.localhost")
    assert jo_in_group.profile_sharing == "facilitators" and jo_in_group.user.one_page_profile.how_to_support

    assert set(JournalEntry.objects.values_list("kind", flat=True)) == {
        "reflection",
        "small_win",
        "action",
        "connection",
    }
    # Sam's connections, one moved on a step and its next step shared with the facilitators; Kit's one.
    sam_connections = User.objects.get(email="sam@colearn.localhost").connections.all()
    assert sam_connections.count() == 2 and sum(c.updates.count() for c in sam_connections) == 3
    assert JournalEntry.objects.get(kind="connection").visibility == "facilitators"
    assert set(JournalEntry.objects.values_list("visibility", flat=True)) == {
        "private",
        "facilitators",
        "cohort",
        "partner",
    }
    # Sam and Kit are learning partners; Amara's invitation to Jo waits for an answer.
    assert [(p.inviter.display_name, p.invitee.display_name) for p in LearningPartnership.objects.current()] == [
        ("Sam", "Kit")
    ]
    assert LearningPartnership.objects.pending().get().invitee.email == "jo@colearn.localhost"
    assert Response.objects.filter(hidden_at__isnull=False).count() == 1
    assert ConfidenceCheck.objects.count() == 9 and CheckInRequest.objects.count() == 1
    kits_check_in = CheckInRequest.objects.get()
    assert kits_check_in.state == "seen" and kits_check_in.notes.get().author.display_name == "Priya"
    # 2: shared by learning partners; 3: Sam's tries and the small win kept from one; 1: Sam's shared connection.
    assert JournalEntry.objects.count() == 8 + 2 + 3 + 1, "the second run added nothing"


def test_demo_people_are_never_created_where_demo_data_is_off(settings):
    settings.COLEARN_ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()


def test_the_demo_has_a_member_without_an_email_address_and_prints_a_fresh_card_each_run(client, capsys):
    import re

    built_in_course_load()
    call_command("seed_demo")
    first = capsys.readouterr().out
    call_command("seed_demo")
    second = capsys.readouterr().out
    bea = User.objects.get(display_name="Bea", email__isnull=True)
    assert Membership.objects.members().filter(user=bea, cohort__slug="spring-learning-group").exists()
    card = re.compile(rf"username {re.escape(bea.username)}, sign-in code ([A-Z2-9-]{{14}})")
    [old], [new] = card.findall(first), card.findall(second)
    assert old != new

    assert client.post("/account/first-sign-in/", {"username": bea.username, "code": old}).status_code == 200
    response = client.post("/account/first-sign-in/", {"username": bea.username, "code": new})
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(bea.pk)
