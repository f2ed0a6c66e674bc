"""Scheduled publishing in Chromium: an editor schedules an article a minute ahead, and the
worker alone puts it live; the schedule dialog's calendar leaves "Save schedule" clickable.

The worker is a real ``manage.py worker`` process when the test database can be reached from
another process (PostgreSQL, or SQLite in a file). SQLite's usual test database lives in this
process's memory, so there the worker's own scheduler runs in a thread on the live server's
connection, as Django's live server shares that connection with its own threads.
"""

import datetime
import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from urllib.parse import quote

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, connections
from django.utils import timezone
from playwright.sync_api import expect

from publishing.models import PublishingHeartbeat
from publishing.scheduling import Scheduler
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import make_site

pytestmark = pytest.mark.browser

LONG = 30_000
INTERVAL = 5  # seconds between the worker's publishing passes (60 in production)
PASSWORD = "a-long-test-password-123"
TITLE = "Breathing through the winter"


@contextmanager
def running_worker(tmp_path):
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        with _scheduler_thread():
            yield
    else:
        with _worker_process(tmp_path):
            yield


@contextmanager
def _worker_process(tmp_path):
    """``manage.py worker`` on the test database, stopped as ``make run`` stops it (SIGTERM)."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{db['NAME']}"
    else:
        url = f"postgres://{quote(db['USER'] or '')}:{quote(db['PASSWORD'] or '')}@"
        url += f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": url,
        "PUBLISH_SCHEDULED_INTERVAL": str(INTERVAL),
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--no-reload"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield
    finally:
        worker.send_signal(signal.SIGTERM)
        code = worker.wait(timeout=60)
        log.close()
    assert code == 0, (tmp_path / "worker.log").read_text()


@contextmanager
def _scheduler_thread():
    shared = connections["default"]
    scheduler = Scheduler(interval=INTERVAL, worker="test-thread")

    def run():
        connections["default"] = shared  # the in-memory database exists on this connection
        scheduler.run()

    shared.inc_thread_sharing()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        scheduler.stop()
        thread.join(timeout=60)
        shared.dec_thread_sharing()


def next_whole_minute(moment):
    return moment.replace(second=0, microsecond=0) + datetime.timedelta(minutes=1)


def save_schedule_is_clickable(tab, field):
    """Open a field's calendar and check the dialog's button is still the thing under the
    pointer where a click lands (not the calendar drawn over it)."""
    field.click()
    expect(tab.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    save = tab.get_by_role("button", name="Save schedule")
    save.click(trial=True, timeout=5_000)  # fails when another element would receive it
    box = save.bounding_box()
    on_top = tab.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('button')?.textContent.trim()",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert on_top == "Save schedule"


def test_an_article_scheduled_a_minute_ahead_goes_live_by_itself(live_site, browser, tmp_path):
    blog = BlogIndexPageFactory(parent=make_site())
    article = ArticlePageFactory(parent=blog, title=TITLE, slug="winter-breathing", live=False)
    article.save_revision()
    editor = get_user_model().objects.create_user("eden", "eden@example.com", PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    public_url = f"{live_site.url}/blog/winter-breathing/"

    context = browser.new_context(viewport={"width": 1366, "height": 768})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    with running_worker(tmp_path):
        tab.goto(live_site.url + "/admin/login/")
        tab.get_by_label("Username").fill("eden")
        tab.get_by_label("Password").fill(PASSWORD)
        tab.get_by_role("button", name="Sign in").click()
        expect(tab).to_have_url(live_site.url + "/admin/", timeout=LONG)

        tab.goto(f"{live_site.url}/admin/pages/{article.pk}/edit/")
        tab.get_by_role("button", name="Toggle status").click()
        tab.get_by_role("button", name="Set schedule").click()
        dialog = tab.locator("#schedule-publishing-dialog")
        go_live = dialog.get_by_label("Go live date/time")
        expect(go_live).to_be_visible()

        # At 1366 × 768 each calendar opens beside the fields, not over "Save schedule".
        save_schedule_is_clickable(tab, dialog.get_by_label("Expiry date/time"))
        save_schedule_is_clickable(tab, go_live)

        # A go-live time on the minute, at least one minute ahead (and at most 105 s).
        now = timezone.localtime()
        if now.second < 15:
            time.sleep(15 - now.second)
        go_live_at = next_whole_minute(timezone.localtime() + datetime.timedelta(minutes=1))
        scheduled_at = time.monotonic()
        go_live.fill(go_live_at.strftime("%Y-%m-%d %H:%M"))
        tab.get_by_role("button", name="Save schedule").click()
        expect(dialog).to_be_hidden()

        tab.locator("footer").locator(".w-dropdown__toggle").click()
        tab.locator("button[name='action-publish']").click()
        expect(tab.get_by_text(f"Page '{TITLE}' has been scheduled for publishing.")).to_be_visible(
            timeout=LONG
        )
        article.refresh_from_db()
        assert not article.live and article.scheduled_revision is not None
        assert tab.goto(public_url).status == 404  # waiting for its time

        # Nothing else is run: the worker publishes it once its minute has come.
        deadline = scheduled_at + 120
        while time.monotonic() < deadline:
            if tab.goto(public_url).status == 200:
                break
            tab.wait_for_timeout(2_000)
        else:
            pytest.fail("the scheduled article was not live two minutes after it was scheduled")
        expect(tab.get_by_role("heading", level=1)).to_have_text(TITLE)
        assert timezone.now() >= go_live_at  # not before its time

    beat = PublishingHeartbeat.current()
    assert beat.last_run_at >= go_live_at
    context.close()
