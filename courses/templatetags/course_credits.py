from dataclasses import dataclass, field

from django import template

from courses.models import PageCredit
from courses.tree_cache import cached

register = template.Library()


@dataclass
class Credits:
    written_with: list[str] = field(default_factory=list)
    reviewed_by: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.written_with or self.reviewed_by)


def _shown(credits) -> list[tuple[str, str]]:
    return [(credit.contribution, credit.shown_as) for credit in credits]


@register.simple_tag(takes_context=True)
def credits_of(context, page) -> Credits:
    """The page's credits as the page shows them, split for "Written with" and "Reviewed by". A live page's are
    the same for every visitor, so they come from the tree cache (renewed when a page or a credit changes) and cost
    no query; a preview reads the page's own relation, so it shows the credits being edited."""
    request = context.get("request")
    if page.pk is None or getattr(request, "is_preview", False):
        shown = _shown(page.credits.all())
    else:
        shown = cached("credits", str(page.pk), lambda: _shown(PageCredit.objects.filter(page_id=page.pk)))
    credits = Credits()
    for contribution, name in shown:
        (credits.reviewed_by if contribution == PageCredit.REVIEWER else credits.written_with).append(name)
    return credits
