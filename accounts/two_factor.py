"""Two-factor sign-in to the admin: who must give a code from an authenticator app, and when."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp.plugins.otp_totp.models import TOTPDevice

SETUP = "accounts_two_factor"
VERIFY = "accounts_two_factor_verify"
# What an admin user who still owes a code may reach: signing out, and what the code's own
# page needs (the admin's translations and icons).
ALWAYS_OPEN = {"wagtailadmin_logout", "wagtailadmin_javascript_catalog", "wagtailadmin_sprite"}


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def required(user) -> bool:
    """Superusers must enrol when ADMIN_REQUIRE_2FA is on; anyone else may choose to."""
    return settings.ADMIN_REQUIRE_2FA and user.is_superuser


class TwoFactorMiddleware:
    """After django-otp's OTPMiddleware: in the admin, a signed-in user who has an authenticator
    gives its code before anything else, and one who must have one enrols first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None  # the site itself: its pages' queries stay as they are
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        name = request.resolver_match.url_name
        if name in ALWAYS_OPEN:
            return None
        if confirmed_device(user):
            target = VERIFY
        elif required(user):
            target = SETUP
        else:
            return None
        if name == target:
            return None
        return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
