"""Factories of the contact page: a message form with the usual fields."""

import factory

from contact.models import ContactFormField, ContactPage
from tests.home.factories import SitePageFactory

FIELDS = [
    ("Your name", "singleline", True, ""),
    ("Email", "email", True, ""),
    ("Phone", "tel", False, ""),
    ("How should we reply?", "radio", True, "Email\nPhone"),
    ("Your message", "multiline", True, ""),
]


class ContactPageFactory(SitePageFactory):
    class Meta:
        model = ContactPage
        # Post-generation hooks save what they add themselves.
        skip_postgeneration_save = True

    title = "Contact"
    slug = "contact"
    intro = "<p>We usually reply within a day.</p>"
    thank_you_text = "<p>Thank you: we will be in touch.</p>"

    @factory.post_generation
    def form_fields(self, create, extracted, **kwargs):
        if not create:
            return
        for order, (label, kind, required, choices) in enumerate(extracted or FIELDS):
            ContactFormField.objects.create(
                page=self,
                sort_order=order,
                label=label,
                field_type=kind,
                required=required,
                choices=choices,
            )
