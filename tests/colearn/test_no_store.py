"""Nothing personal is kept in a browser's or a proxy's cache: on a shared computer the Back button, or the cache on
disk, must not show the last person's journal. Checked by mechanism: every named URL in the resolver is visited
signed in, and every answer must say `Cache-Control: no-store`. A new URL the table below cannot fill fails the
test, so nothing slips through unchecked."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.cache import get_max_age
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cohorts.models import CalendarFeed, Role
from cohorts.services import facilitator_note_add, question_ask
from learning.models import Response, Visibility
from learning.services.connections import connection_create
from learning.services.journal import check_in_request, entry_create
from learning.services.responses import response_create
from tests.factories import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

# Views that set Cache-Control themselves, on purpose. Anything else must be no-store when signed in.
OWN_CACHE_CONTROL = {
    # Fetched by calendar apps with no session (the token is the key); it has its own private, short cache.
    "cohorts:calendar_feed": "private",
}


def named_urls(patterns=None, prefix: str = "", namespace: str = ""):
    """(name, route, converter names) of every named URL, walking included resolvers and namespaces."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else pattern.namespace
            yield from named_urls(pattern.url_patterns, prefix + str(pattern.pattern), inner or namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, prefix + str(pattern.pattern), pattern.pattern.regex.groupindex


@pytest.fixture
def world(course):
    """Real objects for every kind of URL argument, owned or run by one signed-in person (also a superuser, so
    facilitator and CMS pages answer 200 rather than 404)."""
    person = UserFactory(is_superuser=True, display_name="Robin")
    other = UserFactory(display_name="Sam")
    lesson = course.lessons[0][0]
    cohort = CohortFactory(course=course.course)
    MembershipFactory(cohort=cohort, user=person, role=Role.FACILITATOR, perspective="")
    MembershipFactory(cohort=cohort, user=other, role=Role.MEMBER)
    mine = entry_create(author=person, text="A private thought", visibility=Visibility.PRIVATE)
    theirs = entry_create(author=other, text="Shared with the group", visibility=Visibility.COHORT, cohort=cohort)
    response = response_create(entry=theirs, author=person, text="Thank you for sharing.", notify=False)
    document = Document.objects.create(title="Take-away", file=ContentFile(b"notes", name="take-away.txt"))
    page_restriction = PageViewRestriction.objects.create(page=lesson, restriction_type="password", password="x")
    collection = Collection.get_first_root_node().add_child(name="Locked")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="x"
    )
    session = LiveSessionFactory(cohort=cohort)
    application = ApplicationFactory(cohort=cohort, user=UserFactory())
    feed = CalendarFeed.objects.create(user=person)
    own_check_in = check_in_request(user=person, cohort=cohort, notify=False)
    their_check_in = check_in_request(user=other, cohort=cohort, notify=False)
    question = question_ask(cohort=cohort, author=person, text="When do we start?", show_name=False, notify=False)
    note = facilitator_note_add(cohort=cohort, author=person, text="Plan: a slower start next week.")
    connection = connection_create(author=person, name="The library", next_step="Ask about the reading group")
    return {
        "person": person,
        # URL name -> (args, kwargs) for every named URL that takes arguments.
        "fill": {
            "wagtaildocs_serve": ([document.pk, "take-away.txt"], {}),
            "wagtaildocs_authenticate_with_password": ([], {"restriction_id": collection_restriction.pk}),
            "wagtailcore_authenticate_with_password": (
                [],
                {"page_view_restriction_id": page_restriction.pk, "page_id": lesson.pk},
            ),
            "wagtail_serve": ([lesson.url.lstrip("/")], {}),
            "account_confirm_email": ([], {"key": "no-such-key"}),
            "account_reset_password_from_key": ([], {"uidb36": "zz", "key": "no-such-key"}),
            "community:place": ([], {"slug": "no-such-place"}),
            "cohorts:withdraw": ([], {"application_id": application.pk}),
            "cohorts:calendar_feed": ([], {"token": feed.token}),
            "cohorts:apply": ([], {"slug": cohort.slug}),
            "cohorts:join": ([], {"slug": cohort.slug, "code": cohort.invite_code}),
            "cohorts:space": ([], {"slug": cohort.slug}),
            "cohorts:visibility": ([], {"slug": cohort.slug}),
            "cohorts:profile_sharing": ([], {"slug": cohort.slug}),
            "cohorts:leave": ([], {"slug": cohort.slug}),
            "cohorts:session_ics": ([], {"slug": cohort.slug, "session_id": session.pk}),
            "cohorts:facilitate": ([], {"slug": cohort.slug}),
            "cohorts:decide": ([], {"slug": cohort.slug, "application_id": application.pk}),
            "cohorts:invite_replace": ([], {"slug": cohort.slug}),
            "cohorts:session_new": ([], {"slug": cohort.slug}),
            "cohorts:session_edit": ([], {"slug": cohort.slug, "session_id": session.pk}),
            "cohorts:session_cancel": ([], {"slug": cohort.slug, "session_id": session.pk}),
            "cohorts:register": ([], {"slug": cohort.slug, "session_id": session.pk}),
            "cohorts:session": ([], {"slug": cohort.slug, "session_id": session.pk}),
            "cohorts:session_check_in": ([], {"slug": cohort.slug, "session_id": session.pk}),
            "cohorts:session_catch_up": ([], {"slug": cohort.slug, "session_id": session.pk}),
            "cohorts:modules": ([], {"slug": cohort.slug}),
            "cohorts:announce": ([], {"slug": cohort.slug}),
            "cohorts:notes": ([], {"slug": cohort.slug}),
            "cohorts:note_edit": ([], {"slug": cohort.slug, "note_id": note.pk}),
            "cohorts:note_delete": ([], {"slug": cohort.slug, "note_id": note.pk}),
            "cohorts:hours": ([], {"slug": cohort.slug}),
            "cohorts:member_add": ([], {"slug": cohort.slug}),
            "cohorts:sign_in_card": ([], {"slug": cohort.slug}),
            "cohorts:sign_in_codes": ([], {"slug": cohort.slug}),
            "cohorts:questions": ([], {"slug": cohort.slug}),
            "cohorts:question_answer": ([], {"slug": cohort.slug, "question_id": question.pk}),
            "cohorts:question_delete": ([], {"slug": cohort.slug, "question_id": question.pk}),
            "cohorts:question_hide": ([], {"slug": cohort.slug, "question_id": question.pk}),
            "lesson_progress_update": ([], {"lesson_id": lesson.pk}),
            "try_commit": ([], {"lesson_id": lesson.pk}),
            "course_follow_update": ([], {"course_id": course.course.pk}),
            "certificate": ([], {"course_id": course.course.pk}),
            "certificate_verify": ([], {"code": "no-such-certificate"}),
            "cohort_progress": ([], {"slug": cohort.slug}),
            "cohort_feed": ([], {"slug": cohort.slug}),
            "partner": ([], {"slug": cohort.slug}),
            "partner_invite": ([], {"slug": cohort.slug}),
            "partner_answer": ([], {"slug": cohort.slug}),
            "partner_end": ([], {"slug": cohort.slug}),
            "journal_entry": ([], {"entry_id": mine.pk}),
            "journal_edit": ([], {"entry_id": mine.pk}),
            "journal_delete": ([], {"entry_id": mine.pk}),
            "journal_outcome": ([], {"entry_id": mine.pk}),
            "try_let_go": ([], {"entry_id": mine.pk}),
            "try_small_win": ([], {"entry_id": mine.pk}),
            "response_new": ([], {"entry_id": theirs.pk}),
            "response_edit": ([], {"response_id": response.pk}),
            "response_delete": ([], {"response_id": response.pk}),
            "response_hide": ([], {"response_id": response.pk}),
            "response_show_again": ([], {"response_id": response.pk}),
            "confidence": ([], {"course_id": course.course.pk}),
            "cohort_confidence": ([], {"slug": cohort.slug}),
            "reports:group_reports": ([], {"slug": cohort.slug}),
            "reports:group_reports_csv": ([], {"slug": cohort.slug}),
            "check_in": ([], {"check_in_id": own_check_in.pk}),
            "connection": ([], {"connection_id": connection.pk}),
            "connection_edit": ([], {"connection_id": connection.pk}),
            "connection_share": ([], {"connection_id": connection.pk}),
            "connection_unshare": ([], {"connection_id": connection.pk}),
            "connection_delete": ([], {"connection_id": connection.pk}),
            "cohort_check_ins": ([], {"slug": cohort.slug}),
            "cohort_check_in": ([], {"slug": cohort.slug, "check_in_id": their_check_in.pk}),
            "cohort_check_in_state": ([], {"slug": cohort.slug, "check_in_id": their_check_in.pk}),
        },
    }


def is_wagtail_admin(route: str) -> bool:
    return route.startswith("admin/")


def takes_arguments(route: str, groups) -> bool:
    return bool(groups) or "<" in route or bool(re.search(r"\((?!\?:)", route))


def test_every_page_for_a_signed_in_person_is_never_cached(world):
    client = Client(raise_request_exception=False)  # Wagtail has a page that fails on purpose (failwhale)
    person = world["person"]
    unfilled, cached, answered = [], [], {}
    for name, route, groups in named_urls():
        if is_wagtail_admin(route) and takes_arguments(route, groups):
            # Wagtail decorates every admin URL with never_cache (no-store); its argument-free pages below are
            # visited like any other, which proves the decoration and this middleware together.
            continue
        if takes_arguments(route, groups):
            if name not in world["fill"]:
                unfilled.append(f"{name} ({route})")
                continue
            args, kwargs = world["fill"][name]
            url = reverse(name, args=args, kwargs=kwargs)
        else:
            url = reverse(name)
        if "_auth_user_id" not in client.session:  # a real sign-in, so pages that ask for a recent one answer
            client.post("/accounts/login/", {"login": person.email, "password": DEFAULT_PASSWORD})
        response = client.get(url)
        answered[name] = response.status_code
        header = response.get("Cache-Control", "")
        if name in OWN_CACHE_CONTROL:
            assert OWN_CACHE_CONTROL[name] in header, f"{name}: {header!r}"
            continue
        if "no-store" not in header:
            cached.append(f"{name} {url} -> {response.status_code}, Cache-Control: {header!r}")
    assert not unfilled, (
        "These URL names take arguments the no-store walk cannot fill. Add a real object for each to "
        "world['fill'] in tests/colearn/test_no_store.py:\n" + "\n".join(unfilled)
    )
    assert not cached, "Pages a signed-in person can reach that a browser may cache:\n" + "\n".join(cached)
    # The walk reached the pages that matter, not only refusals and redirects. (Export and print ask for the
    # password again first; the walk still checked what they answered.)
    for name in [
        "dashboard",
        "journal",
        "journal_new",
        "journal_entry",
        "journal_edit",
        "profile",
        "preferences",
        "cohorts:space",
        "cohorts:facilitate",
        "cohort_feed",
        "cohorts:calendar",
        "mfa_index",
        "account_email",
        "usersessions_list",
        "wagtailadmin_home",
    ]:
        assert answered.get(name) == 200, f"{name} answered {answered.get(name)}, not 200"
    assert Response.objects.filter(pk__isnull=False).exists()  # nothing in the walk deleted what it reads


def test_pages_for_people_not_signed_in_can_be_cached_but_account_pages_cannot(client, course):
    home = client.get("/")
    assert home.status_code == 200 and "no-store" not in home.get("Cache-Control", "")
    for url in ("/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"):
        assert "no-store" in client.get(url)["Cache-Control"], url


def test_the_calendar_feed_still_works_for_calendar_apps_without_a_session(client, world):
    feed = CalendarFeed.objects.get(user=world["person"])
    response = client.get(reverse("cohorts:calendar_feed", kwargs={"token": feed.token}))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in response.content
    assert get_max_age(response) == 900 and "no-store" not in response["Cache-Control"]
