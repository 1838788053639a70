from collections import Counter

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.db.models import Count

from cohorts.models import Application, ApplicationStatus, Attendance, Cohort, LiveSession, Membership
from colearn.models import User
from learning.management.commands.seed_scale import PASSWORD
from learning.models import (
    Certificate,
    CheckInRequest,
    ConfidenceCheck,
    Connection,
    CourseFollow,
    EntryKind,
    JournalEntry,
    LessonCompletion,
    Response,
    TryOutcome,
    Visibility,
)

pytestmark = pytest.mark.django_db

SMALL = ["--learners", "40", "--cohorts", "4", "--completions", "100", "--entries", "120", "--responses", "20"]


def test_a_small_scale_data_set_has_what_it_says_and_people_can_use_it(client, course, capsys):
    call_command("seed_scale", *SMALL, "--sessions-per-cohort", "4")
    assert "40 learners, 4 facilitators, 4 cohorts" in capsys.readouterr().out

    assert User.objects.count() == 44
    assert EmailAddress.objects.filter(verified=True).count() == 44, "allauth signs in verified addresses only"
    assert Cohort.objects.count() == 4
    assert Membership.objects.members().count() == 40 and Membership.objects.facilitating().count() == 4
    assert list(Cohort.objects.annotate(n=Count("memberships")).values_list("n", flat=True)) == [11] * 4
    assert LessonCompletion.objects.count() == 100 and CourseFollow.objects.count() == 40
    done = Counter(LessonCompletion.objects.values_list("user_id", flat=True))
    assert sorted(Counter(done.values()).items()) == [(2, 10), (4, 20)], "people go at different paces"
    finished = {user for user, lessons in done.items() if lessons == 4}
    assert set(Certificate.objects.values_list("user_id", flat=True)) == finished, "who did every lesson, only"
    assert Application.objects.filter(status=ApplicationStatus.ACCEPTED).count() == 40, "one behind every place"
    assert Application.objects.exclude(status=ApplicationStatus.ACCEPTED).count() == 4
    assert ConfidenceCheck.objects.count() == 40, "half the learners, a first and a latest on the one statement"
    assert Connection.objects.count() == 39 and CheckInRequest.objects.count() == 4
    went = set(JournalEntry.objects.filter(kind=EntryKind.ACTION).values_list("outcome_choice", flat=True))
    assert went == {"", *TryOutcome.values}
    assert JournalEntry.objects.count() == 120
    assert set(JournalEntry.objects.values_list("visibility", flat=True)) == set(Visibility.values)
    assert not JournalEntry.objects.filter(preview="").exists(), "lists show the stored preview"
    for entry in JournalEntry.objects.filter(visibility=Visibility.PARTNER).select_related("partnership"):
        partner = entry.partnership.invitee if entry.author == entry.partnership.inviter else entry.partnership.inviter
        assert JournalEntry.objects.visible_to(partner).filter(pk=entry.pk).exists(), "shared in a real partnership"
    assert Response.objects.count() == 20
    for response in Response.objects.select_related("entry"):
        assert response.entry.visibility == Visibility.COHORT
        assert Membership.objects.filter(user=response.author_id, cohort=response.entry.cohort_id).exists()
    assert LiveSession.objects.count() == 16
    assert Attendance.objects.count() == 2 * 4 * 10, "the two past sessions of each group have a register"

    learner = Membership.objects.members().select_related("user", "cohort").first()
    entry = JournalEntry.objects.filter(author=learner.user).first()
    signed_in = client.post("/accounts/login/", {"login": learner.user.email, "password": PASSWORD})
    assert signed_in.status_code == 302, "the one password works for everyone"
    assert client.get("/dashboard/").status_code == 200
    assert entry.preview.split()[0] in client.get("/journal/").content.decode()
    assert client.get(f"/cohorts/{learner.cohort.slug}/").status_code == 200

    facilitator = Membership.objects.facilitating().select_related("user").get(cohort=learner.cohort).user
    client.logout()
    assert client.post("/accounts/login/", {"login": facilitator.email, "password": PASSWORD}).status_code == 302
    assert client.get(f"/cohorts/{learner.cohort.slug}/facilitate/").status_code == 200


def test_scale_data_is_never_made_where_demo_data_is_off(settings, course):
    settings.COLEARN_ALLOW_DEMO_DATA = False
    with pytest.raises(CommandError):
        call_command("seed_scale", *SMALL)
    assert not User.objects.exists()
