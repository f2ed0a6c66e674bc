"""App configuration for the media app."""

from django.apps import AppConfig


class MediaConfig(AppConfig):
    name = "media"
    verbose_name = "Media"

    def ready(self):
        from media import signals

        signals.connect()
