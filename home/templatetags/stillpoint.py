"""Template tags of the site: responsive pictures, social images, menu state, cached bodies."""

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.models import Site

from home.caching import cached
from home.images import FORMATS, srcset_widths

register = template.Library()


@register.simple_tag
def responsive_image(
    image,
    max_width=800,
    sizes="(min-width: 46rem) 46rem, 100vw",
    loading="lazy",
    alt=None,
    ratio=None,
    css_class="",
):
    """A <picture> with AVIF and WebP sources and a JPEG fallback, widths never repeated.

    ``max_width`` is the widest the picture is ever shown, in CSS pixels; ``ratio`` ("3x2")
    crops around the focal point.
    """
    if not image:
        return ""
    widths = srcset_widths(image, int(max_width))
    if ratio:
        across, down = (int(part) for part in ratio.split("x"))
        shapes = [f"fill-{width}x{round(width * down / across)}" for width in widths]
    else:
        shapes = [f"width-{width}" for width in widths]
    specs = [f"{shape}|format-{fmt}" for fmt in FORMATS for shape in shapes]
    attrs = {"alt": image.alt_text if alt is None else alt, "loading": loading, "decoding": "async"}
    if len(widths) > 1:  # a single candidate carries no width, and then `sizes` is invalid
        attrs["sizes"] = sizes
    if loading == "eager":
        attrs["fetchpriority"] = "high"
    if css_class:
        attrs["class"] = css_class
    return mark_safe(Picture(image.get_renditions(*specs), attrs).__html__())


@register.simple_tag
def social_image(image):
    """The 1200×630 JPEG rendition that social networks and search engines read."""
    return image.get_rendition("fill-1200x630|format-jpeg") if image else None


@register.simple_tag(takes_context=True)
def nav_state(context, item):
    """aria-current for a menu item: "page" on itself, "true" inside its section."""
    page = context.get("page")
    url_path = getattr(page, "url_path", None)
    # External links have no path, and a link to the home page is not every page's section.
    if not url_path or not item.url_path or item.url_path.count("/") <= 2:
        return "page" if url_path and item.pk == page.pk else ""
    if item.pk == page.pk:
        return "page"
    return "true" if url_path.startswith(item.url_path) else ""


@register.simple_tag(takes_context=True)
def render_body(context, page, field="body"):
    """A page's StreamField as HTML, cached for the published page until the next content change.

    Bodies link to other pages (cards, rich-text links) and show pictures, so the HTML changes
    only when something is published or edited: the content version covers both. Previews and
    drafts always render afresh.
    """
    request = context.get("request")
    stream = getattr(page, field)

    def render():
        return render_to_string(
            "includes/body.html", {"body": stream, "page": page, "request": request}
        )

    if request is None or getattr(request, "is_preview", False) or not page.live:
        return mark_safe(render())
    site = Site.find_for_request(request)
    key = f"body:{site.pk if site else 0}:{page.pk}:{field}:{page.live_revision_id}"
    return mark_safe(cached(key, render))


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's JSON-LD graph, as the page's model describes it."""
    from home.structured_data import as_script, graph_for

    page = context.get("page")
    if page is None or "meta" not in context or not hasattr(page, "structured_data_nodes"):
        return ""
    return as_script(graph_for(page, context))


@register.simple_tag(takes_context=True)
def seo_issues(context):
    """For editors only: the page's SEO problem codes on its <h1>, read by the Checks panel."""
    request = context.get("request")
    page = context.get("page")
    user = getattr(request, "user", None)
    editor = getattr(request, "is_preview", False) or (
        user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
    )
    if not editor or page is None or not hasattr(page, "structured_data_nodes"):
        return ""
    from home.seo import audit_pages

    practice = context.get("practice")
    audit = audit_pages([page], request, getattr(practice, "name", ""))[0]
    codes = " ".join(sorted({finding.code for finding in audit.findings}))
    return format_html(' data-seo-issues="{}"', codes) if codes else ""
