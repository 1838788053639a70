import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command

from colearn.models import User
from courses.loader import built_in_course_load
from courses.models import CoursePage
from learning.models import LessonCompletion
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
    assert User.objects.count() == 6

    course = CoursePage.objects.get()
    assert course_progress(user=User.objects.get(email="sam@colearn.localhost"), course=course).done == 5
    assert course_progress(user=User.objects.get(email="jo@colearn.localhost"), course=course).is_complete
    assert LessonCompletion.objects.count() == 17, "the second run added nothing"


def test_demo_people_are_never_created_where_demo_data_is_off(settings):
    settings.COLEARN_ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()
