"""Throttles on password-reset requests and on the password forms of private pages and documents.

Both are Wagtail's own views, so they are guarded here by their URL names rather than copied:
the request is refused before the view runs, and wrong passwords are counted after it.
"""

from __future__ import annotations

from django.template.response import TemplateResponse
from wagtail.admin.views.account import get_password_reset_form

from accounts.throttle import (
    PASSWORD_RESET_BY_ADDRESS,
    PASSWORD_RESET_BY_EMAIL,
    PRIVATE_PASSWORD,
)
from home.requests import client_address

PASSWORD_RESET = "wagtailadmin_password_reset"
# URL name -> the keyword naming the restriction whose password is being guessed. The page in
# the private page's address is only where the form is shown: guesses at any page under one
# restriction try the same password, so they are counted together.
PASSWORD_FORMS = {
    "wagtailcore_authenticate_with_password": ("page", "page_view_restriction_id"),
    "wagtaildocs_authenticate_with_password": ("collection", "restriction_id"),
}


def _url_name(request) -> str | None:
    match = getattr(request, "resolver_match", None)
    return match.url_name if match else None


class PasswordGuards:
    """Middleware (after CSRF's): password reset per address and per email, private-page and
    document passwords per address and restriction."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        name = _url_name(request)
        if request.method == "POST" and name in PASSWORD_FORMS and response.status_code == 200:
            # Wagtail redirects on the right password and shows the form again on a wrong one.
            PRIVATE_PASSWORD.hit(*self._restriction(request, name))
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST":
            return None
        name = _url_name(request)
        if name == PASSWORD_RESET:
            return self._password_reset(request)
        if name in PASSWORD_FORMS and PRIVATE_PASSWORD.exhausted(*self._restriction(request, name)):
            return TemplateResponse(
                request,
                "accounts/too_many_guesses.html",
                {"minutes": PRIVATE_PASSWORD.minutes()},
                status=429,
            )
        return None

    @staticmethod
    def _restriction(request, name: str) -> tuple[str, str, object]:
        kind, keyword = PASSWORD_FORMS[name]
        return client_address(request), kind, request.resolver_match.kwargs.get(keyword)

    @staticmethod
    def _password_reset(request):
        """None lets the reset go ahead; otherwise Wagtail's form again, saying why not."""
        email = request.POST.get("email", "").strip().lower()
        limit = PASSWORD_RESET_BY_ADDRESS.limit
        if PASSWORD_RESET_BY_ADDRESS.hit(client_address(request)) <= limit and (
            not email or PASSWORD_RESET_BY_EMAIL.hit(email) <= limit
        ):
            return None
        form = get_password_reset_form()(request.POST)
        form.add_error(
            None,
            "Several password reset emails have been asked for from this connection or for "
            "this address, so no more will be sent for now. Please look for the ones already "
            "sent (and in your spam folder), or try again in "
            f"{PASSWORD_RESET_BY_ADDRESS.minutes()} minutes.",
        )
        return TemplateResponse(
            request, "wagtailadmin/account/password_reset/form.html", {"form": form}, status=429
        )
