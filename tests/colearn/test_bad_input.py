"""Bad input changes nothing: a battery over EVERY route in the URL resolver.

For each route it posts nothing, empty values, garbage, over-long text, NUL characters, wrong-type values and
out-of-range numbers into every field the route's form expects, as the right person and as the wrong people
(signed out, another member, someone from outside the group). It asserts:

- never a server error (500, or an exception the test client re-raises);
- when the answer is an error (any 4xx, or a 200 that re-shows the form with "There is a problem"), the database is
  unchanged: row counts and a checksum of every row of the app tables (colearn, cohorts, learning and allauth's
  account and two-factor tables);
- a wrong person never changes anything, whatever the answer;
- a route listed as GET-only changes nothing when posted to, for anyone.

Fields are read from the page itself (the route's own `<form method="post">`) where the route has a page; routes
without one (buttons posted from elsewhere, JSON endpoints) list their fields in ROUTES. A route the table does not
know fails `test_every_route_is_known`, so a new POST route cannot slip past the battery.

Skipped with reason: Wagtail's own routes (/admin/, /documents/, the page tree, its /_util/ login) — Wagtail tests
them, and the CMS is for staff. allauth's user-sessions table is left out of the checksum: it records sign-ins
(every test client sign-in adds a row), not anything anyone posted.
"""

import hashlib
import traceback
from dataclasses import dataclass, field
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from wagtail.models import Site

from cohorts.models import AttendanceStatus, JoinMode, Membership, Role
from cohorts.services import (
    attendance_record,
    calendar_feed_get_or_create,
    facilitator_note_add,
    module_release_set,
    question_ask,
)
from colearn.models import SupportSettings
from learning.models import Visibility
from learning.services.connections import connection_create
from learning.services.journal import check_in_request, entry_create
from learning.services.progress import lesson_complete
from learning.services.responses import response_create
from tests.factories import ApplicationFactory, CohortFactory, LiveSessionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

CHECKED_APPS = ("colearn", "cohorts", "learning", "account", "mfa")
PERSONAS = ("anon", "facilitator", "member", "other_member", "outsider")
DISCOVER = "discover"  # read the fields from the route's own page, GET as the right person


@dataclass(frozen=True)
class Route:
    right: str  # the persona who may do this
    fields: object = DISCOVER  # DISCOVER, or {name: kind} for routes posted from elsewhere
    wrong: tuple[str, ...] | None = None  # default: every other persona
    get_only: bool = False  # not a write: posting changes nothing for anyone
    kwargs: dict = field(default_factory=dict)  # overrides of the default objects, by kwarg name
    # A post with none of the form's fields changes nothing, even from the right person: every change is named in
    # what is posted. Only a form of nothing but checkboxes (HTML sends nothing for an unticked box) is excused.
    empty_post_may_change: str = ""


ANON_ONLY = ("anon",)
SIGNED_IN = ("facilitator", "member", "other_member", "outsider")
NOT_IN_GROUP = ("anon", "outsider")

# Every route the battery knows, by URL name (or by pattern when it has no name). Kinds: text, int, date,
# datetime, choice:a|b, bool, hidden:value.
ROUTES: dict[str, Route] = {
    # colearn
    "health": Route("anon", get_only=True),
    "search": Route("anon", get_only=True),
    "glossary": Route("anon", get_only=True),
    "profile": Route("member", wrong=ANON_ONLY),
    "one_page_profile": Route("member", wrong=ANON_ONLY),
    "preferences": Route("member", wrong=ANON_ONLY),
    "session_keepalive": Route("member", fields={}, wrong=ANON_ONLY),
    "first_sign_in": Route("anon", wrong=SIGNED_IN),
    "notices_read": Route("member", fields={"notice": "int", "next": "text"}, wrong=ANON_ONLY),
    "^admin/password_reset/": Route("anon", get_only=True),
    "_util/login/": Route("anon", get_only=True),
    "^_util/authenticate_with_password/": Route("anon", fields={"password": "text"}),
    "^documents/authenticate_with_password/": Route("anon", fields={"password": "text"}),
    # allauth accounts and two-factor
    "account_login": Route("anon", wrong=SIGNED_IN),
    "account_logout": Route("member", fields={}, wrong=ANON_ONLY),
    "account_inactive": Route("anon", get_only=True),
    "account_signup": Route("anon", wrong=SIGNED_IN),
    "account_reauthenticate": Route("member", wrong=ANON_ONLY),
    "account_email": Route("member", wrong=ANON_ONLY),
    "account_email_verification_sent": Route("anon", get_only=True),
    "account_change_password": Route(
        "member", fields={"oldpassword": "text", "password1": "text", "password2": "text"}, wrong=ANON_ONLY
    ),
    "account_set_password": Route("member", fields={"password1": "text", "password2": "text"}, wrong=ANON_ONLY),
    "account_reset_password": Route("anon", wrong=SIGNED_IN),
    "account_confirm_login_code": Route("anon", fields={"code": "text"}, wrong=SIGNED_IN),
    "account_confirm_email": Route("anon", fields={}, wrong=SIGNED_IN),
    "account_reset_password_from_key_done": Route("anon", get_only=True),
    "account_reset_password_from_key": Route(
        "anon", fields={"password1": "text", "password2": "text"}, wrong=SIGNED_IN
    ),
    "account_reset_password_done": Route("anon", get_only=True),
    "mfa_index": Route("member", get_only=True),
    "mfa_authenticate": Route("anon", fields={"code": "text"}, wrong=SIGNED_IN),
    "mfa_reauthenticate": Route("member", fields={"code": "text"}, wrong=ANON_ONLY),
    "mfa_activate_totp": Route("member", fields={"code": "text"}, wrong=ANON_ONLY),
    "mfa_deactivate_totp": Route("member", fields={}, wrong=ANON_ONLY),
    "mfa_view_recovery_codes": Route("member", get_only=True),
    "mfa_generate_recovery_codes": Route("member", fields={}, wrong=ANON_ONLY),
    "mfa_download_recovery_codes": Route("member", get_only=True),
    "usersessions_list": Route("member", fields={}, wrong=ANON_ONLY),
    # community: the directory is read-only and its search and filters are a GET form (bad values there are
    # tested in tests/community/test_directory.py)
    "community:index": Route("anon", get_only=True),
    "community:place": Route("anon", get_only=True),
    # cohorts
    "cohorts:applications": Route("outsider", get_only=True),
    "cohorts:withdraw": Route("outsider", fields={}),
    "cohorts:calendar": Route("member", fields={}, wrong=ANON_ONLY),
    "cohorts:calendar_feed": Route("anon", get_only=True),
    "cohorts:apply": Route("outsider", wrong=("anon",)),
    "cohorts:join": Route("outsider", wrong=("anon",), kwargs={"slug": "invite_cohort"}),
    "cohorts:space": Route("member", get_only=True),
    "cohorts:visibility": Route("member", fields={"show_perspective": "bool"}, wrong=NOT_IN_GROUP),
    "cohorts:profile_sharing": Route(
        "member",
        fields={"sharing": "choice:nobody|facilitators|group", "return_to": "hidden:profile"},
        wrong=NOT_IN_GROUP,
    ),
    "cohorts:leave": Route("member", fields={}, wrong=NOT_IN_GROUP),
    "cohorts:session_ics": Route("member", get_only=True),
    "cohorts:session": Route("member", get_only=True),
    # The world's session is days away, so "I'm here" is refused for everyone: nothing may change.
    "cohorts:session_check_in": Route("member", fields={}, wrong=("anon", "outsider", "facilitator")),
    "cohorts:session_catch_up": Route("facilitator"),
    "cohorts:facilitate": Route("facilitator", get_only=True),
    "cohorts:decide": Route("facilitator"),
    "cohorts:invite_replace": Route("facilitator", fields={}),
    "cohorts:session_new": Route("facilitator"),
    "cohorts:session_edit": Route("facilitator"),
    "cohorts:session_cancel": Route("facilitator", fields={}),
    "cohorts:register": Route("facilitator"),
    "cohorts:modules": Route("facilitator"),
    "cohorts:announce": Route("facilitator"),
    "cohorts:notes": Route("facilitator"),
    "cohorts:note_edit": Route("facilitator"),
    "cohorts:note_delete": Route("facilitator", fields={}),
    "cohorts:hours": Route("facilitator", get_only=True),
    "cohorts:member_add": Route("facilitator"),
    "cohorts:sign_in_card": Route("facilitator", get_only=True),
    "cohorts:sign_in_codes": Route("facilitator", fields={"member": "int"}),
    "cohorts:questions": Route("member", wrong=NOT_IN_GROUP),
    "cohorts:question_answer": Route("facilitator"),
    "cohorts:question_delete": Route("member", fields={}),
    "cohorts:question_hide": Route("facilitator"),
    # learning
    "dashboard": Route("member", get_only=True),
    "lesson_progress_update": Route("member", fields={"done": "choice:yes|no"}, wrong=ANON_ONLY),
    # Anyone signed in may take up a lesson's "Try this week" for themselves; the world's lesson has none to take.
    "try_commit": Route("member", fields={"block": "text"}, wrong=ANON_ONLY),
    "course_follow_update": Route(
        "member", fields={"follow": "choice:yes|no", "return_to": "hidden:dashboard"}, wrong=ANON_ONLY
    ),
    # Shows the certificate and, the first time someone has finished, issues it: a page view that writes on purpose.
    "certificate": Route("member", fields={}, wrong=ANON_ONLY),
    "certificate_verify": Route("anon", get_only=True),
    "cohort_progress": Route("facilitator", get_only=True),
    "cohort_feed": Route("member", get_only=True),
    "partner": Route("member", get_only=True),
    "partner_invite": Route("member", fields={"invitee": "int"}, wrong=NOT_IN_GROUP),
    "partner_answer": Route(
        "member", fields={"invitation": "int", "answer": "choice:accept|decline"}, wrong=NOT_IN_GROUP
    ),
    "partner_end": Route("member", fields={}, wrong=NOT_IN_GROUP),
    "journal": Route("member", get_only=True),
    "journal_new": Route("member", wrong=ANON_ONLY),
    "journal_check_in": Route("member", fields={"cohort": "int", "lesson": "int", "next": "text"}, wrong=NOT_IN_GROUP),
    "check_ins": Route("member", get_only=True),
    "check_in": Route("member"),
    "cohort_check_ins": Route("facilitator", get_only=True),
    "cohort_check_in": Route("facilitator"),
    "cohort_check_in_state": Route("facilitator", fields={"state": "choice:seen|done", "next": "text"}),
    "connections": Route("member", get_only=True),
    "connection_new": Route("member", wrong=ANON_ONLY),
    "connection": Route("member"),
    "connection_edit": Route("member"),
    "connection_share": Route("member"),
    "connection_unshare": Route("member", fields={}),
    "connection_delete": Route("member", fields={}),
    "journal_autosave": Route(
        "member", fields={"key": "hidden:new", "title": "text", "text": "text", "version": "int"}, wrong=ANON_ONLY
    ),
    "journal_entry": Route("member", get_only=True),
    "journal_edit": Route("member"),
    "journal_delete": Route("member", fields={}),
    "journal_outcome": Route("member", fields={"choice": "choice:went_well|gave_it_a_go|not_yet", "outcome": "text"}),
    # "Try this week": the world's entry is a reflection, so letting it go or keeping it as a small win is refused.
    "try_let_go": Route("member", fields={"next": "text"}),
    "try_small_win": Route("member", fields={}),
    "response_new": Route("other_member", fields={"text": "text"}, wrong=("anon", "outsider")),
    "response_edit": Route("other_member"),
    "response_delete": Route("other_member", fields={}),
    "response_hide": Route("facilitator"),
    "response_show_again": Route("facilitator", fields={}),
    "journal_export": Route("member", get_only=True),
    "journal_print": Route("member", get_only=True),
    # Your data (learning.account_urls): the download and the deletion ask for the password again first.
    "your_data": Route("member", get_only=True),
    "your_data_download": Route("member", get_only=True),
    "account_delete": Route("member", fields={"confirm": "text"}, wrong=ANON_ONLY),
    "account_deleted": Route("anon", get_only=True),
    "confidence_index": Route("member", get_only=True),
    "confidence": Route("member", wrong=ANON_ONLY),
    "cohort_confidence": Route("facilitator", get_only=True),
    # A group's reports (reports.urls): figures only, nothing to post.
    "reports:group_reports": Route("facilitator", get_only=True),
    "reports:group_reports_csv": Route("facilitator", get_only=True),
}


def _skip_reason(route: str, callback) -> str | None:
    module = getattr(callback, "__module__", "") or ""
    if route.startswith("admin/"):
        return "Wagtail's admin: Wagtail tests its own forms, and the CMS is for staff"
    if module.startswith("wagtail.") or module.startswith("django.contrib.auth"):
        return "Wagtail's own public routes (documents, the page tree, its /_util/ login)"
    return None


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace) if part) or None
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield prefix + str(pattern.pattern), name, pattern


def resolver_routes() -> list[tuple[str, str, URLPattern]]:
    """(key, route, pattern) for every route the battery covers: named routes by name, others by their pattern."""
    found, seen = [], set()
    for route, name, pattern in _walk(get_resolver().url_patterns):
        if _skip_reason(route, pattern.callback):
            continue
        key = name or route
        if key not in seen:
            seen.add(key)
            found.append((key, route, pattern))
    return found


COVERED = resolver_routes()


def test_every_route_is_known():
    """A new route — or one renamed — must be added to ROUTES with who may use it and how to fill its form."""
    unknown = sorted(key for key, _, _ in COVERED if key not in ROUTES)
    assert not unknown, f"Add these routes to ROUTES in {__name__}: {unknown}"
    gone = sorted(set(ROUTES) - {key for key, _, _ in COVERED})
    assert not gone, f"These routes are in ROUTES but no longer in the resolver: {gone}"


# --- The world every route resolves against ------------------------------------------------------------------


@dataclass
class World:
    users: dict
    cohort: object
    invite_cohort: object
    course: object
    lesson: object
    session: object
    application: object
    entry: object
    response: object
    feed_token: str
    check_in: object = None
    question: object = None
    note: object = None
    my_connection: object = None


def build_world(site_pages) -> World:
    from tests.factories import build_course

    built = build_course(site_pages[1], modules=1, lessons_per_module=1)
    # Made on the first page view of a site, not by anything posted: make it now so a page view is not a change.
    SupportSettings.for_site(Site.objects.get(is_default_site=True))
    cohort = CohortFactory(course=built.course)
    invite_cohort = CohortFactory(course=built.course, join_mode=JoinMode.INVITE)
    users = {"anon": None}
    for persona in ("facilitator", "member", "other_member", "outsider"):
        users[persona] = UserFactory(display_name=persona.replace("_", " ").title())
    MembershipFactory(cohort=cohort, user=users["facilitator"], role=Role.FACILITATOR, perspective="")
    MembershipFactory(cohort=cohort, user=users["member"], show_perspective=True)
    MembershipFactory(cohort=cohort, user=users["other_member"])
    # State a careless post could undo: a finished lesson (which follows the course), a register, module dates.
    lesson_complete(user=users["member"], lesson=built.lessons[0][0])
    session = LiveSessionFactory(cohort=cohort)
    attendance_record(
        session=session,
        by=users["facilitator"],
        statuses={users["member"].pk: AttendanceStatus.PRESENT, users["other_member"].pk: AttendanceStatus.APOLOGIES},
    )
    module_release_set(
        cohort=cohort, by=users["facilitator"], opens_on={built.modules[0].pk: timezone.localdate() + timedelta(days=9)}
    )
    entry = entry_create(
        author=users["member"], text="What I noticed today.", visibility=Visibility.COHORT, cohort=cohort
    )
    return World(
        users=users,
        cohort=cohort,
        invite_cohort=invite_cohort,
        course=built.course,
        lesson=built.lessons[0][0],
        session=session,
        application=ApplicationFactory(cohort=cohort, user=users["outsider"]),
        entry=entry,
        response=response_create(entry=entry, author=users["other_member"], text="Thank you for this.", notify=False),
        feed_token=calendar_feed_get_or_create(user=users["member"]).token,
        check_in=check_in_request(user=users["member"], cohort=cohort, notify=False),
        question=question_ask(cohort=cohort, author=users["member"], text="Is it ok to arrive late?", show_name=False),
        note=facilitator_note_add(cohort=cohort, author=users["facilitator"], text="Next time: a longer break."),
        my_connection=connection_create(author=users["member"], name="The library", next_step="Ask about groups"),
    )


def route_kwargs(pattern: URLPattern, world: World, overrides: dict) -> dict:
    objects = {
        "slug": world.cohort.slug,
        "invite_cohort": world.invite_cohort.slug,
        "session_id": world.session.pk,
        "application_id": world.application.pk,
        "entry_id": world.entry.pk,
        "response_id": world.response.pk,
        "check_in_id": world.check_in.pk,
        "question_id": world.question.pk,
        "note_id": world.note.pk,
        "connection_id": world.my_connection.pk,
        "lesson_id": world.lesson.pk,
        "course_id": world.course.pk,
        "token": world.feed_token,
        "code": world.invite_cohort.invite_code,
        "key": "no-such-key",
        "uidb36": "1",
        "restriction_id": 1,
        "page_view_restriction_id": 1,
        "page_id": 1,
    }
    names = list(pattern.pattern.converters) or list(pattern.pattern.regex.groupindex)
    unknown = [name for name in names if name not in objects]
    assert not unknown, f"The battery does not know which object to use for {unknown}: add it to route_kwargs"
    return {name: objects[overrides.get(name, name)] for name in names}


# --- Reading a page's form --------------------------------------------------------------------------------------


class FormFields(HTMLParser):
    """The fields of the post forms on a page that submit to `action`: {name: kind}."""

    def __init__(self, action: str):
        super().__init__()
        self.action, self.inside, self.fields, self.select = action, False, {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            target = attrs.get("action") or self.action
            self.inside = (attrs.get("method") or "").lower() == "post" and target.split("?")[0] == self.action
        if not self.inside or not attrs.get("name") or attrs["name"] == "csrfmiddlewaretoken":
            return
        name = attrs["name"]
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in {"hidden", "submit"}:
                self.fields.setdefault(name, f"hidden:{attrs.get('value') or ''}")
            elif kind == "radio":
                options = self.fields.get(name, "choice:").removeprefix("choice:")
                self.fields[name] = "choice:" + "|".join(filter(None, [*options.split("|"), attrs.get("value", "")]))
            elif kind == "checkbox":
                self.fields[name] = "bool"
            elif kind == "number":
                self.fields[name] = "int"
            elif kind in {"date", "datetime-local"}:
                self.fields[name] = "date" if kind == "date" else "datetime"
            else:
                self.fields[name] = "text"
        elif tag == "textarea":
            self.fields[name] = "text"
        elif tag == "button":
            self.fields.setdefault(name, f"hidden:{attrs.get('value') or ''}")
        elif tag == "select":
            self.select = name
            self.fields[name] = "choice:"

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        if tag == "select":
            self.select = None


class _Options(HTMLParser):
    def __init__(self, fields):
        super().__init__()
        self.fields, self.select = fields, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "select" and attrs.get("name") in self.fields:
            self.select = attrs["name"]
        elif tag == "option" and self.select and attrs.get("value"):
            self.fields[self.select] += ("|" if self.fields[self.select] != "choice:" else "") + attrs["value"]

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


def discover_fields(html: str, action: str) -> dict[str, str]:
    parser = FormFields(action)
    parser.feed(html)
    options = _Options(parser.fields)
    options.feed(html)
    return parser.fields


# --- Values --------------------------------------------------------------------------------------------------


def plausible(kind: str):
    if kind.startswith("hidden:"):
        return kind.removeprefix("hidden:")
    if kind.startswith("choice:"):
        options = [option for option in kind.removeprefix("choice:").split("|") if option]
        return options[0] if options else ""
    return {"int": "1", "date": "2027-03-14", "datetime": "2027-03-14T18:30", "bool": "on"}.get(kind, "A few words")


def wrong_type(kind: str):
    if kind == "text":
        return ["one", "two"]  # a list where one value belongs
    return "eleven"


VALUE_SETS = {
    "nothing": None,
    "empty": lambda kind: "",
    "garbage": lambda kind: "<script>alert(1)</script>\"'; DROP TABLE x;-- ${{7*7}} %s %n ../../",
    "over_long": lambda kind: "x" * 100_000,
    "nul": lambda kind: "a\x00b",
    "wrong_type": wrong_type,
    "out_of_range": lambda kind: "9" * 40,
    "plausible": plausible,  # last: it may succeed, and a success may end the thing the others were aimed at
}
WRONG_PERSON_SETS = ("nothing", "plausible")  # refused before their values are read: keep it short


def payload(fields: dict[str, str], value_set: str) -> dict:
    make = VALUE_SETS[value_set]
    return {} if make is None else {name: make(kind) for name, kind in fields.items()}


# --- The database, before and after ---------------------------------------------------------------------------


def _checked_models():
    return [model for label in CHECKED_APPS for model in apps.get_app_config(label).get_models()]


def snapshot() -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every row, per table: plain SQL, as the ORM would cost seconds over the battery."""
    state = {}
    with connection.cursor() as cursor:
        for model in _checked_models():
            table = model._meta.db_table
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (names from models)
            rows = sorted(cursor.fetchall(), key=repr)
            state[table] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
    return state


def changed_tables(before, after) -> list[str]:
    return sorted(table for table in before if before[table] != after[table])


def is_error(response) -> bool:
    if 400 <= response.status_code < 500:
        return True
    return response.status_code == 200 and b"There is a problem" in response.content


# --- The battery ------------------------------------------------------------------------------------------------


def _client(world: World, persona: str) -> Client:
    client = Client()
    if world.users[persona] is not None:
        client.force_login(world.users[persona])
    return client


def _url(key: str, world: World) -> str:
    pattern = next(pattern for k, _, pattern in COVERED if k == key)
    if not pattern.name:
        return "/" + key.lstrip("^")
    return reverse(key, kwargs=route_kwargs(pattern, world, ROUTES[key].kwargs))


def _post_all(url: str, plan, clients, fields, *, may_change) -> list[str]:
    """Post each (persona, value set) in turn; the problems found, in words."""
    problems = []
    before = snapshot()
    for persona, value_set in plan:
        data = payload(fields, value_set) if fields else payload({"anything": "text"}, value_set)
        try:
            response = clients[persona].post(url, data)
        except Exception as error:  # the test client re-raises what would have been a 500
            where = _where(error)
            problems.append(f"{persona}/{value_set}: server error {type(error).__name__}: {error}"[:300] + where)
            before = snapshot()
            continue
        after = snapshot()
        if response.status_code >= 500:
            problems.append(f"{persona}/{value_set}: {response.status_code}")
        changed = changed_tables(before, after)
        if changed and (not may_change(persona, value_set) or is_error(response)):
            problems.append(f"{persona}/{value_set}: answered {response.status_code} but changed {changed}")
        before = after
    return problems


def _where(error: Exception) -> str:
    """The last line of the project's own code the error passed through, to start looking there."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if "site-packages" not in frame.filename]
    return f" (at {frames[-1].filename}:{frames[-1].lineno})" if frames else ""


def _clients(world: World) -> dict[str, Client]:
    return {persona: _client(world, persona) for persona in PERSONAS}


WRITE_ROUTES = [key for key, _, _ in COVERED if key in ROUTES and not ROUTES[key].get_only]
GET_ONLY_ROUTES = [key for key, _, _ in COVERED if key in ROUTES and ROUTES[key].get_only]


@pytest.mark.parametrize("key", WRITE_ROUTES)
def test_bad_input_changes_nothing(key, site_pages):
    spec = ROUTES[key]
    world = build_world(site_pages)
    url, clients = _url(key, world), _clients(world)
    fields = spec.fields
    if fields == DISCOVER:
        page = clients[spec.right].get(url)
        assert page.status_code == 200, f"{key}: GET {url} as {spec.right} gave {page.status_code}"
        fields = discover_fields(page.content.decode(), url)
        assert fields, f"{key}: no post form to {url} on its page; list its fields in ROUTES"
    wrong = [persona for persona in (spec.wrong or PERSONAS) if persona != spec.right]
    plan = [(persona, value_set) for persona in wrong for value_set in WRONG_PERSON_SETS]
    plan += [(spec.right, value_set) for value_set in VALUE_SETS]  # the right person last: they may succeed

    def may_change(persona, value_set):
        if value_set == "nothing" and fields and not spec.empty_post_may_change:
            return False
        return persona == spec.right

    problems = _post_all(url, plan, clients, fields, may_change=may_change)
    assert not problems, f"POST {url} ({key}):\n" + "\n".join(problems)


def test_posting_to_pages_that_only_show_things_changes_nothing(site_pages):
    """GET-only routes share one set of objects: posting to them must change nothing, so sharing is safe."""
    world = build_world(site_pages)
    clients = _clients(world)
    problems = []
    for key in GET_ONLY_ROUTES:
        plan = [(persona, "nothing") for persona in PERSONAS] + [(ROUTES[key].right, "garbage")]
        url = _url(key, world)
        found = _post_all(url, plan, clients, {}, may_change=lambda persona, value_set: False)
        problems += [f"{key} {url} {problem}" for problem in found]
    assert not problems, "\n".join(problems)


# --- `next` is checked before anything is written -----------------------------------------------------------------


@pytest.fixture
def group_with_member(course):
    cohort = CohortFactory(course=course.course)
    facilitator, member = UserFactory(), UserFactory()
    MembershipFactory(cohort=cohort, user=facilitator, role=Role.FACILITATOR, perspective="")
    MembershipFactory(cohort=cohort, user=member)
    return cohort, member


@pytest.mark.parametrize(
    "next_value",
    [
        "dashboard",
        "no-such-page",
        "journal",
        "//evil.example/",
        "https://evil.example/",
        "javascript:alert(1)",
        "/ok\r\nSet-Cookie: x=1",
        "\\\\x",
        "",
    ],
)
def test_a_check_in_with_a_next_that_is_not_a_path_is_saved_once_and_goes_to_the_journal(
    client, group_with_member, next_value, mailoutbox, django_capture_on_commit_callbacks
):
    from learning.models import CheckInRequest

    cohort, member = group_with_member
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/journal/check-in/", {"cohort": cohort.pk, "next": next_value})
    assert response.status_code == 302 and response.url == "/journal/"
    assert CheckInRequest.objects.filter(user=member).count() == 1
    facilitators = Membership.objects.facilitating().filter(cohort=cohort).values_list("user__email", flat=True)
    assert sorted(message.to[0] for message in mailoutbox) == sorted(facilitators), "each facilitator is told once"


def test_a_check_in_goes_back_to_a_same_site_path(client, group_with_member):
    cohort, member = group_with_member
    client.force_login(member)
    response = client.post("/journal/check-in/", {"cohort": cohort.pk, "next": "/dashboard/?from=lesson"})
    assert response.url == "/dashboard/?from=lesson"
