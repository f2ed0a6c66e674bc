"""App configuration for publish webhooks."""

from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = "Webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from webhooks import events
        from webhooks.models import Delivery, Endpoint
        from webhooks.permissions import AdministratorsOnly

        events.connect()
        register_permission_policy(Endpoint, AdministratorsOnly(Endpoint))
        register_permission_policy(Delivery, AdministratorsOnly(Delivery, actions=("view",)))
