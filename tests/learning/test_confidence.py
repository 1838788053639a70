"""Confidence check-ins ("Where am I now?"), a person's own chart of them, and the group view facilitators get."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cohorts.models import Role
from courses.models import CourseCapability
from learning.confidence_selectors import CapabilityHistory, ConfidencePoint, confidence_history
from learning.models import ConfidenceCheck, CourseFollow
from learning.services.confidence import CONFIDENCE_WORDS, confidence_record
from learning.views.confidence import confidence_chart
from tests.factories import CohortFactory, MembershipFactory, UserFactory, build_course

pytestmark = pytest.mark.django_db

# Measured: 7 queries for the page at 1 check-in on 3 statements and at 30 check-ins on 5 (session, user, the course,
# its statements, the person's check-ins, then the site and its support settings for the base template). An N+1 —
# check-ins fetched per statement, or a statement looked up per check-in to label a chart point or table row — would
# grow with the larger case and fail it.
CONFIDENCE_PAGE_QUERIES = 7


@pytest.fixture
def capabilities(course):
    """The course's three statements, in course order (the builder makes the first)."""
    first = course.course.capabilities.get()
    second = CourseCapability.objects.create(course=course.course, text="Listen without fixing", sort_order=1)
    third = CourseCapability.objects.create(course=course.course, text="Find a community group", sort_order=2)
    return [first, second, third]


def url(course) -> str:
    return f"/journal/confidence/{course.course.pk}/"


def check_in(user, course, ratings: dict, *, days_ago: int) -> list[ConfidenceCheck]:
    """A check-in made through the service, then moved back in time."""
    checks = confidence_record(user=user, course=course.course, ratings=ratings)
    when = timezone.now() - datetime.timedelta(days=days_ago)
    ConfidenceCheck.objects.filter(pk__in=[check.pk for check in checks]).update(checked_at=when)
    return checks


def field(capability) -> str:
    return f"rating_{capability.pk}"


# The service


def test_a_check_in_saves_one_row_per_rated_statement_at_one_time(user, course, capabilities):
    first, second, _ = capabilities
    checks = confidence_record(user=user, course=course.course, ratings={first.pk: 2, second.pk: 4})
    saved = ConfidenceCheck.objects.filter(user=user).order_by("capability__sort_order")
    assert [(c.capability_id, c.rating) for c in saved] == [(first.pk, 2), (second.pk, 4)]
    assert len({c.checked_at for c in saved}) == 1
    assert {c.pk for c in checks} == {c.pk for c in saved}


@pytest.mark.parametrize(
    "ratings, message",
    [
        ("nothing", "at least one statement"),
        ("other-course", "not part of this course"),
        ("no-such-id", "not part of this course"),
        ("huge-id", "not part of this course"),
        ("rating-9", "one of the five steps"),
        ("rating-0", "one of the five steps"),
        ("rating-text", "one of the five steps"),
        ("rating-bool", "one of the five steps"),
    ],
)
def test_the_service_refuses_bad_check_ins_and_saves_nothing(user, course, capabilities, site_pages, ratings, message):
    first = capabilities[0]
    other = build_course(site_pages[1], title="Another course").course.capabilities.get()
    bad = {
        "other-course": {first.pk: 3, other.pk: 3},
        "no-such-id": {first.pk: 3, 999_999: 3},
        "huge-id": {first.pk: 3, 2**70: 3},
        "rating-9": {first.pk: 3, capabilities[1].pk: 9},
        "rating-0": {first.pk: 0},
        "rating-text": {first.pk: "3"},
        "rating-bool": {first.pk: True},
        "nothing": {},
    }[ratings]
    with pytest.raises(ValidationError, match=message):
        confidence_record(user=user, course=course.course, ratings=bad)
    assert not ConfidenceCheck.objects.exists()


def test_every_step_has_kind_plain_words():
    assert list(CONFIDENCE_WORDS) == [1, 2, 3, 4, 5]
    assert CONFIDENCE_WORDS[1].startswith("Not yet") and CONFIDENCE_WORDS[5].startswith("Confident")


# The person's own history


def test_history_is_per_statement_in_course_order_oldest_first_and_only_mine(
    user, course, capabilities, django_assert_num_queries
):
    first, second, third = capabilities
    check_in(user, course, {first.pk: 1, second.pk: 2}, days_ago=20)
    check_in(user, course, {first.pk: 3}, days_ago=10)
    check_in(user, course, {first.pk: 4, second.pk: 3}, days_ago=1)
    check_in(UserFactory(), course, {first.pk: 5, third.pk: 5}, days_ago=5)

    with django_assert_num_queries(2):
        history = confidence_history(user=user, course=course.course)

    assert [entry.capability for entry in history] == [first, second, third]
    assert [point.rating for point in history[0].points] == [1, 3, 4]
    assert [point.rating for point in history[1].points] == [2, 3]
    assert history[2].points == []
    dates = [point.date for point in history[0].points]
    assert dates == sorted(dates) and dates[0] == timezone.localdate(timezone.now() - datetime.timedelta(days=20))
    assert history[0].latest.rating == 4


def test_the_chart_is_drawn_from_numbers_only():
    single = confidence_chart(_history([3]))
    assert len(single.points) == 1 and single.points[0].x == "190"  # one check-in sits in the middle
    many = confidence_chart(_history([1, 2, 3, 4, 5, 4] * 5))
    assert len(many.dates) == 3 and many.dates[0].anchor == "start" and many.dates[-1].anchor == "end"
    ys = {point.rating: float(point.y) for point in many.points}
    assert ys[5] < ys[4] < ys[3] < ys[2] < ys[1]  # higher up means more confident
    assert confidence_chart(_history([])) is None


def _history(ratings):
    start = timezone.now() - datetime.timedelta(days=len(ratings))
    points = [ConfidencePoint(start + datetime.timedelta(days=n), rating) for n, rating in enumerate(ratings)]
    return CapabilityHistory(capability=None, points=points)


# The page


def test_the_page_needs_an_account(client, course):
    response = client.get(url(course))
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_the_page_offers_each_statement_with_five_worded_steps(client, user, course, capabilities):
    client.force_login(user)
    html = client.get(url(course)).content.decode()
    assert html.count("<fieldset") == 3
    for capability in capabilities:
        assert f"<legend>{capability.text}</legend>" in html
    for words in CONFIDENCE_WORDS.values():
        assert html.count(words) == 3
    assert "After your first check-in you will see here how things change over time." in html
    assert "<svg" not in html


def test_check_in_then_see_the_chart_and_the_table(client, user, course, capabilities):
    first, second, _ = capabilities
    check_in(user, course, {first.pk: 2}, days_ago=14)
    client.force_login(user)
    response = client.post(url(course), {field(first): "4", field(second): "3"})
    assert response.status_code == 302 and response.url == url(course)
    assert ConfidenceCheck.objects.filter(user=user).count() == 3

    html = client.get(url(course)).content.decode()
    assert "Saved. Thank you for taking a moment to notice where you are." in html
    assert "How it has changed" in html
    assert html.count('role="img"') == 2  # one chart per statement answered
    assert f'aria-labelledby="chart-{first.pk}-title chart-{first.pk}-desc"' in html
    assert f"How your confidence in “{first.text}” has changed" in html
    assert "First, on" in html and "step 2 of 5, “Starting to”" in html and "step 4 of 5, “Fairly confident”" in html
    assert "<polyline" in html and 'viewBox="0 0 360 196"' in html
    assert f'<caption id="table-{first.pk}-caption">Your check-ins for “{first.text}”, oldest first</caption>' in html
    assert '<th scope="col">Date</th>' in html and '<th scope="row">' in html
    assert "2. Starting to – I’ve begun to try this" in html and "4. Fairly confident" in html
    assert "You have not checked in on this one yet." in html  # the third statement
    assert "Last time, on" in html


def test_another_persons_ratings_never_appear(client, user, course, capabilities):
    first = capabilities[0]
    check_in(UserFactory(), course, {first.pk: 5}, days_ago=3)
    client.force_login(user)
    html = client.get(url(course)).content.decode()
    changes = html.split("How it has changed")[1]
    assert "<svg" not in changes and "Last time" not in html

    check_in(user, course, {first.pk: 1}, days_ago=1)
    changes = client.get(url(course)).content.decode().split("How it has changed")[1]
    assert changes.count("<circle") == 1 and changes.count('<tr><th scope="row">') == 1
    assert "1. Not yet" in changes and "5. Confident" not in changes and "step 5" not in changes


@pytest.mark.parametrize(
    "post, message",
    [
        ("nothing", "Choose where you are now for at least one statement."),
        ("rating-9", "Choose one of the five steps for this statement."),
        ("rating-text", "Choose one of the five steps for this statement."),
        ("forged-id", "One of the statements is not part of this course. Nothing was saved"),
        ("garbage-id", "One of the statements is not part of this course. Nothing was saved"),
    ],
)
def test_bad_input_gets_a_clear_message_and_saves_nothing(
    client, user, course, capabilities, site_pages, post, message
):
    first, second, _ = capabilities
    other = build_course(site_pages[1], title="Another course").course.capabilities.get()
    data = {
        "rating-9": {field(first): "3", field(second): "9"},
        "rating-text": {field(first): "<b>3</b>"},
        "forged-id": {field(first): "3", field(other): "3"},
        "garbage-id": {field(first): "3", "rating_x<script>": "3"},
        "nothing": {},
    }[post]
    client.force_login(user)
    response = client.post(url(course), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and message in html and "<script>" not in html
    assert not ConfidenceCheck.objects.exists()


def test_the_missing_answer_error_links_to_the_first_statement(client, user, course, capabilities):
    client.force_login(user)
    html = client.post(url(course), {}).content.decode()
    first_option = f"id_{field(capabilities[0])}_0"  # a group of radios: the first of them, as GOV.UK does
    assert f'href="#{first_option}"' in html and f'id="{first_option}"' in html


@pytest.mark.parametrize("which", ["draft", "unknown", "huge"])
def test_a_course_that_is_not_live_or_does_not_exist_is_a_404(client, user, course, which):
    if which == "draft":
        course.course.unpublish()
    course_id = {"draft": course.course.pk, "unknown": 999_999, "huge": 2**70}[which]
    client.force_login(user)
    assert client.get(f"/journal/confidence/{course_id}/").status_code == 404
    assert client.post(f"/journal/confidence/{course_id}/", {}).status_code == 404


def test_the_index_lists_the_courses_i_follow(client, user, course, capabilities, site_pages):
    other = build_course(site_pages[1], title="Not followed")
    CourseFollow.objects.create(user=user, course=course.course, last_active_at=timezone.now())
    check_in(user, course, {capabilities[0].pk: 3}, days_ago=2)
    client.force_login(user)
    html = client.get("/journal/confidence/").content.decode()
    assert f'href="{url(course)}"' in html and course.course.title in html
    assert "You last checked in on" in html
    assert other.course.title not in html


def test_the_index_without_followed_courses_points_to_the_catalogue(client, user, site_pages):
    client.force_login(user)
    assert "You are not following a course yet" in client.get("/journal/confidence/").content.decode()


@pytest.fixture(params=[1, 30], ids=["1-check-in", "30-check-ins"])
def checked_in(request, user, course, capabilities):
    """N check-ins, each on every statement; the larger case also has more statements. Returns the dots drawn."""
    if request.param > 1:
        capabilities += [
            CourseCapability.objects.create(course=course.course, text=f"Statement {n}", sort_order=n) for n in (3, 4)
        ]
    for n in range(request.param):
        check_in(user, course, {capability.pk: n % 5 + 1 for capability in capabilities}, days_ago=request.param - n)
    return request.param * len(capabilities)


def test_the_page_costs_the_same_queries_at_1_and_30_check_ins(
    client, user, course, checked_in, django_assert_max_num_queries
):
    client.force_login(user)
    client.get(url(course))  # warm up: Wagtail's site root paths
    with django_assert_max_num_queries(CONFIDENCE_PAGE_QUERIES):
        response = client.get(url(course))
    assert response.status_code == 200
    assert response.content.decode().count("<circle") == checked_in


# What facilitators see


@pytest.fixture
def group(course, capabilities):
    cohort = CohortFactory(course=course.course)
    facilitator = UserFactory(display_name="Priya")
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR, perspective="")
    return cohort, facilitator


def add_members(cohort, count: int) -> list:
    people = [UserFactory() for _ in range(count)]
    for person in people:
        MembershipFactory(cohort=cohort, user=person)
    return people


def group_url(cohort) -> str:
    return f"/cohorts/{cohort.slug}/facilitate/confidence/"


def test_the_group_view_sends_facilitators_to_the_groups_figures_behind_the_gate(client, course, capabilities, group):
    """A plain average of latest answers let a facilitator read one person's new rating by comparing visits; the
    group's confidence is now one of its gated figures (tests/reports/ plays that attack)."""
    cohort, facilitator = group
    for person, rating in zip(add_members(cohort, 6), [4, 4, 4, 4, 4, 1], strict=True):
        check_in(person, course, {capabilities[0].pk: rating}, days_ago=1)

    client.force_login(facilitator)
    response = client.get(group_url(cohort))

    assert response.status_code == 302
    assert response.url == f"/cohorts/{cohort.slug}/facilitate/reports/#confidence"
    page = client.get(response.url).content.decode()
    assert 'id="confidence"' in page and "on average" not in page


def test_only_this_groups_facilitators_see_the_group_view(client, course, group, site_pages):
    cohort, _ = group
    member = add_members(cohort, 1)[0]
    elsewhere = CohortFactory(course=course.course)
    other_facilitator = UserFactory()
    MembershipFactory(cohort=elsewhere, user=other_facilitator, role=Role.PEER_FACILITATOR, perspective="")

    for person in (member, other_facilitator, UserFactory()):
        client.force_login(person)
        assert client.get(group_url(cohort)).status_code == 404
    client.logout()
    response = client.get(group_url(cohort))
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
