"""Template tags of SEO: the page's JSON-LD graph."""

from django import template

from seo.structured_data import as_script, graph_for

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD graph, as the page's model describes it."""
    page = context.get("page")
    if page is None or "meta" not in context or not hasattr(page, "structured_data_nodes"):
        return ""
    return as_script(graph_for(page, context))
