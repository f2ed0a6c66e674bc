"""App configuration for scheduled publishing."""

from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "publishing"
    verbose_name = "Scheduled publishing"

    def ready(self):
        from home.registry import registry
        from publishing.dashboard import dashboard_section

        registry.dashboard_sections.append(dashboard_section)
