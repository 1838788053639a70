from django import template

from courses import glossary

register = template.Library()


class TermsInViewNode(template.Node):
    def __init__(self, terms, nodelist):
        self.terms = terms
        self.nodelist = nodelist

    def render(self, context):
        with glossary.terms_in_view(self.terms.resolve(context) or []):
            return self.nodelist.render(context)


@register.tag
def glossary_terms_in_view(parser, token):
    """{% glossary_terms_in_view terms %}…{% end_glossary_terms_in_view %}: term links in the rich text rendered
    inside use these already-fetched terms (no query of their own) and point at the page's own list of words."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes the list of terms")
    nodelist = parser.parse(("end_glossary_terms_in_view",))
    parser.delete_first_token()
    return TermsInViewNode(parser.compile_filter(bits[1]), nodelist)
