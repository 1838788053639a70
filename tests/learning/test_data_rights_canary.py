"""The canary proof: a download holds all of a person's data and only theirs; erasure leaves none of it anywhere.

Person A gets a unique canary in every text field of every registered model, written through the services as real
use would; B gets their own. Export A: every A canary is in the zip, no B canary, no responder's name. Erase A:
then every column of every table (text, JSON, and on PostgreSQL the full-text search vectors, all cast to text)
holds no A canary; B's data and the anonymous totals are unchanged; A cannot sign in.
Runs on SQLite in `make test` and on PostgreSQL in `make test-postgres`.
"""

import datetime
import io
import logging
import zipfile
from unittest import mock

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Comment, CommentReply

from cohorts.models import Application, ApplicationStatus, Attendance, Membership, Perspective, Role
from cohorts.services import (
    announcement_post,
    application_decide,
    application_submit,
    attendance_record,
    calendar_feed_get_or_create,
    cohort_set_facilitator,
    question_answer,
    question_ask,
    question_hide,
    session_schedule,
)
from colearn.models import OnePageProfile, User
from colearn.services import one_page_profile_update, user_update_profile
from community.models import CommunityPlace
from learning.models import ConfidenceCheck, EntryKind, JournalDraft, JournalEntry, LessonCompletion, Visibility
from learning.services.check_ins import check_in_note_add
from learning.services.confidence import confidence_record
from learning.services.connections import connection_create, connection_share, connection_update
from learning.services.data_rights import person_erase, person_export_files, person_export_zip
from learning.services.journal import check_in_request, draft_save, entry_create, entry_record_outcome
from learning.services.progress import certificate_issue, course_follow, lesson_complete
from learning.services.responses import response_create, response_hide
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

A = "canaryalpha"  # every one of A's canaries starts with this, so one scan finds any of them
B = "canarybravo"


def a(tag: str) -> str:
    return f"{A}{tag}"


def b(tag: str) -> str:
    return f"{B}{tag}"


# A's canaries that must be in A's download. (Their calendar feed's secret address is checked separately: it is
# never in a download, and must be gone after erasure.)
A_CANARIES = [
    a("email"),
    a("name"),
    a("pronouns"),
    a("admired"),
    a("matters"),
    a("support"),
    a("privatetitle"),
    a("privatetext"),
    a("wintext"),
    a("actiontitle"),
    a("actiontext"),
    a("outcome"),
    a("answer"),
    a("drafttitle"),
    a("drafttext"),
    a("responsetext"),
    a("hiddenreason"),
    a("checkinnote"),
    a("checkinreply"),
    a("statement"),
    a("accessneeds"),
    a("decisionmessage"),
    a("announcetitle"),
    a("announcebody"),
    a("questiontext"),
    a("questionmore"),
    a("questionhidden"),
    a("answertext"),
    a("browser"),
    a("comment"),
    a("commentreply"),
    a("connectionname"),
    a("wentwith"),
    a("howitfelt"),
    a("nextstep"),
    "replytoalphaentry",  # a response to A's shared entry: in A's download, without its writer's name
]


@pytest.fixture
def world(site_pages, client):
    course = build_course(site_pages[1], title="Learning together", modules=1, lessons_per_module=1)
    lesson = course.lessons[0][0]
    now = timezone.now()
    person_a = UserFactory(email=f"{a('email')}@example.org", display_name="Alex")
    person_b = UserFactory(email=f"{b('email')}@example.org", display_name=b("name"))
    helper = UserFactory(display_name="Sam", email="sam@example.org")  # facilitates A's group
    carer = UserFactory(display_name="Chris", email="chris@example.org")  # another member of A's group
    group = CohortFactory(course=course.course)  # A is a member, through an application
    led = CohortFactory(course=course.course)  # A facilitates it; B is a member
    MembershipFactory(cohort=group, user=helper, role=Role.FACILITATOR, perspective="")
    MembershipFactory(cohort=group, user=carer)
    cohort_set_facilitator(cohort=led, email=person_a.email, role=Role.FACILITATOR)

    # A's profile and application, decided by the group's facilitator.
    user_update_profile(user=person_a, display_name=a("name"), pronouns=a("pronouns"))
    one_page_profile_update(
        user=person_a, liked_and_admired=a("admired"), what_matters=a("matters"), how_to_support=a("support")
    )
    application = application_submit(
        cohort=group,
        user=person_a,
        statement=a("statement"),
        perspective=Perspective.USES_SERVICES,
        access_needs=a("accessneeds"),
        agreed_to_cohort_agreement=True,
    )
    application_decide(
        application=application,
        decided_by=helper,
        decision=ApplicationStatus.ACCEPTED,
        message=a("decisionmessage"),
        notify=False,
    )
    # B applies to the group A leads, and A decides: that record is B's.
    b_application = application_submit(
        cohort=led,
        user=person_b,
        statement=b("statement"),
        perspective=Perspective.CARER,
        access_needs=b("accessneeds"),
        agreed_to_cohort_agreement=True,
    )
    application_decide(
        application=b_application, decided_by=person_a, decision=ApplicationStatus.ACCEPTED, notify=False
    )

    # A's journal: every kind and every audience.
    entry_create(author=person_a, title=a("privatetitle"), text=a("privatetext"))
    shared = entry_create(
        author=person_a, kind=EntryKind.SMALL_WIN, text=a("wintext"), visibility=Visibility.COHORT, cohort=group
    )
    action = entry_create(
        author=person_a,
        kind=EntryKind.ACTION,
        title=a("actiontitle"),
        text=a("actiontext"),
        visibility=Visibility.FACILITATORS,
        cohort=group,
    )
    entry_record_outcome(entry=action, by=person_a, outcome=a("outcome"))
    prompt = lesson.reflection_prompts()[0]
    entry_create(author=person_a, text=a("answer"), lesson=lesson, prompt_id=prompt.id)
    draft_save(author=person_a, key="new", title=a("drafttitle"), text=a("drafttext"), version=0)
    response_create(entry=shared, author=carer, text="replytoalphaentry", notify=False)

    # A responds to Chris's shared entry; Sam hides it with a reason (shown to A).
    theirs = entry_create(author=carer, text="Chris's own words", visibility=Visibility.COHORT, cohort=group)
    reply = response_create(entry=theirs, author=person_a, text=a("responsetext"), notify=False)
    response_hide(response=reply, by=helper, reason=a("hiddenreason"))

    # Progress, confidence, a check-in, a certificate, a calendar feed.
    course_follow(user=person_a, course=course.course)
    lesson_complete(user=person_a, lesson=lesson)
    certificate_issue(user=person_a, course=course.course)
    capability = course.course.capabilities.first()
    confidence_record(user=person_a, course=course.course, ratings={capability.pk: 3})
    a_check_in = check_in_request(user=person_a, cohort=group, lesson=lesson, notify=False)
    check_in_note_add(check_in=a_check_in, author=person_a, text=a("checkinnote"), notify=False)
    feed = calendar_feed_get_or_create(user=person_a)

    # A's connections: one from the directory, one named freely, moved on a step and shared with the facilitators.
    place = CommunityPlace.objects.create(name="Example: Brookfield choir", slug="brookfield-choir", live=True)
    connection_create(author=person_a, place=place, status="been_once")
    connection = connection_create(
        author=person_a, name=a("connectionname"), went_with=a("wentwith"), how_it_felt=a("howitfelt")
    )
    connection_update(connection=connection, by=person_a, status="regular", next_step=a("nextstep"))
    connection_share(connection=connection, by=person_a, cohort=group, what="everything")

    # A live session in each group, with registers taken.
    times = {"starts_at": now - datetime.timedelta(days=2), "ends_at": now - datetime.timedelta(days=2, hours=-2)}
    session = session_schedule(
        cohort=group, by=helper, notify=False, title="First meeting", video_url="https://meet.example.org/a", **times
    )
    attendance_record(session=session, by=helper, statuses={person_a.pk: "present", carer.pk: "apologies"})
    led_session = session_schedule(
        cohort=led, by=person_a, notify=False, title="Led meeting", video_url="https://meet.example.org/b", **times
    )
    attendance_record(session=led_session, by=person_a, statuses={person_b.pk: "present"})

    # A facilitates: an announcement.
    announcement_post(cohort=led, author=person_a, title=a("announcetitle"), body=a("announcebody"), notify=False)

    # Questions to the facilitators: A asks in their group (one answered, one hidden by Sam with a reason A sees);
    # A answers one of B's in the group A leads, and hides another with a reason in A's words.
    asked = question_ask(cohort=group, author=person_a, text=a("questiontext"), show_name=False, notify=False)
    question_answer(question=asked, by=helper, text="An answer to Alex", notify=False)
    hidden = question_ask(cohort=group, author=person_a, text=a("questionmore"), show_name=True, notify=False)
    question_hide(question=hidden, by=helper, reason=a("questionhidden"))
    b_question = question_ask(cohort=led, author=person_b, text=b("question"), show_name=True, notify=False)
    question_answer(question=b_question, by=person_a, text=a("answertext"), notify=False)
    b_hidden = question_ask(cohort=led, author=person_b, text=b("hiddenquestion"), show_name=False, notify=False)
    question_hide(question=b_hidden, by=person_a, reason=a("questionhidingreason"))

    # B's own data, which must come through A's erasure untouched.
    b_entry = entry_create(author=person_b, title=b("title"), text=b("text"), visibility=Visibility.COHORT, cohort=led)
    draft_save(author=person_b, key="new", title=b("drafttitle"), text=b("drafttext"), version=0)
    # As the facilitator of B's group, A hides a response with a reason in A's words.
    b_reply = response_create(entry=b_entry, author=person_b, text=b("reply"), notify=False)
    response_hide(response=b_reply, by=person_a, reason=a("hidingreason"))
    # As the facilitator of B's group, A replies to B's check-in: A's words, in B's thread.
    b_check_in = check_in_request(user=person_b, cohort=led, notify=False)
    check_in_note_add(check_in=b_check_in, author=person_a, text=a("checkinreply"), notify=False)
    user_update_profile(user=person_b, display_name=b("name"), pronouns=b("pronouns"))
    one_page_profile_update(user=person_b, liked_and_admired="", what_matters=b("matters"), how_to_support="")

    # A edits course pages too: a comment and a reply in the content editor (Wagtail's own models, as its admin
    # writes them), and an admin's change to A's account in Wagtail's log, labelled with A's name.
    comment = Comment.objects.create(page=lesson, user=person_a, text=a("comment"), contentpath="title")
    CommentReply.objects.create(comment=comment, user=person_a, text=a("commentreply"))
    log(instance=User.objects.get(pk=person_a.pk), action="wagtail.edit", user=helper)

    # A signs in through the sign-in form, from a browser that describes itself with a canary.
    signed_in = client.post(
        "/accounts/login/",
        {"login": person_a.email, "password": DEFAULT_PASSWORD},
        HTTP_USER_AGENT=f"Mozilla/5.0 {a('browser')}",
    )
    assert signed_in.status_code == 302
    return {
        "a": person_a,
        "b": person_b,
        "feed_token": feed.token,
        "session": session,
        "lesson": lesson,
        "group": group,
        "led": led,
        "b_entry": b_entry,
    }


def unzip(person) -> dict[str, str]:
    archive = zipfile.ZipFile(io.BytesIO(b"".join(person_export_zip(user=person))))
    assert archive.testzip() is None
    return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def columns_holding(needle: str) -> list[str]:
    """Every column of every table, cast to text (PostgreSQL's tsvector columns too), searched for `needle`."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            quoted = connection.ops.quote_name(table)
            for column in connection.introspection.get_table_description(cursor, table):
                name = connection.ops.quote_name(column.name)
                cursor.execute(
                    f"SELECT COUNT(*) FROM {quoted} WHERE LOWER(CAST({name} AS TEXT)) LIKE %s",  # noqa: S608
                    [f"%{needle.lower()}%"],
                )
                if cursor.fetchone()[0]:
                    found.append(f"{table}.{column.name}")
    return found


def totals(world) -> dict:
    return {
        "attendance at the session": Attendance.objects.filter(session=world["session"]).count(),
        "present at the session": Attendance.objects.filter(session=world["session"], status="present").count(),
        "lesson completions": LessonCompletion.objects.filter(lesson=world["lesson"]).count(),
        "confidence ratings": ConfidenceCheck.objects.count(),
        "people in the group, ever": Membership.objects.filter(cohort=world["group"]).count(),
        "applications to the group": Application.objects.filter(cohort=world["group"]).count(),
        "accounts": User.objects.count(),
    }


def b_data(world) -> dict:
    person_b = User.objects.get(pk=world["b"].pk)
    return {
        "profile": (person_b.email, person_b.display_name, person_b.pronouns, person_b.is_active),
        "one_page_profile": list(OnePageProfile.objects.filter(user=person_b).values_list("what_matters")),
        "entries": list(JournalEntry.objects.filter(author=person_b).values_list("title", "text", "visibility")),
        "drafts": list(JournalDraft.objects.filter(author=person_b).values_list("title", "text")),
        "application": list(Application.objects.filter(user=person_b).values_list("statement", "access_needs")),
        "membership": list(Membership.objects.filter(user=person_b).values_list("cohort_id", "ended_at")),
        "attendance": list(Attendance.objects.filter(user=person_b).values_list("session_id", "status")),
    }


def test_the_download_holds_all_of_a_and_nothing_of_b(world):
    files = unzip(world["a"])
    everything = "\n".join(files.values())
    missing = [canary for canary in A_CANARIES if canary not in everything]
    assert not missing, f"Not in A's download: {missing}"
    assert B not in everything, "B's data is in A's download"
    for responder in ("Chris", "chris@example.org", "Sam", "sam@example.org"):
        assert responder not in everything, f"{responder} named in A's download"
    assert world["feed_token"] not in everything, "a secret calendar address is in the download"
    names = {name.removeprefix("colearn-data/") for name in files}
    assert {"README.txt", "journal.md", "journal.html", "journal_entries.json", "applications.csv"} <= names


def test_the_files_are_the_same_whether_zipped_or_not(world):
    moment = timezone.now()
    with mock.patch("django.utils.timezone.now", return_value=moment):
        files = dict(person_export_files(user=world["a"]))
        zipped = unzip(world["a"])
    assert {f"colearn-data/{name}": data.decode("utf-8") for name, data in files.items()} == zipped


def test_after_erasure_no_trace_of_a_is_left_in_any_column_of_any_table(world, client, caplog):
    before_totals, before_b = totals(world), b_data(world)
    before = set(columns_holding(A))
    # The scan must see A's canaries before erasure, or it proves nothing: A's words, sign-in traces and CMS traces.
    assert {
        "colearn_onepageprofile.how_to_support",
        "learning_journalentry.text",
        "usersessions_usersession.user_agent",
        "wagtailcore_comment.text",
        "wagtailcore_modellogentry.label",
    } <= before
    assert columns_holding(world["feed_token"])
    with caplog.at_level(logging.INFO, logger="colearn.security"):
        person_erase(user=world["a"])

    assert columns_holding(A) == []
    assert columns_holding(world["feed_token"]) == []
    assert totals(world) == before_totals
    assert b_data(world) == before_b
    assert set(columns_holding(B))  # B's words are still there
    assert JournalEntry.objects.visible_to(world["b"]).filter(pk=world["b_entry"].pk).exists()

    tombstone = User.objects.get(pk=world["a"].pk)
    assert tombstone.public_name == "Former member" and not tombstone.is_active
    assert not tombstone.has_usable_password()
    assert [r.getMessage() for r in caplog.records if "event=person_erased" in r.getMessage()] == [
        f"event=person_erased user=- ip=- request=- subject={tombstone.pk} by=operator holdings="
        + caplog.records[-1].getMessage().rsplit("holdings=", 1)[1]
    ]
    assert A not in caplog.text

    # A cannot sign in again, by either door.
    email = f"{a('email')}@example.org"
    assert not client.login(email=email, password=DEFAULT_PASSWORD)
    client.logout()
    form = client.post("/accounts/login/", {"login": email, "password": DEFAULT_PASSWORD})
    assert form.status_code == 200 and "_auth_user_id" not in client.session


def test_a_download_for_an_erased_person_is_empty_of_them(world):
    person_erase(user=world["a"])
    files = unzip(User.objects.get(pk=world["a"].pk))
    assert A not in "\n".join(files.values())
