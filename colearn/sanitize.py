"""The one sanitiser for rich text that people type (announcements, journal entries, responses).

Rich text is cleaned once, on its way into the database: it is kept in a `SanitisedHTMLField`, which runs
`clean_rich_text` on every value written through the ORM (a service's save, the admin, bulk_create, update()).
Pages render what is stored with `|stored_html`, without cleaning it again on every view (that cost 1.3 ms an
entry). When the sanitiser's rules change, a data migration runs `reclean_stored` so older rows follow the new rules.
bleach sits behind this one module so the library can change without touching callers.
"""

import re
from html import unescape

import bleach
from django.db import models
from django.utils.html import escape, strip_tags
from django.utils.text import Truncator

ALLOWED_TAGS = ["p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "blockquote"]
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = ["http", "https", "mailto"]


def _link_attributes(attrs, new=False):
    """Links people share open safely: no referrer, no access to this page."""
    href_key = (None, "href")
    if href_key in attrs:
        attrs[(None, "rel")] = "nofollow noopener noreferrer"
    return attrs


def clean_rich_text(html: str) -> str:
    cleaned = bleach.clean(
        html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, protocols=ALLOWED_PROTOCOLS, strip=True
    )
    return bleach.linkify(cleaned, callbacks=[_link_attributes]).strip()


FORMATTING_HINT = "Blank lines start a new paragraph. You can use **bold**, *italic*, - for a list, > for a quote."
_LIST_ITEM = re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")


def _inline(text: str) -> str:
    html = escape(text)
    html = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"<strong>\1</strong>", html)
    html = re.sub(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"<em>\1</em>", html)
    return re.sub(r"\[([^\]]+)\]\((https?://[^\s)]+)\)", r'<a href="\2">\1</a>', html)


def _classify(line: str) -> tuple[str, str]:
    for kind, pattern in (("ul", _LIST_ITEM), ("ol", _NUMBERED), ("blockquote", _QUOTE)):
        match = pattern.match(line)
        if match:
            return kind, match.group(1)
    return "p", line.strip()


def text_to_rich_text(text: str) -> str:
    """What someone typed in a plain box, as safe rich text: paragraphs, **bold**, *italic*, lists, quotes, links.

    The text is escaped before any formatting is applied, so anything that looks like markup shows as the
    characters typed and never runs; the result still goes through the one sanitiser.
    """
    blocks: list[tuple[str, list[str]]] = []
    for line in (text or "").replace("\r\n", "\n").split("\n"):
        if not line.strip():
            blocks.append(("gap", []))
            continue
        kind, content = _classify(line)
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(content)
        else:
            blocks.append((kind, [content]))
    html = []
    for kind, lines in blocks:
        if kind == "p":
            html.append("<p>" + "<br>".join(_inline(line) for line in lines) + "</p>")
        elif kind in ("ul", "ol"):
            html.append(f"<{kind}>" + "".join(f"<li>{_inline(line)}</li>" for line in lines) + f"</{kind}>")
        elif kind == "blockquote":
            html.append("<blockquote><p>" + "<br>".join(_inline(line) for line in lines) + "</p></blockquote>")
    return clean_rich_text("".join(html))


def rich_text_to_plain(html: str) -> str:
    """For plain-text email bodies and summaries: the words only, with no markup at all."""
    text = clean_rich_text((html or "").replace("</p>", "</p>\n\n").replace("<br>", "\n").replace("</li>", "</li>\n"))
    return unescape(strip_tags(text)).strip()


PREVIEW_WORDS = 60  # more than any page shows (they truncate further), so a preview never needs the body


def preview_of(html: str) -> str:
    """The words of some rich text on one line, for a preview stored next to it (escaped when shown, as usual)."""
    return Truncator(" ".join(rich_text_to_plain(html).split())).words(PREVIEW_WORDS)


class StoredHTML(str):
    """Rich text read back from a `SanitisedHTMLField`: the one sanitiser's output, so safe to render as is."""


class SanitisedHTMLField(models.TextField):
    """Rich text that can only ever hold the sanitiser's output: every value is cleaned on its way to the database,
    whichever way it is written, and comes back as `StoredHTML`, which `|stored_html` renders without cleaning."""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return value if value is None else clean_rich_text(value)

    def from_db_value(self, value, expression, connection):
        return value if value is None else StoredHTML(value)


def reclean_stored(model, field: str = "body", *, batch_size: int = 500) -> int:
    """Run stored rich text through today's rules; for data migrations. Returns how many rows changed."""
    changed = []
    for row in model.objects.only("pk", field).iterator(chunk_size=batch_size):
        cleaned = clean_rich_text(getattr(row, field))
        if cleaned != getattr(row, field):
            setattr(row, field, cleaned)
            changed.append(row)
    model.objects.bulk_update(changed, [field], batch_size=batch_size)
    return len(changed)
