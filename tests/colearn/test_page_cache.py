"""The anonymous page cache (colearn.page_cache): a signed-out visitor's second look at a page costs no query, a
signed-in person always gets their own live page, and every change a signed-out visitor could see shows at once."""

import datetime
import re

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageViewRestriction, Site

from cohorts.models import Cohort, Role
from colearn import page_cache
from colearn.models import SupportSettings
from tests.factories import CohortFactory, MembershipFactory, ThemeFactory, UserFactory, build_course
from tests.factories.courses import easy_read

pytestmark = pytest.mark.django_db

HIT, MISS = "hit", "miss"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.COLEARN_PAGE_CACHE_SECONDS = 600
    # Each test starts with nothing stored (the suite's cache is in memory and shared by every test).
    page_cache.clear()


def status(response) -> str:
    return response.headers.get(page_cache.STATUS_HEADER, "")


def urls_of(course) -> dict[str, str]:
    return {
        "home": "/",
        "catalogue": course.course.get_parent().url,
        "course": course.course.url,
        "module": course.modules[0].url,
        "lesson": course.lessons[0][0].url,
    }


@pytest.mark.parametrize("kind", ["home", "catalogue", "course", "module", "lesson"])
def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(client, course, kind):
    url = urls_of(course)[kind]
    with CaptureQueriesContext(connection) as building:
        first = client.get(url)
    assert first.status_code == 200 and status(first) == MISS
    assert len(building) > 0, "building the page reads the database"
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert status(second) == HIT
    assert len(queries) == 0, [query["sql"] for query in queries]
    assert second.content == first.content
    # Per request, never replayed from the stored copy.
    assert second["X-Request-ID"] != first["X-Request-ID"]


def test_a_visit_without_cookies_is_served_before_sessions_and_sign_in_run(client, course, monkeypatch):
    """FetchSignedOutPageMiddleware answers a cookie-less visit before anyone asks who is signed in; with any session
    cookie (even a stale one) the request goes through the stack to FetchPageMiddleware, which asks."""
    from django.contrib import auth

    url = course.lessons[0][0].url
    assert status(client.get(url)) == MISS
    asked = []
    real_get_user = auth.get_user
    monkeypatch.setattr(auth, "get_user", lambda request: asked.append(1) or real_get_user(request))
    assert status(client.get(url)) == HIT
    assert asked == [], "a cookie-less visit is answered before the person is looked up"

    client.cookies[settings.SESSION_COOKIE_NAME] = "stale-session-key"
    assert status(client.get(url)) == HIT
    assert asked, "with a session cookie, who is signed in is checked first"


def test_the_stored_page_keeps_its_own_security_policy_and_tells_browsers_nothing_new(client, course):
    url = course.lessons[0][0].url
    first = client.get(url)
    second = client.get(url)
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "Cookie" in second["Vary"]
    # A browser must not keep the anonymous copy: after signing in, the same address must reach the server.
    assert "max-age" not in second.get("Cache-Control", "") and not second.has_header("Expires")
    assert not second.cookies


def test_a_signed_in_person_gets_their_own_live_page_and_it_is_never_stored(client, course):
    url = course.lessons[0][0].url
    client.get(url)  # stored for signed-out visitors
    person = UserFactory(display_name="Robin")
    client.force_login(person)
    mine = client.get(url)
    assert status(mine) == ""
    assert "Mark as done" in mine.content.decode()
    assert "no-store" in mine["Cache-Control"]

    # What Robin saw is not what the next signed-out visitor gets.
    client.logout()
    page_cache.clear()
    client.force_login(person)
    client.get(url)
    client.logout()
    anonymous = client.get(url)
    assert status(anonymous) == MISS
    assert "Mark as done" not in anonymous.content.decode()


def test_a_visitor_with_a_message_waiting_gets_it_on_a_fresh_page_that_is_not_kept(client, course):
    url = course.course.url
    client.get(url)
    person = UserFactory()
    client.force_login(person)
    client.post("/accounts/logout/")  # allauth says "You have signed out." on the next page
    with_message = client.get(url)
    assert status(with_message) == ""
    assert "signed out" in with_message.content.decode()
    assert "signed out" not in client.get(url).content.decode()


def test_the_easy_read_version_is_kept_apart_from_the_standard_one(client, course):
    lesson = course.lessons[0][0]
    lesson.easy_read = easy_read("<p>The easy-read words.</p>")
    lesson.save_revision().publish()
    standard, easy = lesson.url, f"{lesson.url}?version=easy-read"
    assert client.get(standard).status_code == 200
    assert status(client.get(easy)) == MISS
    assert "The easy-read words." in client.get(easy).content.decode()
    assert status(client.get(standard)) == HIT
    assert "The easy-read words." not in client.get(standard).content.decode()


def fresh_after(client, url: str, change) -> str:
    """The page at `url` as a signed-out visitor sees it right after `change`, having been stored before it."""
    client.get(url)
    assert status(client.get(url)) == HIT
    change()
    response = client.get(url)
    assert status(response) != HIT, f"{url} was served from the cache after the change"
    return response.content.decode()


def test_publishing_shows_at_once(client, course):
    lesson = course.lessons[0][0]

    def publish():
        lesson.title = "A lesson with a new name"
        lesson.save_revision().publish()

    assert "A lesson with a new name" in fresh_after(client, course.modules[0].url, publish)


def test_unpublishing_shows_at_once(client, course):
    lesson = course.lessons[0][1]
    fresh_after(client, lesson.url, lesson.unpublish)
    assert client.get(lesson.url).status_code == 404


def test_moving_a_page_shows_at_once(client, course):
    lesson = course.lessons[0][1]
    empty = course.add_module(title="A module still being written")
    page = fresh_after(client, empty.url, lambda: lesson.move(empty, pos="last-child"))
    assert lesson.title in page


def test_deleting_a_page_shows_at_once(client, course):
    lesson = course.lessons[0][1]
    assert lesson.title in client.get(course.modules[0].url).content.decode()
    page = fresh_after(client, course.modules[0].url, lambda: Page.objects.get(pk=lesson.pk).delete())
    assert lesson.title not in page


def test_scheduled_publishing_shows_at_once(client, course):
    lesson = course.lessons[1][0]
    lesson.title = "Published while nobody watched"
    revision = lesson.save_revision(approved_go_live_at=timezone.now() + datetime.timedelta(minutes=5))

    def time_passes_and_the_scheduler_runs():
        type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=timezone.now())
        call_command("publish_scheduled")

    assert "Published while nobody watched" in fresh_after(
        client, course.modules[1].url, time_passes_and_the_scheduler_runs
    )


def test_a_page_made_private_is_never_served_from_the_cache_again(client, course):
    lesson = course.lessons[0][0]
    fresh_after(client, lesson.url, lambda: PageViewRestriction.objects.create(page=lesson, restriction_type="login"))
    assert client.get(lesson.url).status_code == 302  # to the sign-in page


def test_a_new_cohort_and_its_free_places_show_at_once(client, course):
    url = course.course.url
    page = fresh_after(client, url, lambda: CohortFactory(course=course.course, name="Autumn group", capacity=3))
    assert "Autumn group" in page and "3 left" in page
    cohort = Cohort.objects.get(name="Autumn group")
    joined = fresh_after(client, url, lambda: MembershipFactory(cohort=cohort, user=UserFactory(), role=Role.MEMBER))
    assert "2 left" in joined


def test_a_new_support_page_shows_in_the_header_at_once(client, course, site_pages):
    home, _ = site_pages
    support = SupportSettings.for_site(Site.objects.get(is_default_site=True))

    def point_at_a_support_page():
        support.support_page = home
        support.save()

    assert "Need support now?" in fresh_after(client, course.lessons[0][0].url, point_at_a_support_page)


# Tables an anonymous page reads whose rows change nothing it shows between changes of a watched model or a page.
SHOWS_NOTHING_THAT_CHANGES = {
    "contenttypes.ContentType",  # fixed by migrations
    "wagtailcore.Locale",  # fixed by migrations (one locale)
    "wagtailcore.Revision",  # drafts; the live content is on the page row, whose every save clears the cache
    "wagtailimages.Rendition",  # made on first use from an image, which is watched
}


def tables_read(sql_statements) -> set[str]:
    names = set()
    for sql in sql_statements:
        names.update(re.findall(r'(?:FROM|JOIN)\s+"?(\w+)"?', sql))
    return names


def test_every_model_an_anonymous_page_reads_clears_the_cache_when_it_changes(client, site_pages):
    """By mechanism: render every kind of page with everything that can show on it, collect the tables the
    queries read, and require each to be a page model (cleared on every save, delete, move and publish), watched
    through page_cache.watch(), or listed above. A new model read by a page template fails here until it is."""
    theme = ThemeFactory(name="Hope")
    course = build_course(site_pages[1], themes=[theme])
    lesson = course.lessons[0][0]
    lesson.easy_read = easy_read("<p>Easy read.</p>")
    image = Image.objects.create(title="A garden", file=get_test_image_file())
    document = Document(title="Handout")
    document.file.save("handout.txt", ContentFile(b"notes"), save=False)
    document.save()
    lesson.body = [
        *lesson.body.raw_data,
        {"type": "image", "value": {"image": {"image": image.pk, "decorative": False, "alt_text": "Raised beds"}}},
        {"type": "text", "value": f'<p><a linktype="document" id="{document.pk}">The handout</a></p>'},
    ]
    lesson.save_revision().publish()
    CohortFactory(course=course.course)
    support = SupportSettings.for_site(Site.objects.get(is_default_site=True))
    support.support_page = site_pages[0]
    support.save()
    urls = [*urls_of(course).values(), f"{lesson.url}?version=easy-read"]
    with CaptureQueriesContext(connection) as queries:
        for url in urls:
            assert client.get(url).status_code == 200
    models_by_table = {model._meta.db_table: model for model in apps.get_models(include_auto_created=True)}
    tables = tables_read(query["sql"] for query in queries)
    read = {models_by_table[table] for table in tables if table in models_by_table}
    assert {"wagtailimages.Image", "wagtaildocs.Document", "cohorts.Cohort"} <= {model._meta.label for model in read}

    def covered(model) -> bool:
        label = model._meta.label
        if model._meta.auto_created:  # a many-to-many table: covered by its two ends (m2m_changed)
            return all(covered(field.related_model) for field in model._meta.fields if field.related_model)
        return issubclass(model, Page) or label in page_cache.watched() or label in SHOWS_NOTHING_THAT_CHANGES

    missing = sorted(model._meta.label for model in read if not covered(model))
    assert missing == [], missing
