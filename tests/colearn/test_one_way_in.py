"""One guarded way in: every form that takes a password or sends a reset email is allauth's.

Wagtail mounts password forms of its own (the CMS sign-in and reset, the sign-in behind private pages, shared
passwords for pages and documents). They skip two-factor and rate limits, so the site routes them to allauth.
The first test walks every URL the site has, so a password form added later by any app fails it too.
"""

import inspect
import re

import pytest
from django import forms
from django.contrib.auth import views as auth_views
from django.core import mail
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from wagtail.models import Page, PageViewRestriction

from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

PASSWORD_INPUT = re.compile(rb"<input[^>]*type=[\"']?password", re.IGNORECASE)
# Django's own password views, whatever app mounts them.
DJANGO_PASSWORD_VIEWS = (
    auth_views.LoginView,
    auth_views.PasswordResetView,
    auth_views.PasswordResetConfirmView,
    auth_views.PasswordChangeView,
)


def every_route(resolver=None, prefix=""):
    """(route, view) for every URL pattern, descending into every include (Wagtail's, allauth's, ours)."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from every_route(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern.callback


def unwrap(view):
    """The view under its decorators: its class for class-based views, else the innermost function."""
    while hasattr(view, "__wrapped__") and not hasattr(view, "view_class"):
        view = view.__wrapped__
    return getattr(view, "view_class", view)


def is_allauths(view) -> bool:
    target = unwrap(view)
    classes = inspect.getmro(target) if inspect.isclass(target) else (target,)
    return any(getattr(item, "__module__", "").startswith("allauth.") for item in classes)


def takes_a_password_by_its_code(view) -> bool:
    """A Django password view, or a function view that uses a form with a password field."""
    target = unwrap(view)
    if inspect.isclass(target):
        return issubclass(target, DJANGO_PASSWORD_VIEWS)
    names = getattr(getattr(target, "__code__", None), "co_names", ())
    used = [getattr(target, "__globals__", {}).get(name) for name in names]
    return any(
        inspect.isclass(thing)
        and issubclass(thing, forms.BaseForm)
        and any(isinstance(field.widget, forms.PasswordInput) for field in thing.base_fields.values())
        for thing in used
    )


def example_address(route: str, user_pk: int) -> str | None:
    """A concrete address for a route: numbers become the signed-in person's id (their own account page, say),
    other parts a plain word. None for routes that only match odd addresses."""
    address = re.sub(r"<int:[^>]+>|<id:[^>]+>", str(user_pk), route)
    address = re.sub(r"<[^>]+>", "x", address)
    address = address.replace("^", "").replace("$", "").replace("\\Z", "").replace("\\", "")
    address = re.sub(r"\(\?P<[^>]+>[^)]*\)|\([^)]*\)", str(user_pk), address)
    if re.search(r"[\[\]*+?|{}]", address):
        return None
    return "/" + address


def serving_view(route: str, view, address: str | None):
    """The view that really answers the route's address: an earlier pattern may stand in front of it."""
    if address is None:
        return view
    try:
        return resolve(address.split("?")[0]).func
    except Resolver404:
        return view


def test_no_route_but_allauths_takes_a_password(client, site_pages):
    """By the view's code, and by what each page shows: GET every address signed out and as a CMS admin, and
    fail for any password box on a page that is not allauth's."""
    admin = UserFactory(is_superuser=True)
    routes = []
    for route, view in every_route():
        address = example_address(route, admin.pk)
        routes.append((route, address, serving_view(route, view, address)))
    assert len(routes) > 100, "the walk reaches Wagtail's and allauth's URLs too"

    by_code = sorted(route for route, _, view in routes if takes_a_password_by_its_code(view) and not is_allauths(view))
    assert by_code == [], f"password views that are not allauth's: {by_code}"

    client.raise_request_exception = False  # an odd example address may fail; only password boxes matter here
    shown = []
    for signed_in in (False, True):
        for route, address, view in routes:
            if address is None or is_allauths(view) or address.startswith(("/static/", "/media/")):
                continue
            if signed_in:
                client.force_login(admin)  # again each time, in case a page signed us out
            response = client.get(address)
            if response.status_code == 200 and PASSWORD_INPUT.search(getattr(response, "content", b"")):
                shown.append(address)
    assert shown == [], f"pages with a password box that are not allauth's: {shown}"


def test_the_walk_would_catch_wagtails_own_forms():
    """The checks above are not empty: Wagtail's own password views fail them."""
    from wagtail import views as wagtail_views
    from wagtail.admin.views import account

    assert takes_a_password_by_its_code(account.LoginView.as_view())
    assert takes_a_password_by_its_code(account.PasswordResetView.as_view())
    assert takes_a_password_by_its_code(wagtail_views.authenticate_with_password)
    assert not is_allauths(account.LoginView.as_view())


def test_the_page_check_would_catch_a_cms_password_box(client, settings):
    """With Wagtail's own user passwords turned back on, the page the walk GETs shows a box the check finds."""
    settings.WAGTAILUSERS_PASSWORD_ENABLED = True
    client.force_login(UserFactory(is_superuser=True))
    assert PASSWORD_INPUT.search(client.get("/admin/users/new/").content)


@pytest.mark.parametrize(
    ("address", "goes_to"),
    [
        ("/admin/login/?next=/admin/pages/", "/accounts/login/?next=/admin/pages/"),
        ("/_util/login/?next=/courses/", "/accounts/login/?next=/courses/"),
        ("/admin/password_reset/", "/accounts/password/reset/"),
        ("/admin/password_reset/confirm/x/y/", "/accounts/password/reset/"),
    ],
)
def test_wagtails_sign_in_and_reset_addresses_lead_to_allauth(client, address, goes_to):
    response = client.get(address)
    assert response.status_code == 302 and response.url == goes_to


def test_wagtails_reset_form_sends_no_email(client, user):
    response = client.post("/admin/password_reset/", {"email": user.email})
    assert response.status_code == 302 and response.url == "/accounts/password/reset/"
    assert mail.outbox == []


def test_a_private_page_asks_for_allauths_sign_in(client, site_pages):
    home, catalogue = site_pages
    PageViewRestriction.objects.create(page=catalogue, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(catalogue.url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/?next=")


def test_shared_password_forms_are_not_offered(client, site_pages):
    home, catalogue = site_pages
    restriction = PageViewRestriction.objects.create(
        page=catalogue, restriction_type=PageViewRestriction.PASSWORD, password="shared-secret"
    )
    address = f"/_util/authenticate_with_password/{restriction.pk}/{catalogue.pk}/"
    assert client.get(address).status_code == 404
    response = client.post(address, {"password": "shared-secret", "return_url": catalogue.url})
    assert response.status_code == 404
    assert client.post(f"/documents/authenticate_with_password/{restriction.pk}/", {"password": "x"}).status_code == 404
    assert Page.objects.filter(pk=catalogue.pk).exists()


def test_the_cms_account_page_has_no_password_or_email_form(client):
    client.force_login(UserFactory(is_superuser=True))
    page = client.get("/admin/account/")
    assert page.status_code == 200
    assert not PASSWORD_INPUT.search(page.content)
    assert b'name="email-email"' not in page.content and b'type="email"' not in page.content


def test_production_cookies_carry_the_host_prefix(client, user):
    """`__Host-` cookies: HTTPS only, this exact host, the whole site. Checked on production's own settings, and on
    what a sign-in sends when the site runs with those names."""
    import secrets

    from django.test import override_settings

    from tests.colearn.test_site import run_manage

    result = run_manage(
        "diffsettings",
        env={"SECRET_KEY": secrets.token_urlsafe(60), "ALLOWED_HOSTS": "colearn.example.org"},
    )
    assert result.returncode == 0, result.stderr
    for line in ("SESSION_COOKIE_NAME = '__Host-sessionid'", "CSRF_COOKIE_NAME = '__Host-csrftoken'"):
        assert line in result.stdout

    with override_settings(
        SESSION_COOKIE_NAME="__Host-sessionid",
        CSRF_COOKIE_NAME="__Host-csrftoken",
        SESSION_COOKIE_SECURE=True,
        CSRF_COOKIE_SECURE=True,
    ):
        client.get("/accounts/login/")
        response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}, secure=True)
        session = response.cookies["__Host-sessionid"]
        assert session["secure"] and session["path"] == "/" and not session["domain"]
        page = client.get("/dashboard/", secure=True).content.decode()
        assert 'name="csrf-token"' in page and 'data-cookie="__Host-csrftoken"' in page
