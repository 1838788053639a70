"""The one sanitiser for rich text that people type (announcements, journal entries, responses).

Everything a person writes as rich text passes through `clean_rich_text` when it is saved, and templates render it
through the `|sanitised` filter, which cleans it again, so markup stored before a rule changed is still safe.
bleach sits behind this one function so the library can change without touching callers.
"""

import re
from html import unescape

import bleach
from django.utils.html import escape, strip_tags

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
