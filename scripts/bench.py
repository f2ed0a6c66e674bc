"""Benchmark: serves the demo with gunicorn and measures latency, throughput and queries.

Run with `make bench` (after `make demo`). Bounded in time and requests; only talks to
127.0.0.1. Prints one table to compare with the figures of Wagtail's demo site.
"""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PAGES = {
    "home": "/",
    "blog post": "/blog/five-ways-to-settle-your-nervous-system/",
    "blog index": "/blog/",
    "modality": "/modalities/somato-emotional-release/",
    "search": "/search/?q=stress",
    "API listing": "/api/v2/pages/?fields=*&limit=20",
    "API detail": None,  # filled in: the SER page's detail URL
    "API find": "/api/v2/pages/find/?html_path=/faq/",
}
SEQUENTIAL = int(os.environ.get("BENCH_REQUESTS", "200"))
CONCURRENCY = 16
SECONDS = float(os.environ.get("BENCH_SECONDS", "5"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_ready(port: int, deadline: float) -> None:
    while time.time() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/robots.txt")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def get(connection, path: str) -> int:
    connection.request("GET", path, headers={"Host": "localhost"})
    response = connection.getresponse()
    response.read()
    return response.status


def latency(port: int, path: str) -> tuple[float, float]:
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    for _ in range(5):  # warm caches and renditions
        get(connection, path)
    times = []
    for _ in range(SEQUENTIAL):
        start = time.perf_counter()
        status = get(connection, path)
        times.append((time.perf_counter() - start) * 1000)
        if status >= 500:
            raise SystemExit(f"{path} answered {status}")
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def throughput(port: int, path: str) -> float:
    """Requests per second with 16 connections: wrk when installed (it does not steal the
    server's CPU as Python threads do), else Python threads."""
    if shutil.which("wrk"):
        result = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{CONCURRENCY}",
                f"-d{int(SECONDS)}s",
                "-H",
                "Host: localhost",
                f"http://{HOST}:{port}{path}",
            ],
            capture_output=True,
            text=True,
            timeout=SECONDS + 30,
        )
        for line in result.stdout.splitlines():
            if line.startswith("Requests/sec:"):
                return float(line.split()[1])
    done = [0] * CONCURRENCY
    stop = time.time() + SECONDS

    def worker(index: int) -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=10)
        while time.time() < stop:
            get(connection, path)
            done[index] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(CONCURRENCY)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / SECONDS


def api_detail_path(port: int) -> str:
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    connection.request(
        "GET",
        "/api/v2/pages/find/?html_path=/modalities/somato-emotional-release/",
        headers={"Host": "localhost"},
    )
    response = connection.getresponse()
    response.read()
    location = response.getheader("Location")
    return "/" + location.split("://", 1)[1].split("/", 1)[1]


def main() -> None:
    port = free_port()
    env = {**os.environ, "ALLOWED_HOSTS": "localhost,127.0.0.1", "DEBUG": ""}
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "config.wsgi",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        wait_ready(port, time.time() + 30)
        PAGES["API detail"] = api_detail_path(port)
        print(f"{'page':14} {'p50 ms':>8} {'p99 ms':>8} {'req/s (16 conn.)':>18}")
        for name, path in PAGES.items():
            p50, p99 = latency(port, path)
            rate = throughput(port, path)
            print(f"{name:14} {p50:8.1f} {p99:8.1f} {rate:18.0f}")
        static = "/static/css/site.css"
        connection = http.client.HTTPConnection(HOST, port, timeout=10)
        connection.request("GET", "/", headers={"Host": "localhost"})
        html = connection.getresponse().read().decode()
        for token in html.split('"'):
            if token.startswith("/static/css/site"):
                static = token
        print(f"{'static CSS':14} {'':8} {'':8} {throughput(port, static):18.0f}")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
