"""Faults an operator will meet: Redis stopped or hung, PostgreSQL dropping every connection.
The site keeps answering, and comes back to full speed by itself, without a restart."""

import contextlib
import os
import signal
import subprocess
import time

import pytest
from django.db import connection

from tests.conftest import _restore_wagtail_roots as restore_wagtail_roots
from tests.deploy.servers import database_url, free_port, get, gunicorn, server_env, wait_for
from tests.home.factories import StandardPageFactory, make_site

pytestmark = [pytest.mark.deploy, pytest.mark.django_db(transaction=True)]

APP_NAME = "stillpoint-fault-test"


@contextlib.contextmanager
def redis_server(port: int):
    """A Redis of the test's own on loopback, keeping nothing on disk."""
    args = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    args += ["--appendonly", "no"]
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, process)
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGCONT)
        process.terminate()
        process.wait(10)


def served_from_cache_again(port: int, path: str, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status, headers, _ = get(port, path)
        if status == 200 and headers.get("X-Stillpoint-Cache") == "hit":
            return True
        time.sleep(0.5)
    return False


@pytest.fixture
def about_page():
    restore_wagtail_roots()
    home = make_site()
    return StandardPageFactory(parent=home, title="About the practice", slug="about")


def test_with_redis_stopped_or_hung_pages_still_answer_and_the_cache_comes_back(
    server_var_dir, about_page
):
    redis_port, app = free_port(), free_port()
    env = server_env(
        server_var_dir,
        database_url(server_var_dir),
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
    )
    with redis_server(redis_port) as redis, gunicorn(app, env) as server:
        get(app, "/about/")
        assert served_from_cache_again(app, "/about/", seconds=5)

        os.kill(redis.pid, signal.SIGSTOP)  # hung: it accepts connections and never answers
        for _ in range(3):
            status, _, html = get(app, "/about/")
            assert status == 200
            assert "About the practice" in html
        os.kill(redis.pid, signal.SIGCONT)
        redis.terminate()  # stopped: nothing listens any more
        redis.wait(10)
        status, headers, html = get(app, "/about/")
        assert status == 200 and "About the practice" in html
        assert headers.get("X-Stillpoint-Cache") != "hit"
        assert "Redis did not answer" in server.log.read_text()  # the operator is told

        with redis_server(redis_port):  # back on the same address: cached again, no restart
            get(app, "/about/")
            assert served_from_cache_again(app, "/about/")


def test_when_postgresql_drops_every_connection_the_app_reconnects_by_itself(
    server_var_dir, about_page
):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's connections (DATABASE_URL)")
    app = free_port()
    # Persistent connections, as in production, and every request reading the database.
    env = server_env(
        server_var_dir,
        database_url(server_var_dir),
        DB_CONN_MAX_AGE="60",
        PAGE_CACHE_SECONDS="0",
        PGAPPNAME=APP_NAME,  # so that only the servers' connections are dropped
    )
    with gunicorn(app, env, workers=2):
        for _ in range(6):
            assert get(app, "/about/")[0] == 200
        with connection.cursor() as cursor:  # what a restart does to the app's connections
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND application_name = %s",
                [APP_NAME],
            )
            assert cursor.fetchone()[0] >= 1
        answers = [get(app, "/about/") for _ in range(10)]
        assert [status for status, _, _ in answers] == [200] * 10
        assert all("About the practice" in html for _, _, html in answers)
