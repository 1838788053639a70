"""Reminders people can ask for: off until switched on, on the preferences page under their own heading, and a bad
choice changes nothing."""

import re

import pytest

from colearn.models import User
from tests.factories import PersonWithoutEmailFactory, UserFactory

pytestmark = pytest.mark.django_db

SETTINGS = {"text_size": "standard", "emails": ["announcements", "responses"]}


def is_checked(html: str, kind: str) -> bool:
    [box] = re.findall(rf'<input type="checkbox" name="reminders" value="{kind}"[^>]*>', html)
    return " checked" in box


def test_reminders_start_off_in_their_own_group_on_the_page(client):
    client.force_login(UserFactory())

    html = client.get("/account/preferences/").content.decode()

    assert "<legend>Reminders you can ask for</legend>" in html
    assert "stay off unless you switch them on" in html
    for kind in ("session_reminders", "weekly_digest"):
        assert f'value="{kind}"' in html
        assert not is_checked(html, kind)
    emails = html.split("<legend>Emails you would like</legend>")[1].split("</fieldset>")[0]
    assert "session_reminders" not in emails and "weekly_digest" not in emails


def test_switching_reminders_on_saves_them_and_keeps_the_other_choices(client):
    person = UserFactory()
    client.force_login(person)

    response = client.post("/account/preferences/", {**SETTINGS, "reminders": ["weekly_digest"]}, follow=True)

    assert "Your preferences are saved." in response.content.decode()
    person.refresh_from_db()
    assert person.email_opt_ins == ["weekly_digest"]
    assert "announcements" not in person.email_opt_outs and "check_ins" in person.email_opt_outs
    assert "weekly_digest" not in person.email_opt_outs
    assert is_checked(client.get("/account/preferences/").content.decode(), "weekly_digest")

    client.post("/account/preferences/", SETTINGS)
    person.refresh_from_db()
    assert person.email_opt_ins == []


def test_a_reminder_kind_that_does_not_exist_is_refused_and_changes_nothing(client):
    person = UserFactory()
    client.force_login(person)
    before = User.objects.values().get(pk=person.pk)

    response = client.post("/account/preferences/", {**SETTINGS, "reminders": ["announcements", "nagging"]})

    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and 'id="id_reminders-error"' in html
    assert User.objects.values().get(pk=person.pk) == before


def test_someone_without_email_is_told_reminders_come_as_notices(client):
    client.force_login(PersonWithoutEmailFactory())
    html = client.get("/account/preferences/").content.decode()
    assert "these would come as notices on your dashboard" in html
