"""The glossary: a lesson links a word to a GlossaryTerm, and a learner reads its plain definition in place.

Why a rich-text link type: editors mark the exact word where it is used (so the easy-read text can mark its own
words too), and the stored text names the term rather than copying its definition, so a corrected definition
reaches every lesson. Stored format, in any rich text field or block that has the "glossary" feature:

    <a linktype="glossary" id="12" slug="peer-support">peer support</a>

`id` is written by the editor's chooser and wins while that term exists (an editor may rename a slug); `slug` alone
is what the course's content files write (ids differ between sites), and it is the fallback when the id is gone,
for example after content is moved to another site. A link to no existing term renders as plain text.

On a lesson, every term its text links to is fetched in one query (`lesson_terms`) before the text is rendered,
and the page lists them at the end ("Words used in this lesson"); each link points there, and glossary.js turns
it into a disclosure showing the definition right after the word. Anywhere else the link leads to /glossary/.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q
from django.urls import reverse, reverse_lazy
from django.utils.html import escape
from draftjs_exporter.dom import DOM
from wagtail.admin.rich_text.converters.html_to_contentstate import LinkElementHandler
from wagtail.admin.rich_text.editors.draftail.features import EntityFeature
from wagtail.rich_text import LinkHandler
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from courses.models import GlossaryTerm
from courses.tree_cache import cached

FEATURE = "glossary"
LINK_TYPE = "glossary"
ENTITY_TYPE = "GLOSSARY"


class TermsInView:
    """Terms already fetched, found by a link's id or, failing that, its slug."""

    def __init__(self, terms: list[GlossaryTerm]):
        self.terms = terms
        self._by_id = {str(term.pk): term for term in terms}
        self._by_slug = {term.slug: term for term in terms}

    def find(self, attrs: dict) -> GlossaryTerm | None:
        return self._by_id.get(str(attrs.get("id", ""))) or self._by_slug.get(attrs.get("slug", ""))


# Set only while a lesson renders its text: the links there point at the lesson's own list of words.
_in_view: ContextVar[TermsInView | None] = ContextVar("glossary_terms_in_view", default=None)


@contextmanager
def terms_in_view(terms: list[GlossaryTerm]) -> Iterator[None]:
    token = _in_view.set(TermsInView(terms=terms))
    try:
        yield
    finally:
        _in_view.reset(token)


def anchor(term: GlossaryTerm) -> str:
    """The id of the term's entry in a lesson's list of words."""
    return f"glossary-{term.slug}"


def _references(html: str) -> Iterator[dict]:
    for match in FIND_A_TAG.finditer(html):
        attrs = extract_attrs(match.group(1))
        if attrs.get("linktype") == LINK_TYPE:
            yield attrs


def _strings(raw) -> Iterator[str]:
    """Every string inside a StreamField's raw data, however deeply its blocks nest."""
    if isinstance(raw, str):
        yield raw
    elif isinstance(raw, dict):
        for value in raw.values():
            yield from _strings(value)
    elif isinstance(raw, list | tuple):
        for value in raw:
            yield from _strings(value)


def terms_for(references: Iterable[dict]) -> list[GlossaryTerm]:
    """The terms these links name, in order of first mention, each once; one query, none when there are no links."""
    references = list(references)
    # An id too long for a database integer names no term (and would make SQLite raise rather than find nothing).
    ids = {int(attrs["id"]) for attrs in references if str(attrs.get("id", "")).isdigit() and len(attrs["id"]) < 19}
    slugs = {attrs["slug"] for attrs in references if attrs.get("slug")}
    if not ids and not slugs:
        return []
    found = TermsInView(terms=list(GlossaryTerm.objects.filter(Q(pk__in=ids) | Q(slug__in=slugs))))
    ordered = {}
    for attrs in references:
        term = found.find(attrs)
        if term is not None:
            ordered.setdefault(term.pk, term)
    return list(ordered.values())


def lesson_terms(*, lesson, easy_read: bool) -> list[GlossaryTerm]:
    """The terms the version of the lesson being shown links to (the easy-read text or the full one)."""
    if easy_read:
        sources = [idea.value["text"].source for idea in lesson.easy_read]
    else:
        sources = [text for text in _strings(list(lesson.body.raw_data)) if LINK_TYPE in text]
    return terms_for(attrs for text in sources for attrs in _references(text))


def live_lesson_terms(*, lesson, easy_read: bool) -> list[GlossaryTerm]:
    """`lesson_terms` of a published lesson: the same for every visitor, so kept in the tree cache (renewed when a
    page or a term changes) and read without a query."""
    key = f"{lesson.pk}:{int(easy_read)}"
    return cached("glossary-terms", key, lambda: lesson_terms(lesson=lesson, easy_read=easy_read))


def all_terms():
    return GlossaryTerm.objects.order_by("term")


class GlossaryLinkHandler(LinkHandler):
    identifier = LINK_TYPE

    @staticmethod
    def get_model():
        return GlossaryTerm

    @classmethod
    def expand_db_attributes(cls, attrs: dict) -> str:
        return cls.expand_db_attributes_many([attrs])[0]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        in_view = _in_view.get()
        known = in_view or TermsInView(terms=terms_for(attrs_list))
        tags = []
        for attrs in attrs_list:
            term = known.find(attrs)
            if term is None:
                tags.append("<a>")  # Wagtail's own way of showing a link to something gone: its words, no link
            elif in_view is not None:
                tags.append(
                    f'<a href="#{anchor(term)}" class="glossary-term" data-glossary-term="{anchor(term)}-definition">'
                )
            else:
                tags.append(f'<a href="{reverse("glossary")}#{escape(term.slug)}" class="glossary-term">')
        return tags

    @classmethod
    def extract_references(cls, attrs):
        if str(attrs.get("id", "")).isdigit():
            yield GlossaryTerm, attrs["id"], "", ""


def _glossary_link_entity(props) -> object:
    """Draftail's entity to the stored format. The chooser gives only the id; the slug is stored too, so the link
    still finds its term on a site the content is copied to."""
    attrs = {"linktype": LINK_TYPE, "id": props.get("id")}
    slug = props.get("slug") or (term.slug if (term := TermsInView(terms=terms_for([attrs])).find(attrs)) else "")
    if slug:
        attrs["slug"] = slug
    return DOM.create_element("a", attrs, props["children"])


class GlossaryLinkElementHandler(LinkElementHandler):
    """The stored format to Draftail's entity, with the term's words for the editor's tooltip."""

    def get_attribute_data(self, attrs):
        term = TermsInView(terms=terms_for([attrs])).find(attrs)
        if term is None:
            return {"id": attrs.get("id"), "slug": attrs.get("slug"), "term": ""}
        return {
            "id": term.pk,
            "slug": term.slug,
            "term": term.term,
            "edit_url": reverse("wagtailsnippets_courses_glossaryterm:edit", args=[term.pk]),
        }


def register_rich_text_feature(features) -> None:
    features.register_link_type(GlossaryLinkHandler)
    features.register_editor_plugin(
        "draftail",
        FEATURE,
        EntityFeature(
            {
                "type": ENTITY_TYPE,
                "icon": "help",
                "description": "Word in the glossary",
                "chooserUrls": {"glossaryChooser": reverse_lazy("wagtailsnippetchoosers_courses_glossaryterm:choose")},
            },
            js=["wagtailadmin/js/chooser-modal.js", "js/glossary-editor.js"],
        ),
    )
    features.register_converter_rule(
        "contentstate",
        FEATURE,
        {
            "from_database_format": {f'a[linktype="{LINK_TYPE}"]': GlossaryLinkElementHandler(ENTITY_TYPE)},
            "to_database_format": {"entity_decorators": {ENTITY_TYPE: _glossary_link_entity}},
        },
    )
