"""What editors see of SEO outside the report: flags for the Checks panel, the dashboard list."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from wagtail.models import Site
from wagtail.search import index

from home.caching import PAGES_KEY, cached
from home.walker import minutes_for, walk, word_count
from seo.audit import audit_pages, audit_site
from seo.report import can_see_report


def own_texts(page) -> list[str]:
    """The words a page itself carries: the fields its search index reads (title, intro,
    summary, body…), bodies through the walker; never its author's bio, the practice's
    disclaimer or the site's header and footer, which its template adds around them."""
    texts, seen = [], set()
    for search_field in page.search_fields:
        name = search_field.field_name
        if not isinstance(search_field, index.SearchField) or name in seen:
            continue
        seen.add(name)
        value = getattr(page, name, None)
        if callable(value):
            value = value()
        if isinstance(value, str):
            texts.append(value)
        elif value is not None and hasattr(value, "raw_data"):
            texts.extend(walk(value).texts)
    return texts


def own_word_count(page) -> int:
    return word_count(own_texts(page))


def seo_issues(context) -> str:
    """For editors only, on the page's <h1>, read by the Checks panel: the SEO problem codes,
    and the page's own word count and reading time (seo/static/seo/js/content-metrics.js)."""
    request = context.get("request")
    page = context.get("page")
    user = getattr(request, "user", None)
    editor = getattr(request, "is_preview", False) or (
        user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
    )
    if not editor or page is None or not hasattr(page, "structured_data_nodes"):
        return ""
    practice = context.get("practice")
    audit = audit_pages([page], request, getattr(practice, "name", ""))[0]
    codes = " ".join(sorted({finding.code for finding in audit.findings}))
    words = own_word_count(page)
    minutes = minutes_for(words)
    metrics = format_html(' data-word-count="{}" data-reading-minutes="{}"', words, minutes)
    return format_html(' data-seo-issues="{}"{}', codes, metrics) if codes else metrics


def report_url(request) -> str | None:
    return reverse("stillpoint_seo_report") if can_see_report(request.user) else None


def dashboard_section(request) -> str:
    """The pages with the most SEO problems, for the dashboard's first panel."""
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()

    def seo_attention():
        if site is None:
            return []
        audits = [audit for audit in audit_site(site, request) if audit.findings]
        audits.sort(key=lambda audit: (-len(audit.errors), -len(audit.warnings)))
        return [
            (audit.page.pk, audit.page.title, audit.findings[0].message) for audit in audits[:5]
        ]

    attention = cached(
        f"dashboard-seo:{site.pk if site else 0}", seo_attention, depends=[PAGES_KEY]
    )
    return render_to_string("seo/dashboard_section.html", {"seo_attention": attention}, request)
