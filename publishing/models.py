"""The heartbeat of scheduled publishing: one row that every worker reads and claims."""

from django.db import models


class PublishingHeartbeat(models.Model):
    """When scheduled publishing last ran, by which worker, and what it changed.

    There is one row (``pk=1``). A worker claims a run by locking it, so workers on several
    machines publish one at a time and no oftener than the interval.
    """

    SINGLETON = 1

    last_run_at = models.DateTimeField(null=True, blank=True)
    published = models.PositiveIntegerField(default=0)
    unpublished = models.PositiveIntegerField(default=0)
    worker = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = "scheduled publishing heartbeat"

    def __str__(self):
        return f"Scheduled publishing, last run {self.last_run_at or 'never'}"

    @classmethod
    def current(cls):
        """The row, or None when no worker has ever run."""
        return cls.objects.filter(pk=cls.SINGLETON).first()
