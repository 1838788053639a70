"""The journal download, for some dates only: from / to are optional, both days included, and a start after the
end is a clear message beside the field, never a file."""

import json
from datetime import datetime

import pytest
from django.utils import timezone

from learning.models import JournalEntry
from learning.services.data_rights import journal_export_markdown
from learning.services.journal import entry_create
from tests.factories import UserFactory
from tests.factories.users import sign_in_confirmed

pytestmark = pytest.mark.django_db


def _written_on(entry, when: str) -> None:
    moment = timezone.make_aware(datetime.fromisoformat(when))
    JournalEntry.objects.filter(pk=entry.pk).update(created_at=moment)  # tests set the clock; the site never does


@pytest.fixture
def me(db):
    person = UserFactory(display_name="Alex")
    for title, when in [
        ("Winter walk", "2027-01-10 09:00"),
        ("First day of March", "2027-03-01 00:30"),  # just after midnight, UK time
        ("Mid March", "2027-03-14 12:00"),
        ("Last of March", "2027-03-31 23:30"),  # just before midnight, UK time
        ("Spring", "2027-04-20 10:00"),
    ]:
        _written_on(entry_create(author=person, title=title, text=f"About {title.lower()}"), when)
    return person


def _titles(response) -> list[str]:
    return [entry["title"] for entry in json.loads(response.content)["entries"]]


def test_a_date_range_keeps_the_entries_written_on_those_days(client, me):
    signed_in = sign_in_confirmed(client, me)
    response = signed_in.get("/journal/export/", {"format": "json", "date_from": "2027-03-01", "date_to": "2027-03-31"})
    assert response.status_code == 200
    assert _titles(response) == ["First day of March", "Mid March", "Last of March"]


def test_either_end_may_be_left_open(client, me):
    signed_in = sign_in_confirmed(client, me)
    since = signed_in.get("/journal/export/", {"format": "json", "date_from": "2027-03-14"})
    assert _titles(since) == ["Mid March", "Last of March", "Spring"]
    until = signed_in.get("/journal/export/", {"format": "json", "date_to": "1/3/2027"})  # typed the UK way
    assert _titles(until) == ["Winter walk", "First day of March"]
    everything = signed_in.get("/journal/export/", {"format": "json", "date_from": "", "date_to": ""})
    assert len(_titles(everything)) == 5


def test_the_markdown_says_which_dates_it_covers(me):
    from datetime import date

    text = journal_export_markdown(user=me, date_from=date(2027, 3, 1), date_to=date(2027, 3, 31))
    assert "What you wrote in your journal from 1 March 2027 to 31 March 2027" in text
    assert "3 entries." in text and "Winter walk" not in text and "Spring" not in text


@pytest.mark.parametrize("url", ["/journal/export/", "/journal/print/"])
def test_a_start_after_the_end_is_a_clear_error_beside_the_field(client, me, url):
    signed_in = sign_in_confirmed(client, me)
    response = signed_in.get(url, {"format": "md", "date_from": "2027-04-01", "date_to": "2027-03-01"})
    page = response.content.decode()
    assert response.status_code == 400 and "Content-Disposition" not in response
    assert "There is a problem" in page
    assert '<a href="#id_date_from">The start date must be on or before the end date.</a>' in page
    assert 'id="id_date_from-error"' in page


@pytest.mark.parametrize("value", ["not a date", "2027-02-30", "2027-13-01", "9" * 40])
def test_a_date_that_is_not_a_date_is_a_clear_error(client, me, value):
    signed_in = sign_in_confirmed(client, me)
    response = signed_in.get("/journal/export/", {"format": "md", "date_to": value})
    assert response.status_code == 400
    assert "Enter a real date for the end" in response.content.decode()


def test_the_download_page_offers_the_dates(client, me):
    page = sign_in_confirmed(client, me).get("/journal/export/").content.decode()
    assert '<input type="date" name="date_from"' in page and '<input type="date" name="date_to"' in page
    assert "Which dates? (optional)" in page
