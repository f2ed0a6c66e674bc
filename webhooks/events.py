"""What happens in the CMS, as events: built when it happens, recorded and sent once committed.

Only what visitors can see is announced: pages outside private sections (a draft save sends
nothing: only publishing does). A page's event carries its id, type, URL and API detail URL;
a snippet's, picture's or the practice details' their model and id.
"""

from __future__ import annotations

import json
import uuid

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from home.models import PracticeSettings
from home.visibility import in_public_section as public_section
from home.visibility import visible_page_ids
from webhooks.models import Delivery, Endpoint, Event
from webhooks.tasks import schedule_after_commit


def api_url(name: str, *args) -> str | None:
    try:
        path = reverse(name, args=args)
    except NoReverseMatch:
        return None  # the API is not installed in this project
    return f"{settings.WAGTAILAPI_BASE_URL}{path}"


def model_label(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def page_data(page) -> dict:
    specific_class = page.specific_class or type(page)
    return {
        "id": page.pk,
        "type": model_label(specific_class),
        "title": page.title,
        "url": page.get_full_url(),
        "api_url": api_url("wagtailapi:pages:detail", page.pk),
    }


def announce(event: Event, subject: str, data: dict) -> None:
    """Send ``event`` to the endpoints that want it, once the current transaction commits."""
    body = json.dumps(
        {"type": event.value, "timestamp": timezone.now().isoformat(), "data": data},
        separators=(",", ":"),
        ensure_ascii=False,
    )
    transaction.on_commit(lambda: record(event, subject, body))


def record(event: Event, subject: str, body: str) -> list[int]:
    """One delivery per active endpoint subscribed to ``event``, each started in the background."""
    endpoints = [
        endpoint for endpoint in Endpoint.objects.filter(active=True) if event in endpoint.events
    ]
    if not endpoints:
        return []
    message_id = f"msg_{uuid.uuid4().hex}"
    with transaction.atomic():
        ids = [
            Delivery.objects.create(
                endpoint=endpoint, message_id=message_id, event=event, subject=subject, body=body
            ).pk
            for endpoint in endpoints
        ]
        schedule_after_commit(ids)
    return ids


# Pages ---------------------------------------------------------------------------------------


def is_visible_now(page) -> bool:
    return page.pk in visible_page_ids([page.pk])


def published(instance, **_kwargs) -> None:
    if is_visible_now(instance):
        announce(Event.PAGE_PUBLISHED, f"page:{instance.pk}", page_data(instance))


def in_public_section(page) -> bool:
    return public_section(Page.objects.filter(pk=page.pk)).exists()


def unpublished(instance, **_kwargs) -> None:
    if in_public_section(instance):
        announce(Event.PAGE_UNPUBLISHED, f"page:{instance.pk}", page_data(instance))


def moved(instance, url_path_before="", url_path_after="", **_kwargs) -> None:
    if not is_visible_now(instance):
        return
    data = page_data(instance)
    old = Page(pk=instance.pk, url_path=url_path_before, depth=instance.depth)
    data["old_url"] = old.get_full_url() if url_path_before else None
    announce(Event.PAGE_MOVED, f"page:{instance.pk}", data)


def deleting(instance, **_kwargs) -> None:
    # Read before the row goes (afterwards its section can no longer be read), announced after
    # Wagtail's own unpublishing of the page it deletes, so "unpublished" comes first.
    if instance.live and in_public_section(instance):
        instance.webhook_data = page_data(instance)


def deleted(instance, **_kwargs) -> None:
    if data := getattr(instance, "webhook_data", None):
        announce(Event.PAGE_DELETED, f"page:{instance.pk}", data)


# Snippets, pictures, practice details ----------------------------------------------------------


def object_data(instance, api: str | None = None) -> dict:
    data = {"model": model_label(type(instance)), "id": instance.pk}
    if api:
        data["api_url"] = api
    return data


def changed(sender, instance, raw=False, **_kwargs) -> None:
    if raw:
        return  # fixtures being loaded, not an editor's change
    if sender is get_image_model():
        data = object_data(instance, api_url("wagtailapi:images:detail", instance.pk))
        announce(Event.IMAGE_CHANGED, f"image:{instance.pk}", data)
    elif sender is PracticeSettings:
        data = object_data(instance, api_url("api_practice_details"))
        announce(Event.PRACTICE_CHANGED, f"practice:{instance.pk}", data)
    elif sender in get_snippet_models():
        subject = f"snippet:{model_label(sender)}:{instance.pk}"
        announce(Event.SNIPPET_CHANGED, subject, object_data(instance))


def connect() -> None:
    page_published.connect(published, dispatch_uid="webhooks-published")
    page_unpublished.connect(unpublished, dispatch_uid="webhooks-unpublished")
    post_page_move.connect(moved, dispatch_uid="webhooks-moved")
    pre_delete.connect(deleting, sender=Page, dispatch_uid="webhooks-deleting")
    post_delete.connect(deleted, sender=Page, dispatch_uid="webhooks-deleted")
    post_save.connect(changed, dispatch_uid="webhooks-saved")
    post_delete.connect(changed, dispatch_uid="webhooks-deleted-snippet")
