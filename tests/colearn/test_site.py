"""The site's own pages: health, friendly errors, security headers, settings and demo people."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from colearn.models import User

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_health_check_answers(client):
    assert client.get("/healthz/").json() == {"status": "ok"}


def test_a_missing_page_is_friendly_and_says_what_to_do(client, site_pages):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We can’t find that page" in html and 'href="/courses/"' in html


def test_an_expired_form_gets_a_calm_explanation_and_changes_nothing(site_pages):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/accounts/signup/", {"email": "a@example.org", "password1": "x" * 12, "password2": "x" * 12}
    )
    assert response.status_code == 403
    assert "Please try that again" in response.content.decode()
    assert not User.objects.exists()


def test_public_pages_send_a_strict_content_security_policy(client, site_pages):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'self'" in policy


def test_the_cms_gets_the_looser_policy_its_editor_needs(client, site_pages):
    client.force_login(User.objects.create_superuser(email="a@example.org", password="x" * 12))
    policy = client.get("/admin/").headers["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy


def test_an_email_is_one_account_whatever_its_case(db):
    from django.core.exceptions import ValidationError

    from colearn.services import user_create

    user_create(email="sam@example.org", password="x" * 12, display_name="Sam")
    with pytest.raises(ValidationError):
        user_create(email="SAM@example.org", password="x" * 12, display_name="Sam again")


def test_other_people_never_see_any_part_of_an_email_address(db):
    from colearn.services import user_create

    nameless = user_create(email="private.person@example.org", password="x" * 12, display_name="")
    assert "private" not in str(nameless)


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "colearn.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={"SECRET_KEY": secrets.token_urlsafe(60), "ALLOWED_HOSTS": "colearn.example.org"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", env={"ALLOWED_HOSTS": "colearn.example.org"})
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr
