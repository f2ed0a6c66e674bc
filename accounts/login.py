"""Throttled admin sign-in on django-axes: the backend, the lock-out message and response."""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from django import forms
from django.conf import settings
from django.http import JsonResponse
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

LOGIN_URL_NAME = "wagtailadmin_login"


def lockout_minutes() -> int:
    return max(1, round(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def lockout_message() -> str:
    return (
        "Too many failed sign-in attempts for this account or from this connection, so "
        f"signing in is paused for {lockout_minutes()} minutes. Please wait and try again, "
        "or ask the site's administrator to unlock the account."
    )


class ThrottledBackend(AxesStandaloneBackend):
    """django-axes' check, first in AUTHENTICATION_BACKENDS: a locked-out attempt is refused
    before any backend hashes its password."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            # Code that signs someone in outside a request (a management command, the test
            # client's login()) has no visitor to count; every form and API passes one.
            return None
        try:
            return super().authenticate(request, username=username, password=password, **kwargs)
        except AxesBackendPermissionDenied:
            # An API client's request is Django REST framework's wrapper: mark the request
            # underneath, which AxesMiddleware reads, so the client is told it is locked out.
            if (inner := getattr(request, "_request", None)) is not None:
                inner.axes_locked_out = True
            raise


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, saying so when the attempt was refused by the lock-out."""

    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            return forms.ValidationError(lockout_message(), code="locked_out")
        return super().get_invalid_login_error()


def lockout_response(request, original_response=None, credentials=None):
    """What a locked-out attempt answers (AXES_LOCKOUT_CALLABLE): the sign-in page with its
    message, or JSON for an API client, both with 429 Too Many Requests."""
    match = getattr(request, "resolver_match", None)
    if original_response is not None and match and match.url_name == LOGIN_URL_NAME:
        original_response.status_code = 429
        return original_response
    return JsonResponse({"message": lockout_message()}, status=429)
