"""Our catalogue of words for Django's and allauth's defaults (locale/en_GB): the compiled file says what the
source says, and the site speaks it."""

import re
from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.utils import translation

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en_GB" / "LC_MESSAGES" / "django.po"


def _entries() -> list[dict]:
    """Each entry of the .po file as {"msgid": ..., "msgid_plural": ..., "msgstr": ..., "msgstr[0]": ...}."""
    entries, entry, key = [], {}, None
    for line in CATALOGUE.read_text().splitlines() + [""]:
        line = line.strip()
        if not line or line.startswith("#"):
            if entry:
                entries.append(entry)
            entry, key = {}, None
            continue
        match = re.fullmatch(r'(msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"', line)
        if match:
            key = match.group(1)
            entry[key] = match.group(2)
        else:
            entry[key] += line.strip('"')
    return [
        {key: value.replace('\\"', '"').replace("\\n", "\n") for key, value in found.items()}
        for found in entries
        if found.get("msgid")
    ]


def test_the_catalogue_has_entries():
    assert len(_entries()) > 40


def test_the_compiled_catalogue_says_what_the_source_says():
    """Fails when django.po was edited without `make messages`."""
    with translation.override(settings.LANGUAGE_CODE):
        for entry in _entries():
            if "msgid_plural" in entry:
                assert translation.ngettext(entry["msgid"], entry["msgid_plural"], 1) == entry["msgstr[0]"]
                assert translation.ngettext(entry["msgid"], entry["msgid_plural"], 2) == entry["msgstr[1]"]
            else:
                assert translation.gettext(entry["msgid"]) == entry["msgstr"], entry["msgid"]


def test_django_says_what_to_do_in_our_words():
    with pytest.raises(forms.ValidationError) as error:
        forms.EmailField().clean("not an address")
    assert error.value.messages == ["Enter an email address in the right format, like name@example.com."]
    with pytest.raises(forms.ValidationError) as error:
        forms.CharField(max_length=3).clean("four")
    assert error.value.messages == ["Keep this to 3 characters or fewer (you have 4)."]


@pytest.mark.django_db
def test_allauths_pages_speak_in_our_words(client, site_pages):
    page = client.get("/accounts/confirm-email/no-such-key/").content.decode()
    assert "<h1>" in page and "Confirm your email address" in page and "Ask for a new confirmation email" in page
    assert "Confirm Email Address" not in page
