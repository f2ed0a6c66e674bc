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

from contact import guards
from contact.forms import FormPageForm
from home.blocks.text import RICH_TEXT_FEATURES
from home.models import BasePage, PracticeSettings
from home.requests import client_address

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
SIGNING_SALT = "stillpoint.contact-form"
# How long a form, once shown, may be sent; its token is remembered as used for as long.
TOKEN_MAX_AGE = 24 * 60 * 60


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
                request.POST.get(STARTED_FIELD, ""), salt=SIGNING_SALT, max_age=TOKEN_MAX_AGE
            )
        except signing.BadSignature:
            return "no-start"
        if time.time() - float(started) < settings.CONTACT_MIN_SECONDS:
            return "too-fast"
        return None

    def rate_limited(self, request) -> bool:
        # Counted where every app process sees it, so the limit does not grow with workers.
        return guards.too_many_messages(client_address(request))

    def refuse(self, request, status: int, reason: str):
        context = self.get_context(request)
        context["reason"] = reason
        return TemplateResponse(request, "contact/contact_refused.html", context, status=status)

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        if self.rate_limited(request):
            return self.refuse(request, 429, "rate")
        if self.spam_reason(request):
            return self.refuse(request, 400, "spam")
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if not form.is_valid():
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context)
        # A token is good for one message: claimed only now, so that correcting a mistake
        # keeps it, and given back if the message could not be kept.
        token = request.POST[STARTED_FIELD]
        if not guards.claim_token(token, TOKEN_MAX_AGE):
            return self.refuse(request, 400, "sent")
        try:
            submission = self.process_form_submission(form)
        except Exception:
            guards.release_token(token)
            raise
        return self.render_landing_page(request, submission, *args, **kwargs)

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
