"""App configuration for the page core."""

from django.apps import AppConfig
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from home import caching, roles, signals
        from home.registry import registry

        signals.connect()
        request_started.connect(caching.remember_version, dispatch_uid="stillpoint-version-read")
        request_finished.connect(caching.forget_version, dispatch_uid="stillpoint-version-done")
        registry.add_role_model("home", "author", contributors=("add", "change"))
        registry.add_role_model("home", "practicesettings", editors=("change",))
        registry.add_role_model("home", "navigationsettings", editors=("change",))
        registry.add_role_model("wagtailredirects", "redirect")
        registry.add_role_model("wagtailsearchpromotions", "query")
        post_migrate.connect(roles.after_migrate, dispatch_uid="stillpoint-roles")
