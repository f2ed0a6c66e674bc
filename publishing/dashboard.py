"""The dashboard's word on scheduled publishing: when it last ran, what waits, and a warning."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.timesince import timesince
from wagtail.models import Revision

from publishing.models import PublishingHeartbeat
from publishing.scheduling import default_interval, scheduled_models

# Runs every minute by default: five minutes without one means no worker is running.
STALE_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class ScheduleStatus:
    """What the dashboard says: the last run, what waits, and whether to warn."""

    last_run: PublishingHeartbeat | None
    waiting: int  # pages and snippets waiting for their go-live time
    overdue: int  # of those, the ones whose time has passed
    next_go_live: datetime | None
    expiring: int  # live pages and snippets with an expiry time still to come
    now: datetime

    @property
    def never_ran(self) -> bool:
        return self.last_run is None or self.last_run.last_run_at is None

    @property
    def since_last_run(self) -> str:
        at = self.last_run.last_run_at
        return (
            "less than a minute"
            if self.now - at < timedelta(minutes=1)
            else timesince(at, self.now)
        )

    @property
    def stale(self) -> bool:
        """No worker has run lately: never, or not for a while with something scheduled."""
        if self.never_ran:
            return True
        limit = max(STALE_AFTER, timedelta(seconds=2 * default_interval()))
        late = self.now - self.last_run.last_run_at > limit
        return late and bool(self.waiting or self.expiring)


def schedule_status(now: datetime | None = None) -> ScheduleStatus:
    now = now or timezone.now()
    scheduled = Revision.objects.filter(approved_go_live_at__isnull=False)
    next_go_live = scheduled.order_by("approved_go_live_at").values_list(
        "approved_go_live_at", flat=True
    )
    return ScheduleStatus(
        last_run=PublishingHeartbeat.current(),
        waiting=scheduled.count(),
        overdue=scheduled.filter(approved_go_live_at__lte=now).count(),
        next_go_live=next_go_live.first(),
        expiring=sum(
            model.objects.filter(live=True, expire_at__gt=now).count()
            for model in scheduled_models()
        ),
        now=now,
    )


def dashboard_section(request) -> str:
    """A section of the dashboard's first panel (registered from the app's ``ready()``)."""
    return render_to_string(
        "publishing/dashboard_section.html", {"schedule": schedule_status()}, request
    )
