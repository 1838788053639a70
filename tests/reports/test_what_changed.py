"""A course's public "What changed" page (reports.WhatChangedPage): editors add it under a course through the
review like any page; it shows the figures they chose, through the one gate, and their "You said, we did"; it
holds nothing anyone wrote, and it changes nothing about the course's outline, progress or certificate."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cohorts.models import Attendance, AttendanceStatus, Perspective, Role
from courses.models import CoursePage, LessonPage, ModulePage
from courses.selectors import course_outline, lesson_position
from learning.models import EntryKind
from learning.selectors import course_progress
from learning.services.journal import entry_create
from learning.services.progress import certificate_issue, lesson_complete
from reports.gate import HELD_BACK
from reports.models import FIGURE_FIELDS, WhatChangedPage
from reports.what_changed import sections_for
from tests.courses.test_query_counts import COURSE_QUERIES
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory
from tests.factories.reports import rate
from tests.reports import test_report_privacy

pytestmark = pytest.mark.django_db

WHY = "We only show a figure when at least five people stand behind it, so nobody can be picked out."
TITLES = {
    "people": "People who took part",
    "mix": "The mix of perspectives",
    "lessons": "Lessons and modules done",
    "finished": "People who finished the course",
    "sessions": "Sessions attended",
    "steps": "Small steps",
    "confidence": "Confidence",
}
EVERY_FIGURE = [key for key, _ in FIGURE_FIELDS]
written = test_report_privacy.written  # six people who wrote everything a person can write, with canaries


def today() -> datetime.date:
    return timezone.localdate()


def add_page(course: CoursePage, *, chosen=(), live=True, **fields) -> WhatChangedPage:
    """The course's "What changed" page, covering the month either side of today, with the figures `chosen`."""
    page = WhatChangedPage(
        title="What changed",
        slug="what-changed",
        introduction="What you told us, and what we changed.",
        figures_from=today() - datetime.timedelta(days=30),
        figures_to=today() + datetime.timedelta(days=30),
        **{name: key in chosen for key, name in FIGURE_FIELDS},
        live=False,
        **fields,
    )
    course.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()
    return page


def took_part(course, cohort, session, number: int) -> list:
    """`number` members of the group (all seeing themselves the same way, so they share the gate's cells) who each
    did every lesson of the first module, came to the session, noted a small win and checked in twice."""
    capability = course.course.capabilities.get()
    people = []
    for _ in range(number):
        person = UserFactory()
        MembershipFactory(cohort=cohort, user=person, role=Role.MEMBER, perspective=Perspective.USES_SERVICES)
        for lesson in course.lessons[0]:
            lesson_complete(user=person, lesson=lesson)
        Attendance.objects.create(session=session, user=person, status=AttendanceStatus.PRESENT)
        entry_create(author=person, kind=EntryKind.SMALL_WIN, text="A small win", lesson=course.lessons[0][0])
        rate(person, capability, 2, on=today())
        rate(person, capability, 4, on=today())
        people.append(person)
    return people


@pytest.fixture
def group(course):
    cohort = CohortFactory(course=course.course, name="Thursday group")
    session = LiveSessionFactory(cohort=cohort, starts_at=timezone.now() - datetime.timedelta(days=1))
    return cohort, session


def figures_html(client, page) -> str:
    """The figures part of the page, without the minute they were worked out, worked out afresh."""
    cache.clear()
    html = client.get(page.url).content.decode()
    figures = html[html.index('id="figures-heading"') : html.index("Back to ")]
    return re.sub(r"They were worked out on [^.]*\.", "", figures)


# --- In the admin ------------------------------------------------------------------------------------------


def page_form(**fields) -> dict:
    return nested_form_data(
        {
            "title": "What changed",
            "slug": "what-changed",
            "introduction": "What you told us, and what we changed.",
            "figures_from": "2027-03-01",
            "figures_to": "2027-05-31",
            "show_people": "on",
            "you_said_we_did": streamfield(
                [("pair", {"said": "Sessions were too early.", "did": "We moved them to 11am."})]
            ),
            **fields,
        }
    )


def test_the_page_goes_only_under_a_course_once_and_has_no_children():
    assert WhatChangedPage.allowed_parent_page_models() == [CoursePage]
    assert WhatChangedPage.allowed_subpage_models() == []
    assert WhatChangedPage in CoursePage.allowed_subpage_models()
    assert WhatChangedPage not in ModulePage.allowed_subpage_models()
    assert WhatChangedPage.max_count_per_parent == 1


def test_an_editor_adds_it_under_a_course_as_a_draft_for_the_review(client, course, admin_user_factory):
    client.force_login(admin_user_factory(groups=("Editors",)))
    response = client.post(f"/admin/pages/add/reports/whatchangedpage/{course.course.pk}/", page_form())
    assert response.status_code == 302
    page = WhatChangedPage.objects.get()
    assert page.get_parent().pk == course.course.pk
    assert page.live is False, "like every page, it goes live only once the co-production review approves it"
    assert page.chosen_figures() == ["people"]
    assert page.you_said_we_did[0].value["did"] == "We moved them to 11am."
    # One per course: the admin no longer offers a second.
    again = client.get(f"/admin/pages/add/reports/whatchangedpage/{course.course.pk}/")
    assert again.status_code == 302 and WhatChangedPage.objects.count() == 1


def test_a_last_day_before_the_first_is_refused_at_the_field(client, course, admin_user_factory):
    client.force_login(admin_user_factory(groups=("Editors",)))
    response = client.post(
        f"/admin/pages/add/reports/whatchangedpage/{course.course.pk}/", page_form(figures_to="2027-02-28")
    )
    assert response.status_code == 200
    assert "The last day must be the same as the first day or after it." in response.content.decode()
    assert not WhatChangedPage.objects.exists()


def test_it_cannot_go_under_a_module(client, course, admin_user_factory):
    client.force_login(admin_user_factory(is_superuser=True))
    response = client.get(f"/admin/pages/add/reports/whatchangedpage/{course.modules[0].pk}/")
    assert (response.status_code, response.url) == (302, "/admin/")
    assert not WhatChangedPage.objects.exists()


# --- What the public sees ----------------------------------------------------------------------------------


def test_the_page_shows_the_chosen_figures_and_not_the_others(client, course, group):
    took_part(course, *group, 5)
    page = add_page(
        course.course,
        chosen=("people", "lessons"),
        you_said_we_did=[("pair", {"said": "We wanted <b>evening</b> sessions.", "did": "We added some."})],
    )
    html = client.get(page.url).content.decode()
    assert "What you told us, and what we changed." in html
    assert "We wanted &lt;b&gt;evening&lt;/b&gt; sessions." in html and "We added some." in html
    assert ">People who took part</h3>" in html and ">Lessons and modules done</h3>" in html
    assert '<th scope="row">Thursday group</th><td>5</td>' in html
    assert '<th scope="row">Lessons marked done</th><td>10</td>' in html  # five people, two lessons each
    assert '<th scope="row">Modules finished</th><td>5</td>' in html
    for key in set(TITLES) - {"people", "lessons"}:
        assert f">{TITLES[key]}</h3>" not in html, key
    assert WHY in html
    assert f"These figures cover {page.figures_from:%-d %B %Y} to {page.figures_to:%-d %B %Y}" in html


def test_every_figure_group_has_its_sentence_and_charts_have_their_table(client, course, group):
    took_part(course, *group, 5)
    html = client.get(add_page(course.course, chosen=EVERY_FIGURE).url).content.decode()
    for title in TITLES.values():
        assert f">{title}</h3>" in html
    assert "in the days chosen" not in html, "the admin's wording for its filter is not the public's"
    assert '<svg class="bar-chart__drawing"' in html
    assert '<th scope="row">Use or have used services</th><td>5</td>' in html  # the mix, in the chart's table
    assert '<th scope="row">Thursday group</th><td>5</td>' in html
    assert '<th scope="row">Up two steps or more</th><td>5</td>' in html  # confidence: 2 → 4 for all five
    assert '<th scope="row">Notice what helps</th><td>2.0</td>' in html
    assert '<th scope="row">Small wins logged</th><td>5</td>' in html


def test_a_figure_four_people_stand_behind_reads_fewer_than_5_and_says_why(client, course, group):
    took_part(course, *group, 4)
    html = client.get(add_page(course.course, chosen=EVERY_FIGURE).url).content.decode()
    assert f'<th scope="row">Thursday group</th><td>{HELD_BACK}</td>' in html
    assert f'<th scope="row">Lessons marked done</th><td>{HELD_BACK}</td>' in html
    assert f'<th scope="row">Notice what helps</th><td>{HELD_BACK}</td>' in html
    assert "<td>4</td>" not in html and "<td>8</td>" not in html
    assert WHY in html


def test_one_more_person_does_not_move_any_figure(client, course, group):
    """The differencing attack on the public page: look, let one more person take part in every way, look again.
    The figures are the same, so the difference says nothing about that person."""
    took_part(course, *group, 5)
    page = add_page(course.course, chosen=EVERY_FIGURE)
    before = figures_html(client, page)
    assert "<td>5</td>" in before
    took_part(course, *group, 1)
    assert figures_html(client, page) == before
    took_part(course, *group, 4)  # five new people: now the figures may move, standing on five
    assert figures_html(client, page) != before


def test_the_page_holds_nothing_anyone_wrote(client, course, written):
    page = add_page(course.course, chosen=EVERY_FIGURE)
    assert test_report_privacy.CANARY not in client.get(page.url).content.decode()
    client.force_login(UserFactory(is_superuser=True))
    assert test_report_privacy.CANARY not in client.get(page.url).content.decode()


def test_a_draft_is_not_shown(client, course):
    page = add_page(course.course, live=False)
    assert client.get(page.url).status_code == 404


# --- Worked out once an hour, and at once after a publish ----------------------------------------------------


def test_the_figures_are_kept_for_the_hour_and_the_page_says_when_they_were_worked_out(client, course, group):
    took_part(course, *group, 5)
    page = add_page(course.course, chosen=("people",))
    first = client.get(page.url).content.decode()
    assert f"They were worked out on {timezone.localdate():%-d %B %Y} at" in first
    took_part(course, *group, 5)
    assert '<th scope="row">Thursday group</th><td>5</td>' in client.get(page.url).content.decode()
    # Publishing (here: the page with one more figure) works them out afresh, so an editor sees the change at once.
    page.show_lessons = True
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<th scope="row">Thursday group</th><td>10</td>' in html
    assert ">Lessons and modules done</h3>" in html


# --- Nothing else about the course changes -----------------------------------------------------------------


def shape(course) -> list[tuple[int, list[int]]]:
    """The course outline as ids: each module, with its lessons, in order."""
    return [
        (entry.module.pk, [lesson.pk for lesson in entry.lessons]) for entry in course_outline(course=course).modules
    ]


def test_the_course_outline_progress_and_certificate_rule_ignore_the_page(client, course):
    before = shape(course.course)
    add_page(course.course, chosen=EVERY_FIGURE)
    assert shape(course.course) == before
    last = course.lessons[-1][-1]
    assert lesson_position(page=last).next is None, "the course's last lesson still leads nowhere"
    html = client.get(course.course.url).content.decode()
    assert "2 modules, 4 lessons" in html
    assert "Module 3" not in html

    person = UserFactory()
    for lesson in LessonPage.objects.live().descendant_of(course.course):
        lesson_complete(user=person, lesson=lesson)
    progress = course_progress(user=person, course=course.course)
    assert (progress.done, progress.total, progress.is_complete) == (4, 4, True)
    assert certificate_issue(user=person, course=course.course).course_id == course.course.pk


def test_the_course_page_links_to_the_page_only_once_it_is_live(client, course):
    page = add_page(course.course, live=False)
    assert page.url not in client.get(course.course.url).content.decode()
    page.save_revision().publish()
    html = client.get(course.course.url).content.decode()
    assert f'<a href="{page.url}">What changed</a>' in html
    assert client.get(page.url).status_code == 200


# --- Queries: the same whatever the number of people --------------------------------------------------------

# Measured, every figure group: one gated tally per figure kind, plus the groups, sessions, course and statements the
# rows are for (the mix 2, completion 5, attendance 2, small steps 2, confidence 2).
FIGURE_QUERIES = 13
# Wagtail's site and its root page, the page itself (found by its address) and its course: the figures, the support
# link and the outline for the breadcrumbs come from the cache.
PAGE_QUERIES = 4


@pytest.mark.parametrize("groups, people", [(1, 5), (4, 12)])
def test_the_figures_cost_the_same_queries_for_one_group_or_many(course, django_assert_max_num_queries, groups, people):
    for _ in range(groups):
        cohort = CohortFactory(course=course.course)
        session = LiveSessionFactory(cohort=cohort, starts_at=timezone.now() - datetime.timedelta(days=1))
        took_part(course, cohort, session, people)
    with django_assert_max_num_queries(FIGURE_QUERIES):
        sections = sections_for(
            course=course.course, start=today() - datetime.timedelta(days=1), end=today(), chosen=EVERY_FIGURE
        )
    assert len(sections) == len(EVERY_FIGURE)


@pytest.mark.parametrize("groups, people", [(1, 5), (4, 12)])
def test_the_page_and_the_course_page_cost_the_same_queries_for_one_group_or_many(course, page_within, groups, people):
    for _ in range(groups):
        cohort = CohortFactory(course=course.course)
        session = LiveSessionFactory(cohort=cohort, starts_at=timezone.now() - datetime.timedelta(days=1))
        took_part(course, cohort, session, people)
    page = add_page(course.course, chosen=EVERY_FIGURE)
    assert "Small wins logged" in page_within(page.url, PAGE_QUERIES)
    assert page.url in page_within(course.course.url, COURSE_QUERIES), "the link costs the course page nothing"


def test_working_the_figures_out_reads_every_report_once(course, group):
    took_part(course, *group, 5)
    with CaptureQueriesContext(connection) as both:
        sections_for(course=course.course, start=None, end=None, chosen=["lessons", "finished"])
    with CaptureQueriesContext(connection) as one:
        sections_for(course=course.course, start=None, end=None, chosen=["lessons"])
    assert len(both) == len(one), "lessons and courses finished share the completion report"
