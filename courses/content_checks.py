"""Colearn's own content checks: rules that teach, shown to editors in the page editor and in the preview.

Each finding says what was found, where, why it matters and what to write instead. The checks only advise: a page
with findings still saves and publishes (the co-production review decides). Wagtail's own accessibility checker is
left as it is: these add to it.

The checks read a page in memory (a draft being edited, a revision being previewed), so they see unsaved words.
They never read anything a learner wrote: pages are editor content.
"""

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.admin.panels import Panel
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import RichText

from courses.parts import part_after

SUMMARY_WORDS = 20
EASY_READ_WORDS = 15

# Full stops that do not end a sentence. Lower case, as written before the stop.
ABBREVIATIONS = {"e.g", "eg", "i.e", "ie", "etc", "dr", "mr", "mrs", "ms", "mx", "st", "no", "vs", "approx", "cf"}
SENTENCE_END = re.compile(r"[.!?…]+[”’\"')\]]*$")
WORD = re.compile(r"\w", re.UNICODE)
BLOCK_TAGS = {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "div", "blockquote"}
# A quoted phrase is being talked about ("words such as “non-compliant”"), not used about someone.
QUOTES = "“”‘’\"'"


@dataclass(frozen=True)
class Finding:
    check: str
    where: str
    what: str
    why: str
    better: str


# ---------------------------------------------------------------------------------------------- reading text


class _Units(HTMLParser):
    """Splits rich text into its paragraphs and list items, noting the pictures in each."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units: list[dict] = []
        self._text: list[str] = []
        self._pictures = 0
        self.images: list[dict] = []

    def _flush(self):
        text = " ".join("".join(self._text).split())
        if text or self._pictures:
            self.units.append({"text": text, "pictures": self._pictures})
        self._text, self._pictures = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._flush()
        elif tag == "embed" and dict(attrs).get("embedtype") == "image":
            self._pictures += 1
            self.images.append(dict(attrs))

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        self._text.append(data)

    def close(self):
        super().close()
        self._flush()


def html_units(html: str) -> _Units:
    parser = _Units()
    parser.feed(html or "")
    parser.close()
    return parser


def plain_text(html: str) -> str:
    return " ".join(unit["text"] for unit in html_units(html).units)


def sentences(text: str) -> list[str]:
    """The sentences of one paragraph. A stop after a known abbreviation or a single initial does not end one."""
    found, current = [], []
    for token in text.split():
        current.append(token)
        if SENTENCE_END.search(token):
            stem = token.lstrip("(“‘\"'").rstrip(".”’\"')]").lower()
            if token.endswith(".") and (stem in ABBREVIATIONS or (len(stem) == 1 and stem.isalpha())):
                continue
            found.append(" ".join(current))
            current = []
    if current:
        found.append(" ".join(current))
    return found


def word_count(sentence: str) -> int:
    return sum(1 for token in sentence.split() if WORD.search(token))


def long_sentences(html_or_text: str, *, limit: int) -> list[tuple[str, int]]:
    """Each sentence over `limit` words, with its count; every paragraph and list item is read on its own."""
    return [
        (sentence, count)
        for unit in html_units(html_or_text).units
        for sentence in sentences(unit["text"])
        if (count := word_count(sentence)) > limit
    ]


# ---------------------------------------------------------------------------------------------- walking a page


def _leaves(value, where: str):
    """(where, value) for every plain value inside a block, however deeply nested: text, rich text, an image…"""
    if isinstance(value, blocks.StreamValue):
        for position, child in enumerate(value, start=1):
            yield from _leaves(child.value, f"{where}, block {position} ({child.block.label})")
    elif isinstance(value, blocks.StructValue):
        for name, child in value.items():
            yield from _leaves(child, f"{where}, {value.block.child_blocks[name].label.lower()}")
    elif isinstance(value, blocks.list_block.ListValue | list | tuple):
        for child in value:
            yield from _leaves(child, where)
    else:
        yield where, value


def _is_image(value) -> bool:
    return hasattr(value, "contextual_alt_text")  # what an ImageBlock gives: an image with its alt text here


def _own_fields(model) -> list:
    from wagtail.models import Page

    shared = {"title", "seo_title", "search_description"}
    return [
        field
        for field in model._meta.concrete_fields
        if (field.model is not Page or field.name in shared)
        and isinstance(field, models.CharField | models.TextField | RichTextField | StreamField)
        and not isinstance(field, models.SlugField)
        and not field.choices
    ]


def page_texts(page):
    """(where, text, is_html) for every text field, StreamField block and inline child of the page."""
    for field in _own_fields(type(page)):
        value = getattr(page, field.name)
        label = str(field.verbose_name).capitalize()
        if isinstance(field, StreamField):
            for where, leaf in _leaves(value, label):
                if isinstance(leaf, RichText):
                    yield where, leaf.source, True
                elif isinstance(leaf, str):
                    yield where, leaf, False
                elif _is_image(leaf):
                    yield where, leaf.contextual_alt_text or "", False
        elif value:
            yield label, value, isinstance(field, RichTextField)
    for relation in get_all_child_relations(type(page)):
        for position, child in enumerate(getattr(page, relation.get_accessor_name()).all(), start=1):
            label = str(relation.related_model._meta.verbose_name_plural).capitalize()
            for field in _own_fields(relation.related_model):
                if text := getattr(child, field.name):
                    yield f"{label}, {position}", text, isinstance(field, RichTextField)


# ---------------------------------------------------------------------------------------------- the checks


def phrase_pattern(phrase: str) -> re.Pattern:
    """Whole words, any case, any spacing, with a plain plural ("service users") caught too."""
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    return re.compile(rf"(?<![\w-])({words})(?:s|es)?(?![\w-])", re.IGNORECASE)


def _quoted(text: str, match: re.Match) -> bool:
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return bool(before) and before in QUOTES and bool(after) and after in QUOTES


def check_words_to_avoid(page, *, words) -> list[Finding]:
    findings = []
    for where, text, is_html in page_texts(page):
        plain = plain_text(text) if is_html else text
        for word in words:
            for match in phrase_pattern(word.phrase).finditer(plain):
                if _quoted(plain, match):
                    continue
                findings.append(
                    Finding(
                        check="word_to_avoid",
                        where=where,
                        what=f"“{match.group(0)}”",
                        why=word.why,
                        better=word.better,
                    )
                )
    return findings


def check_summary(page) -> list[Finding]:
    """A lesson's summary is its "In short" box."""
    from courses.models import LessonPage

    if not isinstance(page, LessonPage):
        return []
    return [
        Finding(
            check="summary_long_sentence",
            where="In short (summary)",
            what=f"A sentence of {count} words: “{sentence}”",
            why=f"The “In short” box is what many people read first, and sometimes only. Sentences of up to "
            f"{SUMMARY_WORDS} words are easier to take in when you are tired, anxious or reading in a second language.",
            better="Split it into two sentences, or leave out words that do not change the meaning.",
        )
        for sentence, count in long_sentences(getattr(page, "summary", ""), limit=SUMMARY_WORDS)
    ]


def check_easy_read(page) -> list[Finding]:
    ideas = [idea.value for idea in getattr(page, "easy_read", None) or []]
    if not ideas:
        return []
    findings = []
    if not getattr(page, "easy_read_title", ""):
        findings.append(
            Finding(
                check="easy_read_without_title",
                where="Easy read",
                what="The easy-read version has no title of its own",
                why="Its own title, in everyday words, tells people they have the easy-read version and what it is "
                "about before they read on.",
                better="Give it a short title in everyday words, such as “Places that give hope”.",
            )
        )
    for number, idea in enumerate(ideas, start=1):
        html = idea["text"].source
        findings += [
            Finding(
                check="easy_read_long_sentence",
                where=f"Easy read, idea {number}",
                what=f"A sentence of {count} words: “{sentence}”",
                why=f"Easy read keeps every sentence to {EASY_READ_WORDS} words or fewer, one idea each, so people "
                "who find reading hard can follow it.",
                better="Make it two short sentences. Use the everyday word, and say one thing at a time.",
            )
            for sentence, count in long_sentences(html, limit=EASY_READ_WORDS)
        ]
        if not idea["picture"] and not any(unit["pictures"] for unit in html_units(html).units):
            findings.append(
                Finding(
                    check="easy_read_without_picture",
                    where=f"Easy read, idea {number}",
                    what=f"An idea without a picture: “{plain_text(html)[:80]}”",
                    why="In easy read each idea has a picture next to it: the picture carries the meaning for "
                    "someone who reads few words.",
                    better="Choose a picture for it from the list: one that shows the idea simply.",
                )
            )
    return findings


def _image_finding(where: str) -> Finding:
    return Finding(
        check="image_without_alt",
        where=where,
        what="An image without alt text",
        why="Someone using a screen reader hears nothing about this image, or only its file name.",
        better="Say in a sentence what the picture shows and why it is there. If it is only decoration, "
        "mark it as decorative.",
    )


def check_images(page) -> list[Finding]:
    findings = []
    for field in _own_fields(type(page)):
        value = getattr(page, field.name)
        label = str(field.verbose_name).capitalize()
        if isinstance(field, StreamField):
            for where, leaf in _leaves(value, label):
                if _is_image(leaf) and not _has_alt(leaf):
                    findings.append(_image_finding(where))
                elif isinstance(leaf, RichText):  # a picture in rich text (easy read kept as rich text had them)
                    images = html_units(leaf.source).images
                    findings += [_image_finding(where) for image in images if not (image.get("alt") or "").strip()]
        elif isinstance(field, RichTextField):
            findings += [
                _image_finding(label) for image in html_units(value).images if not (image.get("alt") or "").strip()
            ]
    return findings


def _has_alt(image) -> bool:
    return bool(getattr(image, "decorative", False) or (image.contextual_alt_text or "").strip())


def check_headings(page) -> list[Finding]:
    """The page title is the one level-1 heading; each heading block may go at most one level deeper."""
    findings = []
    for field in _own_fields(type(page)):
        if not isinstance(field, StreamField):
            continue
        previous = 1
        for position, block in enumerate(getattr(page, field.name), start=1):
            if block.block_type != "heading":
                continue
            level = int(str(block.value.get("level") or "h2")[1:])
            if level > previous + 1:
                findings.append(
                    Finding(
                        check="heading_skipped",
                        where=f"{str(field.verbose_name).capitalize()}, block {position} (Heading)",
                        what=f"“{block.value.get('text')}” jumps from level {previous} to level {level}",
                        why="People using screen readers move around a page by its headings; a skipped level "
                        "makes them think they have missed a section.",
                        better="Make it a section heading, or put a section heading above it.",
                    )
                )
            previous = level
    return findings


def check_sensitive_topics(page, *, module=None) -> list[Finding]:
    """A lesson tagged with a sensitive topic starts with a content note, or its module carries one."""
    if not hasattr(page, "sensitive_topics"):
        return []
    topics = list(page.sensitive_topics.all())
    if not topics:
        return []
    body = list(getattr(page, "body", None) or [])
    if body and body[0].block_type == "content_note":
        return []
    if module is not None and getattr(module.specific, "content_note", ""):
        return []
    names = ", ".join(topic.name.lower() for topic in topics)
    return [
        Finding(
            check="sensitive_topic_without_note",
            where="Body, before block 1",
            what=f"Tagged with {names}, but there is no content note before the lesson",
            why="A content note lets people choose when, and whether, to read hard material, so nobody is caught "
            "off guard by something close to their own experience.",
            better="Add a content note as the first block: say plainly and kindly what the lesson covers, and what "
            "someone can do instead if they would rather skip it.",
        )
    ]


def check_content_note_links(page) -> list[Finding]:
    """A content note that names a part to skip to links to it, so the part must come after the note."""
    body = list(getattr(page, "body", None) or [])
    findings = []
    for number, block in enumerate(body, start=1):
        skip_to = block.value.get("skip_to") if block.block_type == "content_note" else ""
        if skip_to and part_after(body=body, after_block_id=block.id, words=skip_to) is None:
            findings.append(
                Finding(
                    check="content_note_skips_to_nothing",
                    where=f"Body, block {number}",
                    what=f"The content note offers to skip to “{skip_to}”, but no heading or activity after it is "
                    "called that",
                    why="Someone who would rather not read the hard part follows the link to get past it; if it "
                    "goes nowhere, they are left to scroll through what they chose not to read.",
                    better="Type the heading or activity title exactly as it appears after the note, or leave "
                    "“Part to skip to” empty and say in the note where to go.",
                )
            )
    return findings


def page_findings(*, page, parent=None, words=None) -> list[Finding]:
    """Every finding for a page (as edited, previewed or saved). `parent` is the page's parent when the page is not
    in the tree yet; `words` the words to avoid, read once from the snippet when not given."""
    from courses.models import WordToAvoid

    if words is None:
        words = list(WordToAvoid.objects.all())
    if parent is None and page.pk is not None and page.depth:
        parent = page.get_parent()
    return [
        *check_words_to_avoid(page, words=words),
        *check_summary(page),
        *check_easy_read(page),
        *check_images(page),
        *check_headings(page),
        *check_sensitive_topics(page, module=parent),
        *check_content_note_links(page),
    ]


def checked_summary(findings: list[Finding]) -> str:
    count = len(findings)
    return "1 thing to look at" if count == 1 else f"{count} things to look at"


# ---------------------------------------------------------------------------------------------- the editor


class ContentChecksPanel(Panel):
    """Lists the findings at the top of the editor, for the draft as it was last saved or submitted."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/content_checks_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["findings"] = page_findings(page=self.instance, parent=getattr(self.form, "parent_page", None))
            return context


def preview_with_checks(*, page, response):
    """The preview, with the findings above the page's content. Only editors see previews."""
    if not hasattr(response, "context_data") or response.is_rendered:
        return response
    response.context_data = {
        **(response.context_data or {}),
        "page_template": response.template_name,
        "content_findings": page_findings(page=page),
    }
    response.template_name = "courses/preview_with_checks.html"
    return response
