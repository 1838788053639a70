"""The settings each kind of run starts with, read as a fresh process reads them from its environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, override_settings

from colearn.settings import dev

ROOT = Path(__file__).resolve().parents[2]


def settings_in(module: str, **environment: str) -> dict:
    """SITE_URL and two-factor as `module` sets them with only `environment` given (and nothing inherited)."""
    code = (
        f"import json, {module} as settings; "
        "print(json.dumps([settings.WAGTAILADMIN_BASE_URL, settings.COLEARN_REQUIRE_TWO_FACTOR_FOR_STAFF]))"
    )
    env = {"PATH": os.environ["PATH"], "SECRET_KEY": "x", **environment}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    site_url, two_factor = json.loads(done.stdout.strip().splitlines()[-1])
    return {"site_url": site_url, "two_factor": two_factor}


def test_make_run_on_another_port_puts_that_address_in_emails_and_calendars():
    assert settings_in("colearn.settings.dev", PORT="8123")["site_url"] == "http://127.0.0.1:8123"
    assert settings_in("colearn.settings.dev", HOST="localhost", PORT="9000")["site_url"] == "http://localhost:9000"
    chosen = settings_in("colearn.settings.dev", PORT="8123", SITE_URL="https://colearn.example.org")
    assert chosen["site_url"] == "https://colearn.example.org"


def test_two_factor_is_off_under_make_run_until_asked_for_and_on_in_production_until_turned_off():
    assert settings_in("colearn.settings.dev")["two_factor"] is False
    assert settings_in("colearn.settings.dev", REQUIRE_TWO_FACTOR_FOR_STAFF="true")["two_factor"] is True
    assert settings_in("colearn.settings.base")["two_factor"] is True
    assert settings_in("colearn.settings.base", REQUIRE_TWO_FACTOR_FOR_STAFF="false")["two_factor"] is False


@pytest.mark.django_db
def test_under_make_run_a_missing_page_is_the_sites_own_not_djangos_list_of_addresses(course):
    with override_settings(DEBUG=True, MIDDLEWARE=dev.MIDDLEWARE):
        for address in ["/no-such-page/", "/courses/no-such-course/"]:
            response = Client().get(address)
            html = response.content.decode()
            assert response.status_code == 404, address
            assert "We can’t find that page" in html and "URLconf" not in html, address
