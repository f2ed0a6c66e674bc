"""The admin's Settings → Webhooks and Webhook deliveries, for administrators only."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, StatusFlagColumn
from wagtail.admin.viewsets.model import ModelViewSet

from webhooks.models import Delivery, Endpoint, Event
from webhooks.tasks import resend


class EventsColumn(Column):
    def get_value(self, instance):
        names = dict(Event.choices)
        return ", ".join(str(names.get(event, event)) for event in instance.events)


class ResendColumn(Column):
    """A button that sends the delivery's event again."""

    cell_template_name = "webhooks/resend_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        context["csrf_token"] = get_token(request) if request else ""
        context["action"] = reverse("webhook-deliveries:resend", args=[instance.pk])
        return context


class EndpointViewSet(ModelViewSet):
    model = Endpoint
    icon = "link-external"
    menu_label = "Webhooks"
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = [
        "url",
        "description",
        EventsColumn("events", label="Events"),
        StatusFlagColumn("active", label="State", true_label="Active", false_label="Paused"),
    ]
    panels = [
        FieldPanel("url"),
        FieldPanel("description"),
        FieldPanel("events"),
        FieldPanel("active"),
        FieldPanel("secret", read_only=True),
    ]

    def get_permissions_to_register(self):
        return Permission.objects.none()  # administrators only: nothing to grant to groups


class DeliveryViewSet(ModelViewSet):
    model = Delivery
    name = "webhook-deliveries"
    icon = "history"
    menu_label = "Webhook deliveries"
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = []  # the log is read, not edited (the permission policy allows viewing only)
    list_display = [
        "created_at",  # the first column links to the delivery's details
        "event",
        "endpoint",
        "subject",
        "status",
        "attempts",
        "response_status",
        "response_start",
        ResendColumn("resend", label="", accessor="pk"),
    ]
    list_filter = ["status", "event", "endpoint"]
    inspect_view_fields = [
        "created_at",
        "endpoint",
        "event",
        "message_id",
        "subject",
        "status",
        "attempts",
        "last_attempt_at",
        "next_attempt_at",
        "response_status",
        "response_start",
        "body",
    ]

    def get_permissions_to_register(self):
        return Permission.objects.none()

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/<int:pk>/", self.resend_view, name="resend"),
        ]

    @property
    def resend_view(self):
        return require_POST(resend_delivery)


def resend_delivery(request, pk):
    if not (request.user.is_active and request.user.is_superuser):
        raise PermissionDenied
    delivery = get_object_or_404(Delivery.objects.select_related("endpoint"), pk=pk)
    if delivery.endpoint.active:
        resend(delivery)
        messages.success(request, f"“{delivery.event}” is being sent again to {delivery.endpoint}.")
    else:
        messages.error(request, f"{delivery.endpoint} is paused: make it active to resend.")
    return redirect("webhook-deliveries:index")
