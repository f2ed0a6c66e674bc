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
from wagtail.api import APIField
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from contact import guards
from contact.forms import ContactFormBuilder, FormPageForm
from contact.serializers import FormFieldsField
from home.blocks.text import RICH_TEXT_FEATURES
from home.models import BasePage, PracticeSettings
from home.requests import client_address

HONEYPOT_FIELD = "website"
STARTED_FIELD = "form_started"
SIGNING_SALT = "stillpoint.contact-form"
# How long a form, once shown, may be sent; its token is remembered as used for as long.
TOKEN_MAX_AGE = 24 * 60 * 60


# Wagtail's field types, with a phone number (type="tel": the phone keypad, checked as a number).
FIELD_TYPES = [*FORM_FIELD_CHOICES[:3], ("tel", "Phone number"), *FORM_FIELD_CHOICES[3:]]
AUTOCOMPLETE_CHOICES = [
    ("name", "Full name"),
    ("given-name", "First name"),
    ("family-name", "Last name"),
    ("email", "Email address"),
    ("tel", "Phone number"),
    ("organization", "Organisation"),
    ("street-address", "Street address"),
    ("postal-code", "Postal code"),
    ("off", "Nothing (browsers do not fill it)"),
]
# Why a message was not sent, said on the form above what the visitor typed.
REFUSALS = {
    "rate": (
        429,
        "Several messages have come from your connection in the last few minutes, so the form "
        "is paused for a little while. Everything you wrote is still here: please try again "
        "later, or call or write to us directly.",
    ),
    "too-fast": (
        400,
        "That was sent quicker than a person usually types, so it was not delivered. Everything "
        "you wrote is still here: please check it and send it again.",
    ),
    "spam": (
        400,
        "The form was sent in a way that looked automatic, so it was not delivered. If you are "
        "a person, we are sorry: everything you wrote is still here, please send it again.",
    ),
}


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField("field type", max_length=16, choices=FIELD_TYPES)
    field_type.required_on_save = True
    autocomplete = models.CharField(
        max_length=20,
        blank=True,
        choices=AUTOCOMPLETE_CHOICES,
        help_text="What a browser may fill in for the visitor. Left empty, it follows the field "
        "type (email, phone number) or the label (“name”).",
    )

    panels = [*AbstractFormField.panels, FieldPanel("autocomplete")]


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
    form_builder = ContactFormBuilder
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
    # What a front end needs to render the page and its form.
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField(
            "form_fields",
            serializer=FormFieldsField(ContactFormField._meta.get_field("field_type").choices),
        ),
        APIField("thank_you_text"),
    ]

    class Meta:
        verbose_name = "contact page"

    # Spam protection ---------------------------------------------------------------------

    def form_started_token(self) -> str:
        return signing.dumps(time.time(), salt=SIGNING_SALT)

    def spam_reason(self, request) -> str | None:
        """Why this POST looks automated, or None."""
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

    def show_form(self, request, form, reason: str = ""):
        """The form again with everything typed in it, and why it was not sent if refused
        (a reason of ``spam_reason()``, or "rate")."""
        context = self.get_context(request)
        context["form"] = form
        status = 200
        if reason:
            # "honeypot" and "no-start" are told apart here only: both read as automatic.
            status, context["refusal"] = REFUSALS.get(reason) or REFUSALS["spam"]
            if reason == "no-start":
                context["form_started"] = self.form_started_token()  # its token was unusable
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def refuse_replay(self, request):
        """A form sent a second time: its message already arrived, so this one is not kept."""
        context = self.get_context(request)
        return TemplateResponse(request, "contact/contact_refused.html", context, status=400)

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if self.rate_limited(request):
            return self.show_form(request, form, "rate")
        if reason := self.spam_reason(request):
            return self.show_form(request, form, reason)
        if not form.is_valid():
            return self.show_form(request, form)
        # A token is good for one message: claimed only now, so that correcting a mistake
        # keeps it, and given back if the message could not be kept.
        token = request.POST[STARTED_FIELD]
        if not guards.claim_token(token, TOKEN_MAX_AGE):
            return self.refuse_replay(request)
        try:
            submission = self.process_form_submission(form)
        except Exception:
            guards.release_token(token)
            raise
        # Only a message that was kept counts toward the limit: mistakes and refusals do not.
        guards.count_message(client_address(request))
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
