"""Webhook endpoints (Settings → Webhooks) and the log of every delivery to them."""

from __future__ import annotations

import base64
import secrets

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from home.addresses import AddressRefused, check_url


class Event(models.TextChoices):
    PAGE_PUBLISHED = "page.published", "Page published"
    PAGE_UNPUBLISHED = "page.unpublished", "Page unpublished"
    PAGE_MOVED = "page.moved", "Page moved"
    PAGE_DELETED = "page.deleted", "Page deleted"
    SNIPPET_CHANGED = "snippet.changed", "Snippet changed (added, edited or deleted)"
    IMAGE_CHANGED = "image.changed", "Image changed (added, edited or deleted)"
    PRACTICE_CHANGED = "practice.changed", "Practice details changed"


def new_secret() -> str:
    """A signing secret in Standard Webhooks' form: ``whsec_`` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class EventsField(models.JSONField):
    """The events an endpoint subscribes to: a list of event names, ticked in the admin."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=Event.choices,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )


class Endpoint(models.Model):
    url = models.URLField(
        "URL",
        max_length=500,
        help_text=(
            "Where events are sent, as a POST with a JSON body, e.g. a static site's build "
            "hook. http or https only; addresses on this machine or private networks are refused."
        ),
    )
    description = models.CharField(
        max_length=120, blank=True, help_text="What listens there, e.g. “Netlify rebuild”."
    )
    secret = models.CharField(
        max_length=100,
        default=new_secret,
        editable=False,
        help_text=(
            "The receiver checks each event's webhook-signature header with this secret "
            "(Standard Webhooks). Keep it private."
        ),
    )
    events = EventsField(default=list, help_text="The changes that are sent to this endpoint.")
    active = models.BooleanField(default=True, help_text="Untick to stop sending for a while.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["url"]
        verbose_name = "webhook"

    def __str__(self) -> str:
        return self.description or self.url

    def clean(self):
        super().clean()
        try:
            check_url(self.url)
        except AddressRefused as refusal:
            raise ValidationError({"url": str(refusal)}) from refusal


class Delivery(models.Model):
    """One event for one endpoint, and how sending it went."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        SENDING = "sending", "Sending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    endpoint = models.ForeignKey(Endpoint, on_delete=models.CASCADE, related_name="deliveries")
    message_id = models.CharField(
        max_length=40, help_text="The webhook-id header: the same for every attempt and resend."
    )
    event = models.CharField(max_length=40, choices=Event.choices)
    # What the event is about ("page:12"): events about one thing are sent in order.
    subject = models.CharField(max_length=80, db_index=True)
    body = models.TextField(help_text="The JSON sent, exactly as signed.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_start = models.TextField(
        "answer (first bytes)",
        blank=True,
        help_text="The first bytes of the answer, or why there was none.",
    )
    created_at = models.DateTimeField("time", auto_now_add=True, db_index=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "webhook delivery"
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.event} to {self.endpoint}"
