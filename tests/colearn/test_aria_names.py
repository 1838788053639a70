"""ARIA prohibits naming an element whose role is generic or plain text (a `div`, a `span`, a paragraph): screen
readers ignore the name, and the author thinks they gave one. axe only asks a person to review it, so this walks
every template and finds each one."""

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
# Elements whose implicit role is one of those ARIA 1.2 says cannot be named by the author.
NAMELESS = "div|span|p|b|i|em|strong|small|code|del|ins|sub|sup|caption"
TAG = re.compile(rf"<({NAMELESS})\b([^>]*)>", re.IGNORECASE)


def named_without_a_role(html: str) -> list[str]:
    return [
        match.group(0)
        for match in TAG.finditer(html)
        if re.search(r"\baria-label(ledby)?=", match.group(2)) and not re.search(r"\brole=", match.group(2))
    ]


def test_no_template_names_an_element_that_cannot_have_a_name():
    found = {
        str(path.relative_to(TEMPLATES)): tags
        for path in sorted(TEMPLATES.rglob("*.html"))
        if (tags := named_without_a_role(path.read_text()))
    }
    assert found == {}


def test_the_check_finds_a_named_div_and_lets_a_region_or_a_section_be_named():
    assert named_without_a_role('<div class="summary" aria-labelledby="summary-heading">') != []
    assert named_without_a_role('<span aria-label="x">') != []
    assert named_without_a_role('<div role="region" aria-labelledby="caption" tabindex="0">') == []
    assert named_without_a_role('<section aria-labelledby="summary-heading">') == []
