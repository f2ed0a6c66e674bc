"""Admin wiring: the two-factor pages and their entry in the Account page's actions."""

from django.urls import path, reverse
from wagtail import hooks

from accounts import views
from accounts.two_factor import SETUP, VERIFY


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", views.TwoFactorView.as_view(), name=SETUP),
        path("two-factor/verify/", views.verify, name=VERIFY),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse(SETUP),
        "label": "Two-factor authentication",
        "help_text": "Ask for a code from an authenticator app on your phone when you sign in.",
    }
