"""App configuration for the contact page and its guards against spam."""

from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = "Contact"
