"""Check-ins that close the loop: asked → seen by a facilitator → done, a private thread, and emails that link to the
right page and never carry anyone's words. (Who may read them is the privacy matrix, test_check_in_privacy.py.)"""

import uuid

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from cohorts.models import Membership, Role
from colearn.models import SharingStatementSettings
from learning.models import CheckInNote, CheckInRequest, CheckInState
from learning.services.check_ins import check_in_acknowledge, check_in_mark_done, check_in_note_add
from learning.services.journal import check_in_request
from tests.factories import CohortFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

WORDS = "The bus strike made me miss my sister's birthday"


@pytest.fixture
def group(course):
    cohort = CohortFactory(course=course.course, name="Thursday group", pair=False)
    person, facilitator = UserFactory(display_name="Kit"), UserFactory(display_name="Priya")
    MembershipFactory(cohort=cohort, user=person)
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR, perspective="")
    return cohort, person, facilitator


def asked(group) -> CheckInRequest:
    cohort, person, _ = group
    return check_in_request(user=person, cohort=cohort, notify=False)


def test_a_request_goes_from_asked_to_seen_to_done_with_who_and_when(group):
    _, _, facilitator = group
    check_in = asked(group)
    assert check_in.state == CheckInState.ASKED and check_in.asked_at is not None

    check_in_acknowledge(check_in=check_in, by=facilitator)
    check_in.refresh_from_db()
    assert (check_in.state, check_in.seen_by) == (CheckInState.SEEN, facilitator) and check_in.seen_at

    check_in_mark_done(check_in=check_in, by=facilitator, notify=False)
    check_in.refresh_from_db()
    assert (check_in.state, check_in.done_by) == (CheckInState.DONE, facilitator) and check_in.done_at


def test_marking_done_without_seeing_first_marks_it_seen_too(group):
    _, _, facilitator = group
    check_in = check_in_mark_done(check_in=asked(group), by=facilitator, notify=False)
    assert check_in.seen_by == facilitator and check_in.done_by == facilitator


def test_a_facilitators_reply_marks_it_seen_and_a_persons_note_opens_a_done_one_again(group):
    _, person, facilitator = group
    check_in = asked(group)
    check_in_note_add(check_in=check_in, author=facilitator, text="I can ring you on Wednesday.", notify=False)
    check_in.refresh_from_db()
    assert check_in.state == CheckInState.SEEN and check_in.seen_by == facilitator

    check_in_mark_done(check_in=check_in, by=facilitator, notify=False)
    check_in_note_add(check_in=check_in, author=person, text="Could we talk again?", notify=False)
    check_in.refresh_from_db()
    assert check_in.state == CheckInState.ASKED
    assert (check_in.seen_by, check_in.done_by, check_in.done_at) == (None, None, None)
    assert [note.author for note in check_in.notes.all()] == [facilitator, person]


def test_the_person_cannot_mark_their_own_check_in_and_other_members_cannot_touch_it(group):
    cohort, person, _ = group
    check_in = asked(group)
    other = UserFactory()
    MembershipFactory(cohort=cohort, user=other)
    for attempt in (
        lambda: check_in_acknowledge(check_in=check_in, by=person),
        lambda: check_in_mark_done(check_in=check_in, by=person),
        lambda: check_in_note_add(check_in=check_in, author=other, text="Hello"),
        lambda: check_in_mark_done(check_in=check_in, by=other),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    check_in.refresh_from_db()
    assert check_in.state == CheckInState.ASKED and not check_in.notes.exists()


def test_notes_are_sanitised_checked_and_saved_once_per_form(group):
    _, person, _ = group
    check_in = asked(group)
    note = check_in_note_add(check_in=check_in, author=person, text="<script>alert(1)</script>**Thanks**", notify=False)
    assert "<script" not in note.body and "<strong>Thanks</strong>" in note.body
    for bad in ("", "   ", "x" * 2_001):
        with pytest.raises(ValidationError):
            check_in_note_add(check_in=check_in, author=person, text=bad, notify=False)
    token = uuid.uuid4()
    first = check_in_note_add(check_in=check_in, author=person, text="Once", submission=token, notify=False)
    again = check_in_note_add(check_in=check_in, author=person, text="Once", submission=token, notify=False)
    assert first.pk == again.pk and CheckInNote.objects.filter(text="Once").count() == 1


def test_someone_who_left_the_group_is_told_why_they_cannot_add_a_note(client, group):
    cohort, person, _ = group
    check_in = asked(group)
    Membership.objects.filter(user=person, cohort=cohort).update(ended_at="2026-01-01T00:00Z")
    client.force_login(person)
    page = client.get(f"/journal/check-ins/{check_in.pk}/").content.decode()
    assert "You are no longer in Thursday group" in page and "Send my note" not in page
    response = client.post(f"/journal/check-ins/{check_in.pk}/", {"text": "Still there?"})
    assert response.status_code == 400 and "There is a problem" in response.content.decode()
    assert not CheckInNote.objects.exists()


# --- Emails: the right people, the right page, never the words ----------------------------------------------


def test_asking_emails_the_facilitators_a_link_to_the_groups_check_ins(
    client, group, django_capture_on_commit_callbacks
):
    cohort, person, facilitator = group
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/journal/check-in/", {"cohort": cohort.pk})
    assert [message.to for message in mail.outbox] == [[facilitator.email]]
    assert f"/cohorts/{cohort.slug}/facilitate/check-ins/" in mail.outbox[0].body


def test_a_reply_and_marking_done_email_the_person_a_link_without_the_words(
    client, group, django_capture_on_commit_callbacks
):
    cohort, person, facilitator = group
    check_in = asked(group)
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/cohorts/{cohort.slug}/facilitate/check-ins/{check_in.pk}/", {"text": WORDS})
        client.post(f"/cohorts/{cohort.slug}/facilitate/check-ins/{check_in.pk}/state/", {"state": "done"})
    assert [message.to for message in mail.outbox] == [[person.email], [person.email]]
    assert "replied to your check-in" in mail.outbox[0].subject
    assert "marked your check-in as done" in mail.outbox[1].subject
    for message in mail.outbox:
        assert f"/journal/check-ins/{check_in.pk}/" in message.body
        assert WORDS not in message.body and WORDS not in message.subject


def test_a_persons_note_emails_the_facilitators_with_two_factor_a_link_without_the_words(
    client, settings, group, django_capture_on_commit_callbacks
):
    from allauth.mfa.models import Authenticator

    settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF = True
    cohort, person, facilitator = group
    Authenticator.objects.create(user=facilitator, type=Authenticator.Type.TOTP, data={"secret": "x"})
    without_two_factor = UserFactory()
    MembershipFactory(cohort=cohort, user=without_two_factor, role=Role.PEER_FACILITATOR, perspective="")
    check_in = asked(group)
    client.force_login(person)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/journal/check-ins/{check_in.pk}/", {"text": WORDS})
    assert [message.to for message in mail.outbox] == [[facilitator.email]]
    assert f"/cohorts/{cohort.slug}/facilitate/check-ins/{check_in.pk}/" in mail.outbox[0].body
    assert WORDS not in mail.outbox[0].body


def test_replies_can_be_switched_off_in_preferences(group, django_capture_on_commit_callbacks):
    _, person, facilitator = group
    person.email_opt_outs = ["check_in_replies"]
    person.save()
    with django_capture_on_commit_callbacks(execute=True):
        check_in_note_add(check_in=asked(group), author=facilitator, text="Hello Kit")
    assert mail.outbox == []


# --- The pages ------------------------------------------------------------------------------------------------


def test_the_person_sees_their_check_ins_with_state_and_the_thread(client, group):
    cohort, person, facilitator = group
    check_in = asked(group)
    check_in_note_add(check_in=check_in, author=facilitator, text="I can ring you on Wednesday.", notify=False)
    client.force_login(person)
    listing = client.get("/journal/check-ins/").content.decode()
    assert "Thursday group" in listing and "Seen by a facilitator" in listing and "Priya saw it on" in listing
    assert "1 note" in listing
    page = client.get(f"/journal/check-ins/{check_in.pk}/").content.decode()
    assert "I can ring you on Wednesday." in page and "Priya, facilitator" in page
    assert "How information is shared" in page


def test_a_note_from_the_person_page_is_added_and_back_to_the_thread(client, group):
    _, person, _ = group
    check_in = asked(group)
    client.force_login(person)
    response = client.post(f"/journal/check-ins/{check_in.pk}/", {"text": "Thank you"})
    assert response.status_code == 302 and response.url == f"/journal/check-ins/{check_in.pk}/#notes"
    assert CheckInNote.objects.get().text == "Thank you"
    empty = client.post(f"/journal/check-ins/{check_in.pk}/", {"text": "  "})
    assert empty.status_code == 400 and "Write your note before sending it" in empty.content.decode()
    assert CheckInNote.objects.count() == 1


def test_the_facilitator_page_lists_open_first_then_seen_then_done(client, group):
    cohort, _, facilitator = group
    people = {}
    for name in ("Done Dana", "Seen Sol", "Open Olu"):
        people[name] = UserFactory(display_name=name)
        MembershipFactory(cohort=cohort, user=people[name])
    done = check_in_request(user=people["Done Dana"], cohort=cohort, notify=False)
    seen = check_in_request(user=people["Seen Sol"], cohort=cohort, notify=False)
    check_in_request(user=people["Open Olu"], cohort=cohort, notify=False)
    check_in_mark_done(check_in=done, by=facilitator, notify=False)
    check_in_acknowledge(check_in=seen, by=facilitator)
    client.force_login(facilitator)
    page = client.get(f"/cohorts/{cohort.slug}/facilitate/check-ins/").content.decode()
    assert page.index("Open Olu") < page.index("Seen Sol") < page.index("Done Dana")
    assert page.index("Waiting to be seen") < page.index(">Seen<") < page.index(">Done<")


def test_the_facilitator_acknowledges_replies_and_marks_done_from_the_page(client, group):
    cohort, person, facilitator = group
    check_in = asked(group)
    base = f"/cohorts/{cohort.slug}/facilitate/check-ins/{check_in.pk}/"
    client.force_login(facilitator)
    assert client.post(f"{base}state/", {"state": "seen"}).url == base
    assert CheckInRequest.objects.get().state == CheckInState.SEEN
    assert client.post(base, {"text": "Shall we talk on Thursday?"}).status_code == 302
    listing = f"/cohorts/{cohort.slug}/facilitate/check-ins/"
    assert client.post(f"{base}state/", {"state": "done", "next": listing}).url == listing
    assert CheckInRequest.objects.get().state == CheckInState.DONE
    client.force_login(person)
    assert "Priya marked it as done on" in client.get(f"/journal/check-ins/{check_in.pk}/").content.decode()


def test_an_unclear_state_changes_nothing_and_says_so(client, group):
    cohort, _, facilitator = group
    check_in = asked(group)
    client.force_login(facilitator)
    for data in ({}, {"state": "finished"}):
        response = client.post(f"/cohorts/{cohort.slug}/facilitate/check-ins/{check_in.pk}/state/", data)
        assert response.status_code == 400 and "Nothing was changed" in response.content.decode()
    assert CheckInRequest.objects.get().state == CheckInState.ASKED


def test_the_feed_shows_facilitators_a_count_and_a_link_not_names(client, group):
    cohort, person, facilitator = group
    asked(group)
    client.force_login(facilitator)
    feed = client.get(f"/cohorts/{cohort.slug}/reflections/").content.decode()
    assert "1 check-in waiting" in feed and f"/cohorts/{cohort.slug}/facilitate/check-ins/" in feed
    assert "Kit" not in feed
    assert (
        f"/cohorts/{cohort.slug}/facilitate/check-ins/"
        in client.get(f"/cohorts/{cohort.slug}/facilitate/").content.decode()
    )


# --- How information is shared ------------------------------------------------------------------------------


def test_the_sharing_statement_is_shown_where_people_apply_ask_and_keep_their_journal(client, course, group):
    from wagtail.models import Site

    _, person, _ = group
    setting = SharingStatementSettings.for_site(Site.objects.get(is_default_site=True))
    setting.statement = "Editors' own words about passing things on."
    setting.save()
    client.force_login(person)
    lesson = course.lessons[0][0]
    pages = ["/journal/", "/journal/check-ins/", lesson.url]
    outsider = UserFactory()
    for url in pages:
        assert "Editors&#x27; own words about passing things on." in client.get(url).content.decode(), url
    client.force_login(outsider)
    taking_applications = CohortFactory(course=course.course)
    apply = client.get(f"/cohorts/{taking_applications.slug}/apply/").content.decode()
    assert "Editors&#x27; own words about passing things on." in apply


def test_the_default_statement_says_a_facilitator_would_talk_to_you_first(client, group):
    _, person, _ = group
    client.force_login(person)
    page = client.get("/journal/").content.decode()
    assert "serious risk of harm" in page and "they will talk to you first wherever they can" in page


def test_the_statement_costs_no_query_once_warm_and_changes_when_an_editor_saves(
    client, group, django_assert_num_queries
):
    from django.template import Context, Template
    from django.test import RequestFactory
    from wagtail.models import Site

    request = RequestFactory().get("/journal/")
    template = Template("{% load colearn_tags %}{% sharing_statement %}")
    assert "serious risk of harm" in template.render(Context({"request": request}))
    with django_assert_num_queries(0):
        template.render(Context({"request": RequestFactory().get("/journal/")}))
    setting = SharingStatementSettings.for_site(Site.objects.get(is_default_site=True))
    setting.statement = "New words"
    setting.save()
    assert template.render(Context({"request": RequestFactory().get("/journal/")})) == "New words"
