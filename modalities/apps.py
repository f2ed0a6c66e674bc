"""App configuration for the modalities app."""

from django.apps import AppConfig


class ModalitiesConfig(AppConfig):
    name = "modalities"
    verbose_name = "Modalities and FAQ"
