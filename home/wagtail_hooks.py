"""Admin wiring: the SEO report, SEO content checks in the editor, and the SEO title limit."""

from django.urls import path, reverse
from laces.components import Component
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem

from home.admin_views import can_see_report, seo_report

# One axe rule per SEO problem: the page's <h1> carries the problem codes for editors
# (see the seo_issues template tag), and a rule that always fails on a matching heading
# makes each problem appear in Wagtail's Checks panel with its own message.
SEO_RULES = {
    "title-missing": ("No SEO title", "Add a title for search results on the Promote tab."),
    "title-long": ("SEO title too long", "Search results show about 60 characters; shorten it."),
    "description-missing": (
        "No meta description",
        "Add one on the Promote tab (50–160 characters).",
    ),
    "description-short": ("Meta description too short", "Aim for 50–160 characters."),
    "description-long": (
        "Meta description too long",
        "Search results cut it after about 160 characters.",
    ),
    "social-image-missing": (
        "No social image",
        "Choose a social or listing image on the Promote tab.",
    ),
    "image-alt-missing": (
        "Picture without alt text",
        "Describe each picture for people who cannot see it.",
    ),
    "broken-link": ("Link to a page that is not live", "Publish that page or change the link."),
    "title-duplicate": ("Title shared with another page", "Give each page its own title."),
    "description-duplicate": (
        "Description shared with another page",
        "Give each page its own description.",
    ),
}


class SeoContentChecker(ContentCheckerItem):
    axe_run_only = [*ContentCheckerItem.axe_run_only, *(f"seo-{code}" for code in SEO_RULES)]
    axe_custom_rules = [
        *ContentCheckerItem.axe_custom_rules,
        *(
            {
                "id": f"seo-{code}",
                "impact": "moderate",
                "selector": f'h1[data-seo-issues~="{code}"]',
                "tags": ["seo"],
                "any": ["stillpoint-seo-flag"],
                "enabled": True,
            }
            for code in SEO_RULES
        ),
    ]
    axe_custom_checks = [
        *ContentCheckerItem.axe_custom_checks,
        # Fails on every heading the rule selects: the server already found the problem.
        {
            "id": "stillpoint-seo-flag",
            "evaluate": "attr-non-space-content-evaluate",
            "options": {"attribute": "data-seo-ok"},
        },
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        **{
            f"seo-{code}": {"error_name": name, "help_text": help_text}
            for code, (name, help_text) in SEO_RULES.items()
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_seo_content_checker(request, items, page):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SeoContentChecker):
            items[index] = SeoContentChecker(in_editor=getattr(item, "in_editor", False))


@hooks.register("register_admin_urls")
def seo_report_urls():
    return [path("reports/seo/", seo_report, name="stillpoint_seo_report")]


class SeoReportMenuItem(MenuItem):
    """Shown to whoever may open the report: Editors and administrators."""

    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def seo_report_menu_item():
    return SeoReportMenuItem("SEO", reverse("stillpoint_seo_report"), icon_name="search", order=50)


class PractitionerPanel(Component):
    """The dashboard's first panel: the next things a practitioner usually wants to do."""

    name = "stillpoint_practitioner"
    order = 50
    template_name = "home/admin/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        from wagtail.models import Page, Site

        from blog.models import BlogIndexPage
        from home.caching import cached
        from home.seo import audit_site

        request = self.request
        blog = BlogIndexPage.objects.first()
        drafts = (
            Page.objects.filter(has_unpublished_changes=True, latest_revision__user=request.user)
            .order_by("-latest_revision_created_at")
            .specific()[:5]
        )
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()

        def seo_attention():
            if site is None:
                return []
            audits = [audit for audit in audit_site(site, request) if audit.findings]
            audits.sort(key=lambda audit: (-len(audit.errors), -len(audit.warnings)))
            return [
                (audit.page.pk, audit.page.title, audit.findings[0].message) for audit in audits[:5]
            ]

        return {
            "write_article_url": reverse(
                "wagtailadmin_pages:add", args=("blog", "articlepage", blog.pk)
            )
            if blog
            else None,
            "add_question_url": reverse("wagtailsnippets_modalities_question:add"),
            "drafts": drafts,
            "seo_attention": cached(f"dashboard-seo:{site.pk if site else 0}", seo_attention),
            "seo_report_url": reverse("stillpoint_seo_report")
            if can_see_report(request.user)
            else "",
        }


@hooks.register("construct_homepage_panels")
def add_practitioner_panel(request, panels):
    panels.insert(0, PractitionerPanel(request))
