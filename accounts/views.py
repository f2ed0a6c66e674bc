"""The admin's two-factor pages: enrol an authenticator app, give its code, turn it off."""

from __future__ import annotations

import base64

import segno
from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts.two_factor import SETUP, confirmed_device, required

DEVICE_NAME = "Authenticator app"


class CodeForm(forms.Form):
    token = forms.CharField(
        label="Six-digit code from your authenticator app",
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean_token(self) -> str:
        token = self.cleaned_data["token"].replace(" ", "")
        if not token.isdigit() or len(token) != 6:
            raise forms.ValidationError("Enter the six digits your app shows, e.g. 123456.")
        return token


def check_code(form: CodeForm, device: TOTPDevice) -> bool:
    """Whether the form holds the device's current code; if not, the form says why."""
    allowed, _ = device.verify_is_allowed()
    if not allowed:
        form.add_error(
            "token",
            "Too many wrong codes in a row: please wait a few seconds, then try the newest code.",
        )
        return False
    if device.verify_token(form.cleaned_data["token"]):
        return True
    form.add_error("token", "That code did not match. Check your phone's time and try again.")
    return False


def next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def verify(request):
    """The second step of signing in, for users who have an authenticator app."""
    device = confirmed_device(request.user)
    if device is None or request.user.is_verified():
        return redirect(next_url(request))
    form = CodeForm(request.POST or None)
    if form.is_valid() and check_code(form, device):
        otp_login(request, device)
        return redirect(next_url(request))
    context = {"form": form, "next": next_url(request)}
    status = 400 if form.errors else 200
    return TemplateResponse(request, "accounts/two_factor/verify.html", context, status=status)


class TwoFactorView(WagtailAdminTemplateMixin, View):
    """Account → Two-factor authentication: enrol with a QR code, or turn it off."""

    page_title = "Two-factor authentication"
    header_icon = "key"
    template_name = "accounts/two_factor/setup.html"

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [
            {"url": reverse("wagtailadmin_account"), "label": "Account"},
            {"url": "", "label": self.page_title},
        ]

    def get(self, request):
        return self.render(CodeForm())

    def post(self, request):
        form = CodeForm(request.POST)
        if not form.is_valid():
            return self.render(form, status=400)
        user, device = request.user, confirmed_device(request.user)
        if device is None:
            device = self.pending_device()
            if check_code(form, device):
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                otp_login(request, device)
                messages.success(request, "Two-factor authentication is on.")
                return redirect(next_url(request))
        elif required(user):
            form.add_error(None, "Superusers of this site must keep two-factor authentication.")
        elif check_code(form, device):
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, "Two-factor authentication is off.")
            return redirect(SETUP)
        return self.render(form, status=400)

    def pending_device(self) -> TOTPDevice:
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(
            user=self.request.user, name=DEVICE_NAME, confirmed=False
        )

    def render(self, form: CodeForm, status: int = 200):
        context = self.get_context_data(form=form, next=next_url(self.request))
        device = confirmed_device(self.request.user)
        context.update(device=device, required=required(self.request.user))
        if device is None:
            pending = self.pending_device()
            secret = base64.b32encode(pending.bin_key).decode()
            # In groups of four, for typing into an app that cannot scan.
            context["secret"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
            context["qr_code"] = segno.make(pending.config_url, error="m").svg_inline(
                scale=5, dark="#1f2933", light="#ffffff", title="QR code for your authenticator app"
            )
        return TemplateResponse(self.request, self.template_name, context, status=status)
