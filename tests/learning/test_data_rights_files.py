"""The full download's files, and the admins' two commands (export_person, erase_person).

The files open safely: CSV cells a spreadsheet would run as a formula are made text, the HTML page escapes every
word and runs nothing, the README explains every file from the registry. The commands write or erase, ask before
erasing, log ids to the security log, and never print what anyone wrote.
"""

import csv
import io
import json
import logging
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from colearn.models import User
from colearn.privacy import holdings
from learning.models import JournalEntry
from learning.services.data_rights import person_export_files, person_export_zip
from learning.services.journal import draft_save, entry_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("hi")</script><img src=x onerror=alert(1)>'
SECRET = "My private note about the allotment"


@pytest.fixture
def person():
    person = UserFactory(display_name="Alex")
    entry_create(author=person, title='=HYPERLINK("http://evil.example")', text=f"{SECRET}\n\n{SCRIPT}")
    draft_save(author=person, key="new", title="+SUM(A1:A9)", text="@cmd", version=0)
    draft_save(author=person, key="entry-1", title="-2+3", text="ordinary words", version=0)
    return person


def files_of(person) -> dict[str, bytes]:
    return dict(person_export_files(user=person))


def test_csv_cells_a_spreadsheet_would_run_are_made_text(person):
    data = files_of(person)["drafts.csv"]
    assert data.startswith("\ufeff".encode())  # UTF-8 with the mark spreadsheets look for
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == ["'+SUM(A1:A9)", "'-2+3"]
    assert rows[0]["text"] == "'@cmd" and rows[1]["text"] == "ordinary words"
    entries = list(csv.DictReader(io.StringIO(files_of(person)["journal_entries.csv"].decode("utf-8-sig"))))
    assert entries[0]["title"].startswith("'=HYPERLINK")


def test_the_journal_page_escapes_every_word_and_runs_nothing(person):
    page = files_of(person)["journal.html"].decode("utf-8")
    assert SECRET in page
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    assert '<html lang="en-GB">' in page and "<h1>Your journal</h1>" in page
    assert "http" not in page.replace("http://evil.example", "")  # nothing loaded from anywhere


def test_the_json_keeps_the_words_as_typed(person):
    entries = json.loads(files_of(person)["journal_entries.json"])["items"]
    assert entries[0]["text"] == f"{SECRET}\n\n{SCRIPT}"
    assert "body" not in entries[0]  # the text as typed, never HTML


def test_the_readme_explains_every_file_from_the_registry(person):
    readme = files_of(person)["README.txt"].decode("utf-8")
    for holding in holdings():
        if holding.export is not None:
            assert f"{holding.kind}.json" in readme and holding.title in readme and holding.kept_for in readme
    assert "journal.md" in readme and "journal.html" in readme
    names = set(files_of(person))
    for holding in holdings():
        if holding.export is not None:
            assert f"{holding.kind}.json" in names
            assert (f"{holding.kind}.csv" in names) == holding.tabular


def test_the_zip_comes_in_pieces_as_it_is_made(person):
    for number in range(30):
        entry_create(author=person, text=f"Entry {number} " + "words " * 2000)
    chunks = list(person_export_zip(user=person))
    assert len(chunks) > len(list(person_export_files(user=person)))  # at least a piece per file, plus the index
    archive = zipfile.ZipFile(io.BytesIO(b"".join(chunks)))
    assert archive.testzip() is None
    assert SECRET in archive.read("colearn-data/journal.md").decode("utf-8")


# --- The admins' commands -------------------------------------------------------------------------------------


def test_export_person_writes_the_zip_and_prints_none_of_it(person, tmp_path, capsys, caplog):
    target = tmp_path / "alex.zip"
    with caplog.at_level(logging.INFO, logger="colearn.security"):
        call_command("export_person", person.email.upper(), output=str(target))
    printed = capsys.readouterr().out
    assert str(target) in printed and SECRET not in printed and person.email not in printed
    archive = zipfile.ZipFile(target)
    assert SECRET in archive.read("colearn-data/journal.md").decode("utf-8")
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert f"event=person_exported user=- ip=- request=- subject={person.pk} via=command" in caplog.text
    assert SECRET not in caplog.text and person.email not in caplog.text


def test_export_person_refuses_an_unknown_address_and_an_existing_file(person, tmp_path):
    with pytest.raises(CommandError, match="no account"):
        call_command("export_person", "nobody@example.org", output=str(tmp_path / "x.zip"))
    existing = tmp_path / "old.zip"
    existing.write_bytes(b"keep me")
    with pytest.raises(CommandError, match="already exists"):
        call_command("export_person", person.email, output=str(existing))
    assert existing.read_bytes() == b"keep me"


def test_erase_person_asks_first_and_a_wrong_answer_erases_nothing(person, monkeypatch, capsys):
    monkeypatch.setattr("builtins.input", lambda prompt: "someone-else@example.org")
    with pytest.raises(CommandError, match="nothing was erased"):
        call_command("erase_person", person.email)
    assert JournalEntry.objects.filter(author=person).exists()
    assert User.objects.get(pk=person.pk).email == person.email
    assert SECRET not in capsys.readouterr().out


def test_erase_person_with_the_address_typed_again_erases(person, monkeypatch, caplog):
    monkeypatch.setattr("builtins.input", lambda prompt: f"  {person.email.upper()} ")
    with caplog.at_level(logging.INFO, logger="colearn.security"):
        call_command("erase_person", person.email)
    assert not JournalEntry.objects.filter(author=person).exists()
    assert User.objects.get(pk=person.pk).public_name == "Former member"
    assert f"event=person_erased user=- ip=- request=- subject={person.pk} by=operator" in caplog.text
    assert f"event=person_erased_by_command user=- ip=- request=- subject={person.pk} via=command" in caplog.text


def test_erase_person_yes_skips_the_question(person, monkeypatch, capsys):
    monkeypatch.setattr("builtins.input", lambda prompt: pytest.fail("asked although --yes was given"))
    call_command("erase_person", person.email, yes=True)
    tombstone = User.objects.get(pk=person.pk)
    assert not tombstone.is_active and tombstone.email.endswith("@erased.invalid")
    assert SECRET not in capsys.readouterr().out
    with pytest.raises(CommandError, match="no account"):
        call_command("erase_person", person.email, yes=True)
