"""Template tags of the page core: menu state, cached bodies and cards, editors' flags on the
heading."""

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.caching import cached, cached_many, page_version_key
from home.registry import registry
from home.selections import load

register = template.Library()


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
    # The page's own version moves when a page its body links to changes (home.invalidation).
    return mark_safe(cached(key, render, depends=[page_version_key(page.pk)]))


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer every page repeats (includes/footer.html), kept per site and year until the
    next site-wide change: what it shows (practice details, the footer menu and the pages it
    links, the privacy page) moves the site-wide version when it changes (home.invalidation)."""
    request = context.get("request")
    template = context.template.engine.get_template("includes/footer.html")

    def render():
        with context.push():
            return template.render(context)

    if request is None:
        return render()
    site = Site.find_for_request(request)
    year = timezone.localdate().year
    return mark_safe(cached(f"footer:{site.pk if site else 0}:{year}", render))


@register.simple_tag(takes_context=True)
def cards(context, pages, show_byline=False, heading="h3"):
    """Cards (includes/card.html) for ``pages`` (pages, or home.selections.Chosen), each kept
    until its page changes (its address, which sections above it may change, is part of the
    name): a listing renders, and loads, only the pages whose cards it has not kept."""
    request = context.get("request")
    pages = [page for page in pages if page is not None]
    if request is None or getattr(request, "is_preview", False):
        pages = load(pages)
        return mark_safe("".join(_card(page, request, show_byline, heading) for page in pages))
    variant = f"{request.get_host()}:{int(bool(show_byline))}:{heading}"
    named = {f"card:{variant}:{page.pk}:{page.url_path}": page for page in pages}

    def render(names):
        loaded = {page.pk: page for page in load(named[name] for name in names)}
        shown = {name: loaded.get(named[name].pk) for name in names}  # None: deleted since
        return {
            name: _card(page, request, show_byline, heading) if page else ""
            for name, page in shown.items()
        }

    kept = cached_many({name: [page_version_key(page.pk)] for name, page in named.items()}, render)
    return mark_safe("".join(kept[name] for name in named))


def _card(page, request, show_byline, heading) -> str:
    return render_to_string(
        "includes/card.html",
        {"card": page, "request": request, "show_byline": show_byline, "heading": heading},
    )


@register.simple_tag(takes_context=True)
def editor_flags(context):
    """Attributes that editors' tools add to the page's <h1> (the SEO checks' problem codes)."""
    return mark_safe("".join(str(flags(context)) for flags in registry.heading_attributes))
