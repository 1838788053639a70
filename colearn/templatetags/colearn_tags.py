from django import template
from django.utils.safestring import mark_safe

from colearn.models import SupportSettings
from colearn.sanitize import clean_rich_text, rich_text_to_plain

register = template.Library()


@register.simple_tag(takes_context=True)
def support_page_url(context) -> str:
    """The "Need support now?" address for this site, looked up once per request."""
    request = context.get("request")
    if request is None:
        return ""
    if not hasattr(request, "_colearn_support_url"):
        settings = SupportSettings.for_request(request)
        page = settings.support_page
        request._colearn_support_url = page.get_url(request) if page and page.live else ""
    return request._colearn_support_url


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
def sanitised(html: str) -> str:
    """Render rich text a person typed: cleaned again on the way out, whatever was stored."""
    return mark_safe(clean_rich_text(html))  # noqa: S308 - the output of the one sanitiser is safe by construction


@register.filter
def plain(html: str) -> str:
    """Rich text as words only, for previews (the template escapes the result as usual)."""
    return " ".join(rich_text_to_plain(html).split())
