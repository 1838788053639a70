"""An editor's day on the CMS dashboard: what needs a fresh look, each panel a short list in one query or two.

"Pages waiting for my review" is Wagtail's own "Awaiting your review" panel, kept as it is: it offers the
approve and reject actions each task allows (so the co-production review's own rules decide who may approve), and
adds nothing for a peer reviewer to learn. The panels here sit after it, and show only to people who can change
what they list.
"""

from dataclasses import dataclass
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    CharField,
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Window,
)
from django.db.models.functions import Cast, Length, Substr
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from courses.models import CoursePage, LessonPage

LISTED = 10  # a panel is a short list: the count says how many more there are
# An easy read of no ideas, as the JSON column holds it (each idea's words are required, so an idea has some).
NO_IDEAS = ["[]", ""]


@dataclass
class Listing:
    items: list
    total: int

    @property
    def more(self) -> int:
        return self.total - len(self.items)


def _first_of(queryset: QuerySet, limit: int = LISTED) -> Listing:
    """The first rows and how many there are in all, in one query: the count is a window over the whole result."""
    rows = list(queryset.annotate(listing_total=Window(Count("pk")))[:limit])
    return Listing(items=rows, total=rows[0].listing_total if rows else 0)


def _editable_pages(user) -> QuerySet[Page]:
    return policy_registry.get_by_type(Page).instances_user_has_any_permission_for(user, ["change", "publish"])


def _title_of_ancestor(levels_up: int) -> Subquery:
    """The title of the page `levels_up` above each row, from the row's own path: no query per row."""
    path = OuterRef("path")
    ancestor = Page.objects.filter(path=Substr(path, 1, Length(path) - levels_up * Page.steplen))
    return Subquery(ancestor.values("title")[:1])


def lessons_without_easy_read(*, user) -> Listing:
    """Lessons whose current version has no easy read, in course order, with their module and course named."""
    lessons = (
        LessonPage.objects.alias(easy_read_json=Cast("easy_read", TextField()))
        .filter(Q(easy_read_json__in=NO_IDEAS) | Q(easy_read__isnull=True))
        .filter(pk__in=_editable_pages(user).values("pk"))
        .annotate(module_title=_title_of_ancestor(1), course_title=_title_of_ancestor(2))
        .order_by("path")
        .only("title", "draft_title", "path", "depth", "live", "has_unpublished_changes")
    )
    return _first_of(lessons)


def courses_to_read_again(*, user, today: date) -> Listing:
    """Live courses whose "review by" date has come, then those with none set; each counted with its pages, since
    reading a course again means the course and every page in it."""
    descendants = (
        Page.objects.filter(path__startswith=OuterRef("path"), depth__gt=OuterRef("depth"))
        .order_by()
        .annotate(n=Func(F("pk"), function="COUNT"))
        .values("n")
    )
    courses = (
        CoursePage.objects.live()
        .filter(Q(review_by__lte=today) | Q(review_by__isnull=True))
        .filter(pk__in=_editable_pages(user).values("pk"))
        .annotate(pages_in_it=Subquery(descendants, output_field=IntegerField()))
        .order_by(F("review_by").asc(nulls_last=True), "path")
        .only("title", "draft_title", "path", "depth", "live", "has_unpublished_changes", "review_by")
    )
    return _first_of(courses)


def documents_nothing_links_to(*, user) -> Listing:
    """Documents with no reference to them anywhere in Wagtail's reference index (pages, and snippets too: a
    document a snippet uses is not spare). Drafts are not in the index, so a document linked only from a draft
    shows here until the draft is published."""
    Document = get_document_model()
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(Document),
        to_object_id=Cast(OuterRef("pk"), output_field=CharField()),
    )
    documents = (
        policy_registry.get_by_type(Document)
        .instances_user_has_any_permission_for(user, ["change"])
        .filter(~Exists(references))
        .order_by("-created_at", "-pk")
        .only("title", "file", "created_at")
    )
    return _first_of(documents)


class EditorPanel(Component):
    """A dashboard panel for people who can change what it lists; nothing at all for anyone else."""

    def can_see(self, user) -> bool:
        return policy_registry.get_by_type(Page).user_has_any_permission(user, ["add", "change", "publish"])

    def listing(self, request) -> Listing:
        raise NotImplementedError

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {"listing": self.listing(request), "request": request}

    def render_html(self, parent_context=None):
        if not self.can_see(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)


class LessonsWithoutEasyReadPanel(EditorPanel):
    name = "lessons_without_easy_read"
    template_name = "courses/admin/panels/lessons_without_easy_read.html"
    order = 230

    def listing(self, request) -> Listing:
        return lessons_without_easy_read(user=request.user)


class CoursesToReadAgainPanel(EditorPanel):
    name = "courses_to_read_again"
    template_name = "courses/admin/panels/courses_to_read_again.html"
    order = 235

    def listing(self, request) -> Listing:
        return courses_to_read_again(user=request.user, today=timezone.localdate())


class DocumentsNothingLinksToPanel(EditorPanel):
    name = "documents_nothing_links_to"
    template_name = "courses/admin/panels/documents_nothing_links_to.html"
    order = 240

    def can_see(self, user) -> bool:
        return policy_registry.get_by_type(get_document_model()).user_has_any_permission(user, ["change"])

    def listing(self, request) -> Listing:
        return documents_nothing_links_to(user=request.user)


def editor_day_panels() -> list[Component]:
    return [LessonsWithoutEasyReadPanel(), CoursesToReadAgainPanel(), DocumentsNothingLinksToPanel()]
