"""The one sanitiser for rich text that people type (announcements, journal entries, responses).

Everything a person writes as rich text passes through `clean_rich_text` when it is saved, and templates render it
through the `|sanitised` filter, which cleans it again, so markup stored before a rule changed is still safe.
bleach sits behind this one function so the library can change without touching callers.
"""

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


def text_to_rich_text(text: str) -> str:
    """Plain text as someone typed it into a box: blank lines make paragraphs, web addresses become links.
    Anything that looks like markup is shown as the characters typed, never run."""
    paragraphs = [part.strip() for part in (text or "").replace("\r\n", "\n").split("\n\n") if part.strip()]
    html = "".join(f"<p>{escape(part).replace(chr(10), '<br>')}</p>" for part in paragraphs)
    return clean_rich_text(html)


def rich_text_to_plain(html: str) -> str:
    """For plain-text email bodies and summaries: the words only, with no markup at all."""
    text = clean_rich_text((html or "").replace("</p>", "</p>\n\n").replace("<br>", "\n").replace("</li>", "</li>\n"))
    return unescape(strip_tags(text)).strip()
