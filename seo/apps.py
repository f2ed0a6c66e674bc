"""App configuration for SEO: head tags, JSON-LD, sitemap, robots.txt, the report and checks."""

from django.apps import AppConfig


class SeoConfig(AppConfig):
    name = "seo"
    verbose_name = "SEO"

    def ready(self):
        from home.registry import DashboardAction, registry
        from seo import editors
        from seo.structured_data import page_graph

        registry.page_data["structured_data"] = page_graph
        registry.heading_attributes.append(editors.seo_issues)
        registry.dashboard_actions.append(
            DashboardAction("SEO report", editors.report_url, order=30)
        )
        registry.dashboard_sections.append(editors.dashboard_section)
