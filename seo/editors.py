"""What editors see of SEO outside the report: flags for the Checks panel, the dashboard list."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from wagtail.models import Site

from home.caching import cached
from seo.audit import audit_pages, audit_site
from seo.report import can_see_report


def seo_issues(context) -> str:
    """For editors only: the page's SEO problem codes on its <h1>, read by the Checks panel."""
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
    return format_html(' data-seo-issues="{}"', codes) if codes else ""


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

    attention = cached(f"dashboard-seo:{site.pk if site else 0}", seo_attention)
    return render_to_string("seo/dashboard_section.html", {"seo_attention": attention}, request)
