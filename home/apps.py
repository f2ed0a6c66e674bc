"""App configuration for the page core."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site"

    def ready(self):
        from home import roles, signals
        from home.registry import registry

        signals.connect()
        registry.add_role_model("home", "author", contributors=("add", "change"))
        registry.add_role_model("home", "practicesettings", editors=("change",))
        registry.add_role_model("home", "navigationsettings", editors=("change",))
        registry.add_role_model("wagtailredirects", "redirect")
        registry.add_role_model("wagtailsearchpromotions", "query")
        post_migrate.connect(roles.after_migrate, dispatch_uid="stillpoint-roles")
