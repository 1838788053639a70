"""With Redis, sessions are read from the cache and written through to the database (settings: cached_db). Ending
someone's sessions must end both copies, or a cached one keeps them signed in on another device."""

import pytest
from django.test import Client

from colearn.services import user_erase_sessions
from tests.factories import UserFactory
from tests.factories.users import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "engine", ["django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db"]
)
def test_signing_someone_out_everywhere_ends_every_copy_of_their_sessions(settings, engine):
    settings.SESSION_ENGINE = engine
    alex = UserFactory(email="alex@example.org")
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        device.post("/accounts/login/", {"login": "alex@example.org", "password": DEFAULT_PASSWORD})
        assert device.get("/dashboard/").status_code == 200

    user_erase_sessions(user=alex)

    assert laptop.get("/dashboard/").status_code == 302
    assert phone.get("/dashboard/").status_code == 302
