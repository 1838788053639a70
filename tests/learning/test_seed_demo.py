import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.utils import timezone

from cohorts.models import Application, Attendance, Cohort, LiveSession, Membership
from colearn.models import User
from courses.loader import built_in_course_load
from courses.models import CoursePage
from learning.models import CheckInRequest, ConfidenceCheck, JournalEntry, LessonCompletion, Response
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
    assert User.objects.count() == 8 + 7 + 3, "the demo people, the rest of the demo group, and applicants"

    course = CoursePage.objects.get()
    assert course_progress(user=User.objects.get(email="sam@colearn.localhost"), course=course).done == 5
    assert course_progress(user=User.objects.get(email="jo@colearn.localhost"), course=course).is_complete
    assert LessonCompletion.objects.count() == 17, "the second run added nothing"

    cohort = Cohort.objects.get(slug="spring-learning-group")
    assert Membership.objects.facilitating().filter(cohort=cohort).count() == 2
    assert Membership.objects.members().filter(cohort=cohort).count() == 10
    assert len({m.perspective for m in Membership.objects.members().filter(cohort=cohort)}) == 4
    assert Application.objects.filter(cohort=cohort, status="pending").count() == 3
    assert LiveSession.objects.filter(cohort=cohort, starts_at__lt=timezone.now()).count() == 2
    assert LiveSession.objects.filter(cohort=cohort, starts_at__gt=timezone.now()).count() == 2
    assert Attendance.objects.filter(session__cohort=cohort).count() == 20

    assert set(JournalEntry.objects.values_list("kind", flat=True)) == {"reflection", "small_win", "action"}
    assert set(JournalEntry.objects.values_list("visibility", flat=True)) == {"private", "facilitators", "cohort"}
    assert Response.objects.filter(hidden_at__isnull=False).count() == 1
    assert ConfidenceCheck.objects.count() == 9 and CheckInRequest.objects.count() == 1
    assert JournalEntry.objects.count() == 8, "the second run added nothing"


def test_demo_people_are_never_created_where_demo_data_is_off(settings):
    settings.COLEARN_ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()
