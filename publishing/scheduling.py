"""One pass of scheduled publishing, claimed through the heartbeat row, and the loop that repeats it.

Wagtail's own ``publish_scheduled`` does the publishing; this module decides when it runs and
which worker runs it, and records each run so the dashboard can tell whether it still happens.
"""

from __future__ import annotations

import io
import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import OperationalError, close_old_connections, transaction
from django.utils import timezone
from django_tasks_db.utils import is_locked_database_exception
from wagtail.models import DraftStateMixin, ModelLogEntry, Page, PageLogEntry

from publishing.models import PublishingHeartbeat

logger = logging.getLogger(__name__)

PUBLISHED = "wagtail.publish.scheduled"
UNPUBLISHED = "wagtail.unpublish.scheduled"


def default_interval() -> float:
    return float(getattr(settings, "PUBLISH_SCHEDULED_INTERVAL", 60))


@dataclass(frozen=True)
class Run:
    """What one pass changed."""

    at: datetime
    published: int
    unpublished: int


def publish_due(*, now: datetime | None = None, interval: float | None = None, worker: str = ""):
    """Publish what has reached its go-live time and unpublish what has expired.

    Returns the :class:`Run`, or None when another worker ran less than ``interval`` seconds
    before ``now`` or is running right now: the heartbeat row is locked for the whole pass
    (``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite's write lock, which
    ``BEGIN IMMEDIATE`` takes, elsewhere), so two workers never publish at once.
    """
    now = now or timezone.now()
    interval = default_interval() if interval is None else interval
    try:
        PublishingHeartbeat.objects.get_or_create(pk=PublishingHeartbeat.SINGLETON)
        with transaction.atomic():
            beat = (
                PublishingHeartbeat.objects.select_for_update(skip_locked=True)
                .filter(pk=PublishingHeartbeat.SINGLETON)
                .first()
            )
            if beat is None:  # locked: another worker is publishing now
                return None
            if beat.last_run_at and now < beat.last_run_at + timedelta(seconds=interval):
                return None
            started = timezone.now()
            call_command("publish_scheduled", stdout=io.StringIO())
            beat.last_run_at = now
            beat.published = _logged(PUBLISHED, since=started)
            beat.unpublished = _logged(UNPUBLISHED, since=started)
            beat.worker = worker[:64]
            beat.save()
    except OperationalError as error:
        if is_locked_database_exception(error):  # SQLite: another worker holds the lock
            return None
        raise
    return Run(at=now, published=beat.published, unpublished=beat.unpublished)


def _logged(action: str, *, since: datetime) -> int:
    """Objects that Wagtail logged as published or unpublished on schedule during this pass."""
    return sum(
        log.objects.filter(action=action, timestamp__gte=since).count()
        for log in (PageLogEntry, ModelLogEntry)
    )


def scheduled_models() -> list[type]:
    """Pages and every snippet model with a draft state: what can be scheduled."""
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


class Scheduler:
    """Tries a pass every ``interval`` seconds until stopped; a worker runs it in a thread."""

    def __init__(self, *, interval: float | None = None, worker: str = ""):
        # At least a second apart: an interval of 0 would keep the database busy for nothing.
        self.interval = max(1.0, default_interval() if interval is None else interval)
        self.worker = worker
        self.stopping = threading.Event()

    def run(self) -> None:
        logger.info("Publishing on schedule every %s s", self.interval)
        while True:  # one pass at once, even when stopped early (``worker --batch``)
            self.run_once()
            if self.stopping.wait(self.interval):
                return

    def run_once(self) -> Run | None:
        close_old_connections()
        try:
            run = publish_due(interval=self.interval, worker=self.worker)
        except Exception:
            # A page that cannot be published must not stop the worker; the heartbeat stays
            # old, so the dashboard warns, and the log says why.
            logger.exception("Scheduled publishing failed; trying again in %s s", self.interval)
            return None
        finally:
            close_old_connections()
        if run and (run.published or run.unpublished):
            logger.info(
                "Published %d and unpublished %d on schedule", run.published, run.unpublished
            )
        return run

    def stop(self) -> None:
        self.stopping.set()
