"""App configuration for sign-in guards: throttled logins and passwords, two-factor sign-in."""

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Sign-in and accounts"
