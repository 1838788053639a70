from dataclasses import dataclass

from django import template
from django.core.cache import cache
from django.forms import BaseForm, BoundField
from django.utils.safestring import mark_safe
from wagtail.models import Site

from colearn import page_cache
from colearn.models import DEFAULT_SHARING_STATEMENT, SharingStatementSettings, SupportSettings
from colearn.sanitize import StoredHTML, clean_rich_text

register = template.Library()
SUPPORT_URL_SECONDS = 24 * 60 * 60  # a value outlives its generation only until this runs out


@register.simple_tag(takes_context=True)
def support_page_url(context) -> str:
    """The "Need support now?" address for this site, looked up once per request."""
    request = context.get("request")
    if request is None:
        return ""
    if not hasattr(request, "_colearn_support_url"):
        # The same for everyone on the site, so kept on the shared cache until a page, a site or the setting
        # changes. Keyed by host name: finding the Site is itself a query (and measured at ~3 ms on pages that
        # Wagtail does not route), needed only to build the value.
        key = f"colearn.support-url.{page_cache.generation()}.{request.get_host()}"
        url = cache.get(key)
        if url is None:
            site = Site.find_for_request(request)
            settings = SupportSettings.objects.filter(site=site).select_related("support_page").first()
            page = settings.support_page if settings else None
            url = page.get_url(request) if page and page.live else ""
            cache.set(key, url, SUPPORT_URL_SECONDS)
        request._colearn_support_url = url
    return request._colearn_support_url


@register.simple_tag(takes_context=True)
def sharing_statement(context) -> str:
    """The duty-of-care statement editors set for this site ("How information is shared"), as plain text.

    Kept on the shared cache like the support link, keyed by the page-cache generation (which the setting's saves
    renew) and the host name, so the pages that show it cost no query once it is warm."""
    request = context.get("request")
    if request is None:
        return DEFAULT_SHARING_STATEMENT
    if not hasattr(request, "_colearn_sharing_statement"):
        key = f"colearn.sharing-statement.{page_cache.generation()}.{request.get_host()}"
        statement = cache.get(key)
        if statement is None:
            site = Site.find_for_request(request)
            setting = SharingStatementSettings.objects.filter(site=site).first()
            statement = (
                setting.statement.strip() if setting and setting.statement.strip() else DEFAULT_SHARING_STATEMENT
            )
            cache.set(key, statement, SUPPORT_URL_SECONDS)
        request._colearn_sharing_statement = statement
    return request._colearn_sharing_statement


@register.simple_tag
def field_widget(bound_field):
    """The field's input, pointing assistive technology at its hint and error message."""
    described_by = []
    if bound_field.help_text:
        described_by.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        described_by.append(f"{bound_field.auto_id}-error")
    attrs = {"aria-describedby": " ".join(described_by)} if described_by else {}
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.filter
def stored_html(html: str) -> str:
    """Render rich text a person typed, as stored. A value read from a SanitisedHTMLField is the one sanitiser's
    output (it cleans whatever is written to the field), so it is shown as it is; anything else, such as rich text
    made in memory and not yet saved, is cleaned here first."""
    if isinstance(html, StoredHTML):
        return mark_safe(html)  # noqa: S308 - only the sanitiser's output is ever stored in the field
    return mark_safe(clean_rich_text(html or ""))  # noqa: S308 - the output of the one sanitiser is safe


# A message meant for one place on the page (a saved answer's "Saved in your journal." beside its prompt) carries
# extra_tags "placed:<anchor>": the page shows it there, and not again at the top.
PLACED = "placed:"


@register.filter
def page_wide(messages) -> list:
    return [message for message in messages if not message.extra_tags.startswith(PLACED)]


@register.simple_tag
def placed_message(messages, anchor: str):
    """The message for `anchor`, or None: {% placed_message messages "prompt-abc" as saved %}."""
    return next((message for message in messages if message.extra_tags == f"{PLACED}{anchor}"), None)


@dataclass(frozen=True)
class Problem:
    """One line of a page's "There is a problem" summary: what to do, and the field to do it in ("" for none)."""

    message: str
    href: str


CHOICE_GROUPS = {"radioselect", "checkboxselectmultiple"}


def _field_anchor(bound_field: BoundField) -> str:
    if bound_field.is_hidden or not bound_field.auto_id:
        return ""  # nothing a person can go to: a hidden field's problem still shows, without a link
    if bound_field.widget_type in CHOICE_GROUPS:
        choices = bound_field.subwidgets
        return f"#{choices[0].id_for_label}" if choices else f"#{bound_field.auto_id}"  # the first option
    return f"#{bound_field.id_for_label}"


def _failed_forms(context) -> list[BaseForm]:
    found, seen = [], set()
    for value in context.flatten().values():
        # type(), not isinstance(): isinstance would evaluate a lazy value such as request.user just to ask.
        if issubclass(type(value), BaseForm) and value.is_bound and id(value) not in seen and value.errors:
            seen.add(id(value))
            found.append(value)
    return found


@register.simple_tag(takes_context=True)
def page_problems(context) -> list[Problem]:
    """Every problem on this page's forms, in the GOV.UK pattern, found in the template's context so that no
    template has to remember it: base.html starts the title with "Error: " and puts the summary first in <main>.
    The same message shows at its field (includes/form_field.html)."""
    problems = []
    for form in _failed_forms(context):
        problems += [Problem(str(message), "") for message in form.non_field_errors()]
        for bound_field in form:
            anchor = _field_anchor(bound_field)
            # A hidden field's problem has no field to show at on the page: the summary is its one place.
            problems += [Problem(str(message), anchor) for message in bound_field.errors]
    return problems
