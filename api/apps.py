"""App configuration for the headless API: endpoints, the OpenAPI document, headless preview."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = "Headless API"

    def ready(self):
        from api.preview import serve_headless_preview
        from home.registry import PreviewMode, registry

        registry.preview_modes.append(
            PreviewMode("headless", "Headless (JSON link)", serve_headless_preview)
        )
