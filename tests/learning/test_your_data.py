"""Your data: see it (every holding in the registry, in plain words), take it (one zip, after the password again),
delete it (typed confirmation; then erased, emailed, signed out, no way back in; the group loses only that person).
"""

import io
import zipfile

import pytest
from django.core import mail

from cohorts.models import Attendance, AttendanceStatus, Role
from cohorts.services import attendance_record
from colearn.models import User
from colearn.privacy import holdings
from learning.models import JournalEntry, Visibility
from learning.services.journal import draft_save, entry_create
from tests.factories import CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory
from tests.factories.users import DEFAULT_PASSWORD, sign_in_confirmed

pytestmark = pytest.mark.django_db

SHARED = "Walking to the allotment helped more than I expected"


@pytest.fixture
def world(course):
    group = CohortFactory(course=course.course)
    alex = UserFactory(display_name="Alex", email="alex@example.org")
    jo = UserFactory(display_name="Jo", email="jo@example.org")
    priya = UserFactory(display_name="Priya", email="priya@example.org")
    MembershipFactory(cohort=group, user=alex)
    MembershipFactory(cohort=group, user=jo)
    MembershipFactory(cohort=group, user=priya, role=Role.FACILITATOR, perspective="")
    entry_create(author=alex, text=SHARED, visibility=Visibility.COHORT, cohort=group)
    entry_create(author=alex, text="Only for the facilitators", visibility=Visibility.FACILITATORS, cohort=group)
    entry_create(author=alex, text="A private note")
    entry_create(author=jo, text="Jo's own reflection", visibility=Visibility.COHORT, cohort=group)
    draft_save(author=alex, key="new", title="", text="Half a thought", version=0)
    session = LiveSessionFactory(cohort=group)
    attendance_record(
        session=session,
        by=priya,
        statuses={alex.pk: AttendanceStatus.PRESENT, jo.pk: AttendanceStatus.APOLOGIES},
    )
    return {"group": group, "alex": alex, "jo": jo, "priya": priya, "session": session}


# --- See it ------------------------------------------------------------------------------------------------------


def test_the_page_lists_every_holding_in_plain_words(client, world):
    client.force_login(world["alex"])
    response = client.get("/accounts/data/")
    page = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    registered = holdings()
    assert len(registered) > 5
    for holding in registered:
        for words in (holding.title, holding.what, holding.why, holding.who_can_see, holding.kept_for):
            assert str(words).replace("'", "&#x27;").replace('"', "&quot;") in page, words
    assert 'href="/accounts/data/download/"' in page and 'href="/accounts/delete/"' in page


def test_the_account_menu_links_to_it(client, world):
    client.force_login(world["alex"])
    page = client.get("/account/profile/").content.decode()
    assert '<a href="/accounts/data/">Your data</a>' in page


def test_signed_out_people_are_asked_to_sign_in(client, world):
    for url in ("/accounts/data/", "/accounts/data/download/", "/accounts/delete/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/?next="), url


# --- Take it -----------------------------------------------------------------------------------------------------


def test_the_download_asks_for_the_password_again(client, world):
    client.force_login(world["alex"])  # signed in a while ago, not just now
    response = client.get("/accounts/data/download/")
    assert response.status_code == 302 and response.url.startswith("/accounts/reauthenticate/?next=")
    response = client.post(response.url, {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302 and response.url == "/accounts/data/download/"


def _zip(response) -> zipfile.ZipFile:
    assert response.streaming, "the download is streamed, not built in memory"
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_download_is_a_zip_whose_files_the_readme_explains(client, world, caplog):
    signed_in = sign_in_confirmed(client, world["alex"])
    with caplog.at_level("INFO", logger="colearn.security"):
        response = signed_in.get("/accounts/data/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="colearn-data-')
    assert response["Content-Disposition"].endswith('.zip"')
    assert "no-store" in response["Cache-Control"]
    archive = _zip(response)
    names = archive.namelist()
    folders = {name.split("/")[0] for name in names}
    assert folders == {"colearn-data"}  # one folder, so nothing spills out when it is opened
    files = {name.split("/", 1)[1]: name for name in names}
    assert {"README.txt", "journal.md", "journal.html"} <= set(files)
    readme = archive.read(files["README.txt"]).decode()
    for name in files:
        if name != "README.txt":
            assert name in readme, f"README.txt does not explain {name}"
    everything = b"".join(archive.read(name) for name in names).decode()
    assert SHARED in everything and "Half a thought" in everything
    assert "Jo's own reflection" not in everything and "jo@example.org" not in everything
    assert any("event=data_exported" in line and f"user={world['alex'].pk}" in line for line in caplog.messages)
    assert SHARED not in caplog.text


def test_downloads_share_the_export_limit(client, world, settings):
    from django.core.cache import cache

    cache.clear()
    settings.COLEARN_RATE_LIMITS = {"export": "2/10m/user"}
    signed_in = sign_in_confirmed(client, world["alex"])
    assert signed_in.get("/journal/export/?format=md").status_code == 200
    assert signed_in.get("/accounts/data/download/").status_code == 200
    refused = signed_in.get("/accounts/data/download/")
    assert refused.status_code == 429 and "try again" in refused.content.decode()
    assert "Content-Disposition" not in refused
    cache.clear()


def test_posting_to_the_download_changes_nothing_and_is_refused(client, world):
    signed_in = sign_in_confirmed(client, world["alex"])
    assert signed_in.post("/accounts/data/download/").status_code == 405


# --- Delete it ---------------------------------------------------------------------------------------------------


def test_deleting_asks_for_the_password_again(client, world):
    client.force_login(world["alex"])
    response = client.get("/accounts/delete/")
    assert response.status_code == 302 and response.url.startswith("/accounts/reauthenticate/?next=")
    response = client.post("/accounts/delete/", {"confirm": "delete my account"})
    assert response.status_code == 302 and response.url.startswith("/accounts/reauthenticate/")
    assert User.objects.get(pk=world["alex"].pk).email == "alex@example.org"


def test_the_delete_page_says_what_goes_and_what_stays_and_offers_the_download(client, world):
    page = sign_in_confirmed(client, world["alex"]).get("/accounts/delete/").content.decode()
    for holding in holdings():
        assert f"<li>{holding.title}</li>".replace("'", "&#x27;") in page
    assert "What stays" in page and "Former member" in page
    assert page.index('href="/accounts/data/download/"') < page.index('name="confirm"')
    assert "To confirm, type “delete my account”" in page


@pytest.mark.parametrize("typed", [None, "", "   ", "delete", "delete my acount", "yes", "x" * 10_000, ["a", "b"]])
def test_the_wrong_confirmation_changes_nothing(client, world, typed, django_capture_on_commit_callbacks):
    signed_in = sign_in_confirmed(client, world["alex"])
    before = JournalEntry.objects.filter(author=world["alex"]).count()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post("/accounts/delete/", {} if typed is None else {"confirm": typed})
    page = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in page and '<a href="#id_confirm">Type “delete my account”' in page
    assert 'id="id_confirm-error"' in page
    alex = User.objects.get(pk=world["alex"].pk)
    assert alex.email == "alex@example.org" and alex.is_active and alex.display_name == "Alex"
    assert JournalEntry.objects.filter(author=alex).count() == before
    assert signed_in.get("/dashboard/").status_code == 200  # still signed in
    assert not mail.outbox


def test_the_right_confirmation_erases_emails_signs_out_and_there_is_no_way_back(
    client, world, caplog, django_capture_on_commit_callbacks
):
    alex = world["alex"]
    on_the_phone = type(client)()
    on_the_phone.post("/accounts/login/", {"login": "alex@example.org", "password": DEFAULT_PASSWORD})
    assert on_the_phone.get("/dashboard/").status_code == 200
    signed_in = sign_in_confirmed(client, alex)
    with caplog.at_level("INFO", logger="colearn.security"), django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post("/accounts/delete/", {"confirm": "  Delete my account. "})
    assert response.status_code == 302 and response.url == "/accounts/deleted/"
    goodbye = signed_in.get(response.url)
    assert goodbye.status_code == 200 and "Your account has been deleted" in goodbye.content.decode()
    assert "_auth_user_id" not in signed_in.session
    assert signed_in.get("/dashboard/").status_code == 302  # signed out
    assert signed_in.get("/accounts/deleted/").status_code == 302  # the goodbye is shown once
    assert on_the_phone.get("/dashboard/").status_code == 302  # signed out everywhere, as the page says

    # One email, to the address the account had, saying so; nothing of what was written.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alex@example.org"] and "deleted" in message.subject
    assert SHARED not in message.body

    # Nothing personal is left; the row is an anonymous placeholder that cannot sign in.
    tombstone = User.objects.get(pk=alex.pk)
    assert tombstone.email != "alex@example.org" and tombstone.display_name == "Former member"
    assert not tombstone.is_active and not tombstone.has_usable_password()
    assert not JournalEntry.objects.filter(author=tombstone).exists()
    assert any("event=person_erased" in line for line in caplog.messages)
    fresh = type(client)()
    response = fresh.post("/accounts/login/", {"login": "alex@example.org", "password": DEFAULT_PASSWORD})
    assert "_auth_user_id" not in fresh.session and response.status_code == 200


def test_after_deletion_the_group_loses_only_that_person(client, world):
    sign_in_confirmed(client, world["alex"]).post("/accounts/delete/", {"confirm": "delete my account"})
    facilitator = type(client)()
    facilitator.force_login(world["priya"])
    feed = facilitator.get(f"/cohorts/{world['group'].slug}/reflections/")
    page = feed.content.decode()
    assert feed.status_code == 200
    assert SHARED not in page and "Only for the facilitators" not in page and "Alex" not in page
    assert "Jo&#x27;s own reflection" in page or "Jo's own reflection" in page
    # The register keeps an anonymous row: the attendance counts still add up, with no name.
    rows = Attendance.objects.filter(session=world["session"]).select_related("user")
    assert sorted((row.user.public_name, row.status) for row in rows) == [
        ("Former member", AttendanceStatus.PRESENT),
        ("Jo", AttendanceStatus.APOLOGIES),
    ]


# Measured: the pages are the registry's words and no rows: the session and the person (2), the site and its
# "Need support now?" setting (2); the delete page adds allauth's "confirmed it is you recently?" check, one query
# per kind of two-factor method (3). Neither grows with what the person holds.
PAGE_QUERIES = {"/accounts/data/": 4, "/accounts/delete/": 4 + 3}


@pytest.mark.parametrize("url", PAGE_QUERIES)
def test_the_pages_cost_the_same_whatever_the_person_holds(client, world, url, django_assert_max_num_queries):
    signed_in = sign_in_confirmed(client, world["alex"])
    signed_in.get(url)
    for number in range(20):
        entry_create(author=world["alex"], text=f"Entry {number}")
    with django_assert_max_num_queries(PAGE_QUERIES[url]):
        assert signed_in.get(url).status_code == 200
