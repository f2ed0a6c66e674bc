"""Admin wiring of SEO: the report, the Checks panel's SEO problems, the Promote tab's preview."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.userbar import ContentCheckerItem

from seo.audit import PROBLEMS
from seo.report import can_see_report, seo_report

# One axe rule per SEO problem: the page's <h1> carries the problem codes for editors
# (see the seo_issues template tag), and a rule that always fails on a matching heading
# makes each problem appear in Wagtail's Checks panel with its own message.

# Wagtail's own rules that one of ours already covers: a problem is listed once, in our words,
# judged on the description the page really prints (its own, else its listing intro).
COVERED_RULES = {"empty-meta-description"}


class SeoContentChecker(ContentCheckerItem):
    axe_run_only = [
        *(rule for rule in ContentCheckerItem.axe_run_only if rule not in COVERED_RULES),
        *(f"seo-{code}" for code in PROBLEMS),
    ]
    axe_custom_rules = [
        # A custom rule left enabled runs whatever axe_run_only says: switch it off too.
        *(
            {**rule, "enabled": False} if rule["id"] in COVERED_RULES else rule
            for rule in ContentCheckerItem.axe_custom_rules
        ),
        *(
            {
                "id": f"seo-{code}",
                "impact": "moderate",
                "selector": f'h1[data-seo-issues~="{code}"]',
                "tags": ["seo"],
                "any": ["stillpoint-seo-flag"],
                "enabled": True,
            }
            for code in PROBLEMS
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
            for code, (name, help_text) in PROBLEMS.items()
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


# Files, not inline code: the admin's Content-Security-Policy runs no inline script.
@hooks.register("insert_editor_js")
def seo_editor_js():
    return format_html(
        '<script src="{}" defer></script><script src="{}" defer></script>',
        static("seo/js/search-preview.js"),
        static("seo/js/content-metrics.js"),
    )


@hooks.register("insert_global_admin_css")
def seo_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("seo/css/seo-admin.css"))
