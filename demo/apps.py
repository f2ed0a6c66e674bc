"""App configuration for the demo site: its words, its drawings and the loader."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "demo"
    verbose_name = "Demo"
