"""Each admin report as an admin would use it: the page shows its sentence, its chart's table and the figures; the
CSV is UTF-8 with a header row and no cell a spreadsheet would run; people without the permission are refused."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from openpyxl import load_workbook

from cohorts.models import ApplicationStatus, Attendance, AttendanceStatus, Perspective, Role
from learning.models import Certificate, CheckInRequest, Connection, EntryKind, JournalEntry, LessonCompletion
from tests.factories import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory
from tests.factories.courses import build_course
from tests.factories.reports import rate

URLS = {
    "enrolment": "/admin/reports/colearn/enrolment/",
    "mix": "/admin/reports/colearn/mix/",
    "completion": "/admin/reports/colearn/completion/",
    "attendance": "/admin/reports/colearn/attendance/",
    "small-steps": "/admin/reports/colearn/small-steps/",
    "confidence": "/admin/reports/colearn/confidence/",
    "check-ins": "/admin/reports/colearn/check-ins/",
}

SENTENCES = {
    "enrolment": "Applications received in the days chosen, and where each stands now",
    "mix": "How the members of each group, and of all the groups shown, said they come to the course",
    "completion": "Lessons people marked done, the modules they finished",
    "attendance": "Who was at each session held in the days chosen",
    "small-steps": "Small steps people took in the days chosen",
    "confidence": "For each thing a course helps people do",
    "check-ins": "Check-ins people asked their facilitators for in the days chosen",
}


@pytest.fixture
def admin(db):
    return UserFactory(is_superuser=True, display_name="Ada Admin")


def members(cohort, number: int, perspective=Perspective.USES_SERVICES) -> list:
    people = [UserFactory() for _ in range(number)]
    for person in people:
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER, perspective=perspective)
    return people


def read_csv(response) -> list[list[str]]:
    data = b"".join(response.streaming_content)
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.django_db
@pytest.mark.parametrize("name", URLS)
def test_every_report_opens_for_an_admin_with_its_sentence(client, admin, site_pages, name):
    client.force_login(admin)
    response = client.get(URLS[name])
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<p class="colearn-report__sentence">{SENTENCES[name]}' in html


@pytest.mark.django_db
@pytest.mark.parametrize("name", URLS)
def test_people_without_the_permission_are_refused(client, site_pages, name):
    editor = UserFactory(groups=("Editors",))
    client.force_login(editor)
    response = client.get(URLS[name])
    assert response.status_code in (302, 403)
    assert "colearn-report__sentence" not in response.content.decode()
    assert client.get(URLS[name] + "?export=csv").status_code in (302, 403)


@pytest.mark.django_db
def test_the_permission_lets_a_non_superuser_read_the_reports(client, site_pages):
    group = Group.objects.create(name="Programme leads")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_report")
    )
    lead = UserFactory()
    lead.groups.add(group)
    client.force_login(lead)
    assert client.get(URLS["enrolment"]).status_code == 200
    assert "/admin/reports/colearn/enrolment/" in client.get("/admin/").content.decode()  # in the Reports menu


@pytest.mark.django_db
def test_enrolment_shows_applications_by_status_in_fives_and_places_filled(client, admin, course):
    cohort = CohortFactory(course=course.course, name="Leeds spring group", capacity=12)
    for person in members(cohort, 3):
        ApplicationFactory(cohort=cohort, user=person, status=ApplicationStatus.ACCEPTED)
    for _ in range(7):
        ApplicationFactory(cohort=cohort, user=UserFactory(), status=ApplicationStatus.WAITLISTED)
    client.force_login(admin)
    html = client.get(URLS["enrolment"]).content.decode()
    assert "Leeds spring group" in html
    assert ">Applications, by where they stand now</caption>" in html
    # ten applications, two blocks: 3 accepted and 7 on the waiting list; only the waiting list reaches five
    assert '<th scope="row">On the waiting list</th><td>7</td>' in html
    assert '<th scope="row">Accepted</th><td>fewer than 5</td>' in html

    rows = read_csv(client.get(URLS["enrolment"] + "?export=csv"))
    assert rows[0][:3] == ["Group", "Course", "Applications received"]
    assert rows[1][:3] == ["Leeds spring group", course.course.title, "10"]
    assert rows[1][-2:] == ["3", "12"]  # places filled, of twelve


@pytest.mark.django_db
def test_a_group_name_that_looks_like_a_formula_is_kept_as_text_in_the_csv(client, admin, course):
    CohortFactory(course=course.course, name='=HYPERLINK("http://example.org")')
    CohortFactory(course=course.course, name="@SUM(A1)")
    client.force_login(admin)
    rows = read_csv(client.get(URLS["enrolment"] + "?export=csv"))
    names = {row[0] for row in rows[1:]}
    assert names == {'\'=HYPERLINK("http://example.org")', "'@SUM(A1)"}


@pytest.mark.django_db
def test_the_mix_counts_members_by_perspective_and_never_facilitators(client, admin, course):
    cohort = CohortFactory(course=course.course, name="Mixed group")
    members(cohort, 5, Perspective.WORKS_IN_SERVICES)
    members(cohort, 6, Perspective.USES_SERVICES)
    members(cohort, 2, Perspective.CARER)
    client.force_login(admin)
    html = client.get(URLS["mix"]).content.decode()
    assert '<th scope="row">Work in services</th><td>5</td>' in html
    assert '<th scope="row">Use or have used services</th><td>5</td>' in html  # six people, one whole five
    assert '<th scope="row">Carers and supporters</th><td>fewer than 5</td>' in html
    rows = read_csv(client.get(URLS["mix"] + "?export=csv"))
    assert rows[1][:5] == ["Mixed group", course.course.title, "10", "5", "5"]


@pytest.mark.django_db
def test_completion_counts_lessons_done_and_courses_finished(client, admin, course):
    lessons = [lesson for module in course.lessons for lesson in module]
    people = [UserFactory() for _ in range(5)]
    for person in people:
        for lesson in lessons:
            LessonCompletion.objects.create(user=person, lesson=lesson, course=course.course)
        Certificate.objects.create(
            user=person, course=course.course, recipient_name=person.display_name, course_title=course.course.title
        )
    client.force_login(admin)
    html = client.get(URLS["completion"]).content.decode()
    assert f'<th scope="row">{course.course.title}</th><td>20</td>' in html
    assert ">Courses finished, by course</caption>" in html
    rows = read_csv(client.get(URLS["completion"] + "?export=csv"))
    assert rows == [
        ["Course", "Lessons marked done", "Modules finished", "Courses finished"],
        [course.course.title, "20", "10", "5"],
    ]


@pytest.mark.django_db
def test_a_module_counts_as_finished_once_every_live_lesson_is_done_on_the_day_of_the_last(client, admin, course):
    (first, second), (third, _) = course.lessons
    people = [UserFactory() for _ in range(5)]
    for person in people:
        LessonCompletion.objects.create(user=person, lesson=first, course=course.course)
        LessonCompletion.objects.create(user=person, lesson=third, course=course.course)  # half of module two
    client.force_login(admin)
    assert read_csv(client.get(URLS["completion"] + "?export=csv"))[1][2] == "fewer than 5", "no module is whole yet"

    day = datetime.date(2027, 3, 9)
    for person in people:
        done = LessonCompletion.objects.create(user=person, lesson=second, course=course.course)
        LessonCompletion.objects.filter(pk=done.pk).update(
            completed_at=timezone.make_aware(datetime.datetime(2027, 3, 9, 12))
        )
    assert read_csv(client.get(URLS["completion"] + "?export=csv"))[1][2] == "5"
    on_the_day = read_csv(client.get(URLS["completion"] + f"?export=csv&days_from={day}&days_to={day}"))
    assert on_the_day[1][1:3] == ["5", "5"], "module one was finished on the day its last lesson was done"
    before = read_csv(client.get(URLS["completion"] + f"?export=csv&days_to={day - datetime.timedelta(days=1)}"))
    assert before[1][2] == "fewer than 5"

    second.unpublish()  # a lesson taken down: module one's only live lesson is done, so it is still finished
    assert read_csv(client.get(URLS["completion"] + "?export=csv"))[1][2] == "5"


@pytest.mark.django_db
def test_attendance_per_session_and_group(client, admin, course):
    cohort = CohortFactory(course=course.course, name="Tuesday group")
    session = LiveSessionFactory(cohort=cohort, title="Finding your place", starts_at=timezone.now())
    for person in members(cohort, 6):
        Attendance.objects.create(session=session, user=person, status=AttendanceStatus.PRESENT)
    client.force_login(admin)
    html = client.get(URLS["attendance"]).content.decode()
    assert '<th scope="row">Tuesday group</th><td>5</td>' in html
    rows = read_csv(client.get(URLS["attendance"] + "?export=csv"))
    assert rows[1][:2] == ["Tuesday group", "Finding your place"]
    assert rows[1][3:] == ["5", "fewer than 5", "fewer than 5"]


@pytest.mark.django_db
def test_small_steps_count_wins_actions_and_connections(client, admin, course):
    people = [UserFactory() for _ in range(5)]
    for person in people:
        JournalEntry.objects.create(author=person, kind=EntryKind.SMALL_WIN, text="x", body="<p>x</p>")
        JournalEntry.objects.create(
            author=person, kind=EntryKind.ACTION, text="y", body="<p>y</p>", outcome_choice="went_well"
        )
        Connection.objects.create(author=person, name="Allotment", last_activity_at=timezone.now())
    client.force_login(admin)
    html = client.get(URLS["small-steps"]).content.decode()
    assert "Small wins logged" in html and ">How the actions people tried went</caption>" in html
    rows = dict(read_csv(client.get(URLS["small-steps"] + "?export=csv"))[1:])
    assert rows["Small wins logged"] == "5"
    assert rows["Actions to try: it went well"] == "5"
    assert rows["Community connections added"] == "5"
    assert rows["Community connections: thinking about it"] == "5"


@pytest.mark.django_db
def test_connections_count_in_the_course_and_group_of_the_persons_latest_group(client, admin, course, site_pages):
    tuesday = CohortFactory(course=course.course, name="Tuesday group")
    other = CohortFactory(course=build_course(site_pages[1], title="Another course").course)
    for person in members(tuesday, 5):
        Connection.objects.create(author=person, name="Allotment", last_activity_at=timezone.now())
    for person in members(other, 5):
        Connection.objects.create(author=person, name="Choir", last_activity_at=timezone.now())
    client.force_login(admin)

    def added(query: str) -> str:
        return dict(read_csv(client.get(URLS["small-steps"] + "?export=csv" + query))[1:])[
            "Community connections added"
        ]

    assert added("") == "10"
    assert added(f"&course={course.course.pk}") == "5"
    assert added(f"&cohort={tuesday.pk}") == "5"
    assert added(f"&cohort={other.pk}") == "5"


@pytest.mark.django_db
def test_confidence_shows_the_distribution_of_change(client, admin, course):
    capability = course.course.capabilities.get()
    day = datetime.date(2027, 1, 4)
    for person in [UserFactory() for _ in range(5)]:
        rate(person, capability, 2, on=day)
        rate(person, capability, 4, on=day + datetime.timedelta(days=30))
    client.force_login(admin)
    html = client.get(URLS["confidence"]).content.decode()
    assert '<th scope="row">Up two steps or more</th><td>5</td>' in html
    rows = read_csv(client.get(URLS["confidence"] + "?export=csv"))
    assert rows[1][2:4] == ["5", "5"] and rows[1][-1] == "2.0"


@pytest.mark.django_db
def test_check_ins_show_how_soon_they_were_seen(client, admin, course):
    cohort = CohortFactory(course=course.course, name="Check-in group")
    asked = timezone.now() - datetime.timedelta(days=10)
    for person in members(cohort, 5):
        CheckInRequest.objects.create(
            user=person, cohort=cohort, asked_at=asked, seen_at=asked + datetime.timedelta(hours=3), state="seen"
        )
    client.force_login(admin)
    html = client.get(URLS["check-ins"]).content.decode()
    assert '<th scope="row">Seen within a day</th><td>5</td>' in html
    rows = read_csv(client.get(URLS["check-ins"] + "?export=csv"))
    assert rows[1][:3] == ["Check-in group", "5", "5"]


@pytest.mark.django_db
def test_a_bad_date_is_explained_and_shows_every_day(client, admin, course):
    client.force_login(admin)
    response = client.get(URLS["enrolment"] + "?days_from=not-a-date&days_to=2027-13-45")
    assert response.status_code == 200
    assert "Enter a real date, like 14/03/2027." in response.content.decode()


@pytest.mark.django_db
def test_the_spreadsheet_download_has_numbers_and_held_back_cells(client, admin, course):
    cohort = CohortFactory(course=course.course, name="Spreadsheet group")
    members(cohort, 5, Perspective.CARER)
    client.force_login(admin)
    response = client.get(URLS["mix"] + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Group", "Course", "Members"]
    assert values[1][:6] == ["Spreadsheet group", course.course.title, 5, "fewer than 5", "fewer than 5", 5]
