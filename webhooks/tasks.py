"""Delivering events in the background: one task per attempt, retried with exponential back-off.

Events about one thing (a page, a picture) reach an endpoint in the order they happened: a
delivery waits while an earlier one for the same endpoint and subject is still under way, and
each delivery, once done (delivered, or failed for good), starts the next one.

A retry is a new task with ``run_after`` on backends that can defer (the database backend that
``make run``'s worker reads). The immediate backend of the tests cannot defer: there the retry
runs at once, so the tests see every attempt without waiting for the back-off.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from webhooks.models import Delivery
from webhooks.sending import send

UNDER_WAY = (Delivery.Status.PENDING, Delivery.Status.SENDING)


def back_off(attempts: int) -> timedelta:
    """How long to wait after ``attempts`` failed attempts: the first delay, doubled each time."""
    return timedelta(seconds=settings.WEBHOOKS_RETRY_DELAY * 2 ** (attempts - 1))


def schedule(delivery_id: int, delay: timedelta | None = None) -> None:
    """Have the worker attempt this delivery, after ``delay`` where the backend can wait."""
    if delay and deliver.get_backend().supports_defer:
        deliver.using(run_after=timezone.now() + delay).enqueue(delivery_id)
    else:
        deliver.enqueue(delivery_id)


def schedule_after_commit(delivery_ids) -> None:
    for delivery_id in delivery_ids:
        transaction.on_commit(lambda pk=delivery_id: schedule(pk))


def waits_for_earlier(delivery: Delivery) -> bool:
    return Delivery.objects.filter(
        endpoint_id=delivery.endpoint_id,
        subject=delivery.subject,
        status__in=UNDER_WAY,
        pk__lt=delivery.pk,
    ).exists()


def start_next(delivery: Delivery) -> None:
    """Start the next delivery about the same subject to the same endpoint, if one waits."""
    following = (
        Delivery.objects.filter(
            endpoint_id=delivery.endpoint_id,
            subject=delivery.subject,
            status=Delivery.Status.PENDING,
            pk__gt=delivery.pk,
        )
        .order_by("pk")
        .first()
    )
    if following is not None:
        schedule(following.pk)


@task()
def deliver(delivery_id: int) -> str:
    """One attempt at one delivery; returns the status it ends in."""
    delivery = Delivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.status != Delivery.Status.PENDING:
        return "gone"
    if waits_for_earlier(delivery):
        return "waiting"  # the earlier delivery starts this one when it is done
    # Claim it: of two workers given the same delivery, one sends.
    claimed = Delivery.objects.filter(pk=delivery.pk, status=Delivery.Status.PENDING).update(
        status=Delivery.Status.SENDING
    )
    if not claimed:
        return "gone"
    outcome = send(
        delivery.endpoint.url, delivery.endpoint.secret, delivery.message_id, delivery.body
    )
    delivery.attempts += 1
    delivery.last_attempt_at = timezone.now()
    delivery.response_status = outcome.status
    delivery.response_start = outcome.text
    if outcome.delivered:
        delivery.status = Delivery.Status.DELIVERED
        delivery.next_attempt_at = None
    elif outcome.retry and delivery.attempts < settings.WEBHOOKS_MAX_ATTEMPTS:
        delivery.status = Delivery.Status.PENDING
        delay = back_off(delivery.attempts)
        delivery.next_attempt_at = delivery.last_attempt_at + delay
    else:
        delivery.status = Delivery.Status.FAILED
        delivery.next_attempt_at = None
    delivery.save()
    if delivery.status == Delivery.Status.PENDING:
        schedule(delivery.pk, delay)
    else:
        start_next(delivery)
    return delivery.status


def resend(delivery: Delivery) -> Delivery:
    """The same event again (same webhook-id, so receivers can tell), logged as a new delivery."""
    copy = Delivery.objects.create(
        endpoint=delivery.endpoint,
        message_id=delivery.message_id,
        event=delivery.event,
        subject=delivery.subject,
        body=delivery.body,
    )
    schedule_after_commit([copy.pk])
    return copy
