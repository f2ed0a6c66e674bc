"""The contact page: a Wagtail form whose submissions are stored, emailed, and guarded from bots."""

from __future__ import annotations

import time

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import models
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from contact.forms import FormPageForm
from home.blocks.text import RICH_TEXT_FEATURES
from home.caching import shared_cache
from home.models import BasePage, PracticeSettings

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
SIGNING_SALT = "stillpoint.contact-form"


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(AbstractEmailForm, BasePage):
    """A message form: name, email, message and how to reply, or whatever fields editors add."""

    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Shown above the form, e.g. when you usually reply.",
    )
    thank_you_text = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Shown after someone sends a message.",
    )

    base_form_class = FormPageForm
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    card_intro_field = "search_description"
    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form fields"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading="Email (left empty, messages go to the practice's email address)",
        ),
    ]
    promote_panels = BasePage.promote_panels

    class Meta:
        verbose_name = "contact page"

    # Spam protection ---------------------------------------------------------------------

    def form_started_token(self) -> str:
        return signing.dumps(time.time(), salt=SIGNING_SALT)

    def spam_reason(self, request) -> str | None:
        """Why this POST looks automated, or None. Checked before the form is even built."""
        if request.POST.get(HONEYPOT_FIELD):
            return "honeypot"
        try:
            started = signing.loads(
                request.POST.get(STARTED_FIELD, ""), salt=SIGNING_SALT, max_age=24 * 60 * 60
            )
        except signing.BadSignature:
            return "no-start"
        if time.time() - float(started) < settings.CONTACT_MIN_SECONDS:
            return "too-fast"
        return None

    @staticmethod
    def client_address(request) -> str:
        """The visitor's address; behind TRUSTED_PROXIES proxies, the one they saw."""
        if settings.TRUSTED_PROXIES:
            forwarded = [
                part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            ]
            forwarded = [part for part in forwarded if part]
            if len(forwarded) >= settings.TRUSTED_PROXIES:
                return forwarded[-settings.TRUSTED_PROXIES]
        return request.META.get("REMOTE_ADDR", "")

    def rate_limited(self, request) -> bool:
        # Counted where every app process sees it, so the limit does not grow with workers.
        counter = shared_cache()
        key = f"stillpoint:contact:{self.client_address(request)}"
        counter.add(key, 0, settings.CONTACT_RATE_WINDOW)
        try:
            attempts = counter.incr(key)
        except ValueError:  # expired between add and incr
            counter.set(key, 1, settings.CONTACT_RATE_WINDOW)
            attempts = 1
        return attempts > settings.CONTACT_RATE_LIMIT

    def refuse(self, request, status: int, reason: str):
        context = self.get_context(request)
        context["reason"] = reason
        return TemplateResponse(request, "contact/contact_refused.html", context, status=status)

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            if self.rate_limited(request):
                return self.refuse(request, 429, "rate")
            if self.spam_reason(request):
                return self.refuse(request, 400, "spam")
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["honeypot_field"] = HONEYPOT_FIELD
        context["started_field"] = STARTED_FIELD
        # A person correcting a mistake keeps the time they started: the form is not new.
        started = request.POST.get(STARTED_FIELD) if request.method == "POST" else None
        context["form_started"] = started or self.form_started_token()
        return context

    # Email ---------------------------------------------------------------------------------

    def recipients(self) -> list[str]:
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",") if address.strip()]
        practice = PracticeSettings.for_site(self.get_site())
        return [practice.email] if practice.email else []

    def process_form_submission(self, form):
        # Store first (AbstractForm), then email: the message is kept even if mail fails.
        submission = super(AbstractEmailForm, self).process_form_submission(form)
        if recipients := self.recipients():
            send_mail(
                self.subject or f"New message from the {self.title} page",
                self.render_email(form),
                self.from_address or settings.DEFAULT_FROM_EMAIL,
                recipients,
                fail_silently=True,
            )
        return submission
