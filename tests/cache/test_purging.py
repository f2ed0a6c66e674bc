"""The front-end cache's purges: PURGE requests with each page's Host over one connection, and a
cache that does not answer costs one logged error, not a wait per URL."""

import logging
import socket
import threading
import time
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from home import purging
from home.purging import HTTPPurgeBackend


class Recorder(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keeps the connection open between requests
    seen: list = []
    hang_up = False  # close each connection after one answer, without saying so

    def do_PURGE(self):  # noqa: N802 - the method's name
        self.seen.append((self.client_address[1], self.headers["Host"], self.path))
        self.send_response(404 if self.path == "/gone/" else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.close_connection = self.hang_up

    def log_message(self, *args):
        pass


@pytest.fixture
def cache_server():
    Recorder.seen, Recorder.hang_up = [], False
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_batch_goes_over_one_connection_with_each_pages_host(cache_server, caplog):
    backend = HTTPPurgeBackend({"LOCATION": f"http://127.0.0.1:{cache_server.server_port}"})
    backend.purge_batch(
        [
            "http://stillpoint.example/blog/a-note/",
            "http://stillpoint.example:8080/api/v2/pages/7/?fields=*",
            "http://stillpoint.example/gone/",
        ]
    )
    assert [(host, path) for _port, host, path in Recorder.seen] == [
        ("stillpoint.example", "/blog/a-note/"),
        ("stillpoint.example:8080", "/api/v2/pages/7/?fields=*"),
        ("stillpoint.example", "/gone/"),
    ]
    assert len({port for port, _host, _path in Recorder.seen}) == 1  # one connection
    assert "/gone/" in caplog.text and "404" in caplog.text


def test_a_cache_that_does_not_answer_ends_the_batch_with_one_error(caplog):
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # closed again: nothing listens there
    backend = HTTPPurgeBackend({"LOCATION": f"http://127.0.0.1:{port}"})
    started = time.monotonic()
    with caplog.at_level(logging.ERROR):
        backend.purge_batch([f"http://stillpoint.example/page-{n}/" for n in range(50)])
    assert time.monotonic() - started < 2
    errors = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert len(errors) == 1 and "50 of 50 URLs not purged" in errors[0].getMessage()


def test_a_connection_the_cache_closed_is_opened_again(cache_server, caplog):
    Recorder.hang_up = True
    backend = HTTPPurgeBackend({"LOCATION": f"http://127.0.0.1:{cache_server.server_port}"})
    with caplog.at_level(logging.ERROR):
        backend.purge_batch([f"http://stillpoint.example/page-{n}/" for n in range(3)])
    assert [path for _port, _host, path in Recorder.seen] == [f"/page-{n}/" for n in range(3)]
    assert not caplog.records


def test_purges_of_many_commits_go_from_one_thread_each_url_once(settings, monkeypatch):
    """An import or a publishing pass commits many changes at once: their purges are merged."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    batches, first_taken, release = [], threading.Event(), threading.Event()

    def call(urls):
        batches.append(list(urls))
        first_taken.set()
        release.wait(10)

    task = types.SimpleNamespace(backend="default", call=call)
    monkeypatch.setattr(purging, "purge_urls_from_cache_task", task)
    purging.send_purges(["http://a/1/", "http://a/list/"])
    assert first_taken.wait(10)
    purging.send_purges(["http://a/2/", "http://a/list/"])
    purging.send_purges(["http://a/3/", "http://a/list/"])
    assert purging._sender is not None
    release.set()
    deadline = time.monotonic() + 10
    while purging._sender is not None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert batches == [
        ["http://a/1/", "http://a/list/"],
        ["http://a/2/", "http://a/list/", "http://a/3/"],
    ]
