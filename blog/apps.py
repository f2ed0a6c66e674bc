"""App configuration for the writing sections: articles, philosophy essays, the Journey."""

from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Writing"

    def ready(self):
        from blog.dashboard import write_article_url
        from blog.models import latest_writing
        from home.registry import DashboardAction, registry

        registry.latest_writing.append(latest_writing)
        registry.dashboard_actions.append(
            DashboardAction(
                "Write an article",
                write_article_url,
                primary=True,
                icon="doc-full-inverse",
                order=10,
            )
        )
