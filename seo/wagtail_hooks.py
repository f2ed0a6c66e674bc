"""Admin wiring of SEO: the report in the Reports menu and SEO problems in the Checks panel."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem

from home.validators import DESCRIPTION_MAX, DESCRIPTION_MIN, SEO_TITLE_TARGET
from seo.report import can_see_report, seo_report

# One axe rule per SEO problem: the page's <h1> carries the problem codes for editors
# (see the seo_issues template tag), and a rule that always fails on a matching heading
# makes each problem appear in Wagtail's Checks panel with its own message.
SEO_RULES = {
    "title-missing": ("No SEO title", "Add a title for search results on the Promote tab."),
    "title-long": (
        "SEO title too long",
        f"Search results show about {SEO_TITLE_TARGET} characters; shorten it.",
    ),
    "description-missing": (
        "No meta description",
        f"Add one on the Promote tab ({DESCRIPTION_MIN}–{DESCRIPTION_MAX} characters).",
    ),
    "description-short": (
        "Meta description too short",
        f"Aim for {DESCRIPTION_MIN}–{DESCRIPTION_MAX} characters.",
    ),
    "description-long": (
        "Meta description too long",
        f"Search results cut it after about {DESCRIPTION_MAX} characters.",
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
