"""App configuration for moving an old site in (WordPress, Squarespace, HTML, plain text)."""

from django.apps import AppConfig


class ImporterConfig(AppConfig):
    name = "importer"
    verbose_name = "Import"
