"""manage.py worker: background tasks and scheduled publishing, the one process beside the web."""

import logging
import os
import threading

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands.db_worker import Command as TaskWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker, valid_interval

from publishing.scheduling import Scheduler
from publishing.scheduling import logger as scheduling_logger


class PublishingWorker(Worker):
    """django-tasks-db's worker, with scheduled publishing in a thread beside its task loop."""

    def __init__(self, *, scheduler: Scheduler, **options):
        super().__init__(**options)
        self.scheduler = scheduler

    def run(self) -> None:
        thread = threading.Thread(target=self.scheduler.run, name="publish-scheduled", daemon=True)
        thread.start()
        try:
            super().run()
        finally:
            # On SIGTERM or Ctrl+C the task loop ends here; a publishing pass under way ends
            # in its own transaction first (or rolls back with the process if it cannot).
            self.scheduler.stop()
            thread.join(timeout=30)


class Command(TaskWorkerCommand):
    help = (
        "Run background tasks from every queue (django-tasks-db's worker) and publish pages "
        "and snippets whose go-live time has come (and unpublish expired ones) every "
        "PUBLISH_SCHEDULED_INTERVAL seconds. Run one or more, on any machines: they agree "
        "through the database which one publishes."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        # Every queue; an idle worker looks for tasks every quarter second.
        parser.set_defaults(queue_name="*", interval=0.25)
        parser.add_argument(
            "--publish-interval",
            type=valid_interval,
            default=None,
            help="Seconds between scheduled-publishing passes "
            "(default: the PUBLISH_SCHEDULED_INTERVAL setting, 60)",
        )

    def configure_logging(self, verbosity: int) -> None:
        super().configure_logging(verbosity)
        levels = {0: logging.CRITICAL, 1: logging.INFO}
        scheduling_logger.setLevel(levels.get(verbosity, logging.DEBUG))
        if not scheduling_logger.handlers:
            scheduling_logger.addHandler(logging.StreamHandler(self.stdout))
            scheduling_logger.propagate = False

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, publish_interval, **options):
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = PublishingWorker(
            scheduler=Scheduler(interval=publish_interval, worker=options["worker_id"]),
            queue_names=queue_names,
            excluded_queue_names=excluded,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        if reload and not options["batch"]:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":  # only the reloaded child
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
