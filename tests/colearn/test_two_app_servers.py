"""Two app servers behind one load balancer share everything through PostgreSQL and Redis: a page published from a
third process (the scheduler, `manage.py publish_scheduled`) is fresh on both at once, a sign-in made on one holds
on the other, and a rate limit counted on one holds on the other.

Both run gunicorn with the production settings, configured only through the environment, on one database of their
own and one Redis database number of their own (flushed before and after)."""

import json
import os
import re
from http.cookies import SimpleCookie

import pytest
import requests

from colearn.page_cache import STATUS_HEADER
from tests.perf.harness import Server, manage, own_database, production_environment, redis_available

pytestmark = pytest.mark.postgres

REDIS_URL = os.environ.get("TWO_SERVERS_REDIS_URL", "redis://127.0.0.1:6379/13")
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
OLD_TITLE, NEW_TITLE = "Noticing what helps", "Noticing what helps, and saying so"
PASSWORD = "a-long-test-password"
HOST = "localhost"

# Run in the servers' own environment, so the page, the scheduled revision and the person are made with exactly
# the settings the servers use.
BUILD = f"""
import datetime, json, django
django.setup()
from django.core.management import call_command
from django.utils import timezone
from colearn.services import user_create
from tests.factories import build_course, build_site

call_command("migrate", "--no-input", verbosity=0)
call_command("collectstatic", "--no-input", verbosity=0)
course = build_course(build_site()[1], modules=1, lessons_per_module=1)
lesson = course.lessons[0][0]
lesson.title = {OLD_TITLE!r}
lesson.save_revision().publish()
lesson.title = {NEW_TITLE!r}
lesson.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(seconds=1))
user_create(email="alex@example.org", password={PASSWORD!r}, display_name="Alex", email_verified=True)
print(json.dumps({{"module": course.modules[0].url}}))
"""


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """(server A, server B, the servers' environment, the module page's path)."""
    if not redis_available(REDIS_URL):
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at {REDIS_URL}: CI must run this test")
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        pytest.skip("needs DATABASE_URL naming PostgreSQL (make test-postgres)")
    import redis

    folder = tmp_path_factory.mktemp("two_servers")
    store = redis.Redis.from_url(REDIS_URL)
    store.flushdb()
    with own_database("two_servers", folder) as database_url:
        env = production_environment(folder, database_url, REDIS_URL)
        built = manage(env, "shell", "-c", BUILD, timeout=300)
        module = json.loads(built.strip().splitlines()[-1])["module"]
        started = [Server("colearn.wsgi", env, folder / f"{name}.log", workers=1) for name in "ab"]
        try:
            for server in started:
                server.wait_until_up("/healthz/")
            yield *started, env, module
        finally:
            for server in started:
                server.stop()
            store.flushdb()


def call(method: str, server: Server, path: str, **kwargs) -> requests.Response:
    """A request as the load balancer passes it on: every server sees the site's one public host name (the page
    cache and allauth's sign-in limits both key on it), whichever port it listens on."""
    headers = {"Host": HOST, **kwargs.pop("headers", {})}
    return requests.request(method, server.url + path, headers=headers, allow_redirects=False, timeout=30, **kwargs)


def anonymous(server: Server, path: str) -> requests.Response:
    response = call("GET", server, path)
    assert response.status_code == 200
    return response


def test_a_page_published_elsewhere_is_fresh_on_both_servers_at_once(servers):
    a, b, env, module = servers
    assert anonymous(a, module).headers[STATUS_HEADER] == "miss"
    stored = anonymous(b, module)  # kept by A, served by B
    assert stored.headers[STATUS_HEADER] == "hit" and OLD_TITLE in stored.text and NEW_TITLE not in stored.text

    manage(env, "publish_scheduled", timeout=120)  # a third process, as the scheduler runs it

    fresh = anonymous(b, module)
    assert fresh.headers[STATUS_HEADER] == "miss" and NEW_TITLE in fresh.text
    assert NEW_TITLE in anonymous(a, module).text


def _cookies(response: requests.Response) -> str:
    """The cookies a response sets, as a Cookie header. The production cookies are `__Host-` and Secure, which a
    client keeps only over HTTPS, so the tests carry them by hand."""
    jar = SimpleCookie()
    for header in response.raw.headers.getlist("Set-Cookie"):
        jar.load(header)
    return "; ".join(f"{name}={morsel.value}" for name, morsel in jar.items())


def _sign_in(server: Server, email: str, password: str) -> requests.Response:
    form = call("GET", server, "/accounts/login/")
    return call(
        "POST",
        server,
        "/accounts/login/",
        data={"csrfmiddlewaretoken": TOKEN.search(form.text).group(1), "login": email, "password": password},
        headers={"Cookie": _cookies(form)},
    )


def test_a_sign_in_on_one_server_holds_on_the_other(servers):
    a, b, _, _ = servers
    signed_in = _sign_in(a, "alex@example.org", PASSWORD)
    assert signed_in.status_code == 302
    dashboard = call("GET", b, "/dashboard/", headers={"Cookie": _cookies(signed_in)})
    assert dashboard.status_code == 200 and "Alex" in dashboard.text


def test_a_rate_limit_counted_on_one_server_holds_on_the_other(servers):
    a, b, _, _ = servers
    # allauth allows 5 failed sign-ins per address in 5 minutes (its default), counted on the shared cache.
    for _ in range(5):
        assert _sign_in(a, "alex@example.org", "not the password").status_code == 200
    assert _sign_in(b, "alex@example.org", "not the password").status_code == 429
