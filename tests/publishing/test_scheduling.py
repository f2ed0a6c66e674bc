"""The worker's scheduling step: what is due goes live, what expired goes offline, once."""

import datetime
import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from publishing import scheduling
from publishing.models import PublishingHeartbeat
from publishing.scheduling import Scheduler, publish_due
from tests.blog.factories import BlogIndexPageFactory
from tests.home.factories import make_site
from tests.publishing.helpers import expired_article, scheduled_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog():
    return BlogIndexPageFactory(parent=make_site())


def test_a_page_whose_go_live_time_has_come_is_published_by_one_pass(client, blog):
    page = scheduled_article(blog, "winter-rest")
    assert not page.live and client.get("/blog/winter-rest/").status_code == 404

    run = publish_due(worker="worker-a")

    page.refresh_from_db()
    assert page.live
    assert client.get("/blog/winter-rest/").status_code == 200
    assert (run.published, run.unpublished) == (1, 0)
    beat = PublishingHeartbeat.current()
    assert (beat.last_run_at, beat.published, beat.worker) == (run.at, 1, "worker-a")


def test_a_page_whose_time_has_not_come_stays_offline(client, blog):
    page = scheduled_article(blog, "spring-walks", due=False)
    run = publish_due()
    page.refresh_from_db()
    assert not page.live and client.get("/blog/spring-walks/").status_code == 404
    assert run.published == 0
    assert PublishingHeartbeat.current().last_run_at == run.at  # the run is recorded all the same


def test_a_second_pass_within_the_interval_does_not_run_again(blog):
    now = timezone.now()
    assert publish_due(now=now, interval=60, worker="worker-a") is not None
    later = scheduled_article(blog, "later-piece")  # due, but the other worker ran just now

    assert publish_due(now=now, interval=60, worker="worker-b") is None
    assert publish_due(now=now + datetime.timedelta(seconds=59), interval=60) is None
    later.refresh_from_db()
    assert not later.live
    assert PublishingHeartbeat.current().worker == "worker-a"

    run = publish_due(now=now + datetime.timedelta(seconds=60), interval=60, worker="worker-b")
    later.refresh_from_db()
    assert later.live and run.published == 1
    assert PublishingHeartbeat.current().worker == "worker-b"


def test_expired_pages_are_unpublished(client, blog):
    page = expired_article(blog, "last-autumn")
    assert client.get("/blog/last-autumn/").status_code == 200

    run = publish_due()

    page.refresh_from_db()
    assert not page.live and page.expired
    assert client.get("/blog/last-autumn/").status_code == 404
    assert (run.published, run.unpublished) == (0, 1)
    assert PublishingHeartbeat.current().unpublished == 1


@pytest.fixture
def keep_connection(monkeypatch):
    """The worker's loop closes stale connections between passes, as Django does between
    requests; here that connection holds the test's transaction (the test client does the same)."""
    monkeypatch.setattr(scheduling, "close_old_connections", lambda: None)


@pytest.mark.usefixtures("keep_connection")
def test_a_failing_pass_does_not_stop_the_worker_and_is_not_recorded(blog, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("a page that cannot be published")

    monkeypatch.setattr(scheduling, "call_command", broken)
    assert Scheduler(interval=60).run_once() is None
    assert "Scheduled publishing failed" in caplog.text
    assert PublishingHeartbeat.current().last_run_at is None  # so the dashboard warns


@pytest.mark.usefixtures("keep_connection")
def test_the_worker_loop_passes_at_once_and_stops_when_asked(blog):
    page = scheduled_article(blog, "first-pass")
    scheduler = Scheduler(interval=3600)
    scheduler.stop()  # stopped before it starts: it still makes its first pass
    scheduler.run()
    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db(transaction=True)
def test_a_worker_does_not_publish_while_another_one_is_publishing():
    PublishingHeartbeat.objects.create(pk=PublishingHeartbeat.SINGLETON)
    publishing, finish = threading.Event(), threading.Event()

    def other_worker():  # holds the heartbeat as a pass does, until told to finish
        try:
            with transaction.atomic():
                beat = PublishingHeartbeat.objects.select_for_update().get()
                beat.worker = "worker-a"
                beat.save()
                publishing.set()
                finish.wait(30)
        finally:
            connection.close()

    thread = threading.Thread(target=other_worker)
    thread.start()
    try:
        assert publishing.wait(30)
        assert publish_due(worker="worker-b") is None
    finally:
        finish.set()
        thread.join(30)
    assert PublishingHeartbeat.current().last_run_at is None
    assert publish_due(worker="worker-b") is not None  # once it is done, the next pass runs
