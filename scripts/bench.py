"""Benchmark: the site served by gunicorn without and with its page cache, and through Varnish.

Run with `make bench` (after `make demo`; `make demo-large ARTICLES=N` for a large archive, with
DATABASE_URL and REDIS_URL naming PostgreSQL and Redis). It uses the VAR_DIR and database the
environment names, talks to 127.0.0.1 only, and takes about nine minutes with the defaults. It
publishes one article (its title gains "(revised …)"): run it on a database of its own.

It prints, each beside the like figure of Wagtail's demo (bakerydemo, uncached) or the static
file on the same server, and the goal:
- each page type uncached (PAGE_CACHE_SECONDS=0): p50, requests/s and queries, warm and cold
  (the first request after the caches were emptied);
- each page type cached: p50, p99, requests/s as a share of the static file's, the same through
  Varnish as a share of Varnish serving the static file (the two measured alternately);
- throughput and p99 over many pages in the window after a publish against the window before,
  on gunicorn and through Varnish (purged by the publishing process), and publish-to-visible.

The load comes from wrk, asking for gzip as browsers do and run at the lowest CPU priority, as
visitors' machines are not the site's. Varnish runs in a session of its own, which Linux
schedules as one group beside the app's (tests/deploy/servers.py): a cache tier has machines of
its own, and here 32 connections would otherwise keep 32 of its threads busy against the few
processes of the app, and the editor's publish would wait seconds for the CPU.

Environment: BENCH_REQUESTS (one at a time per page, 100), BENCH_SECONDS (wrk per page, 3),
BENCH_WINDOW (each side of a publish, 30), BENCH_CONNECTIONS (per page, 16),
BENCH_WINDOW_CONNECTIONS (32), BENCH_URLS (pages loaded around a publish, 200), BENCH_PORT
(first of three consecutive ports; free ports when unset).
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ["PAGE_CACHE_SECONDS"] = "0"  # this process counts the uncached path's queries
django.setup()

import bench_load  # noqa: E402
from bench_load import drain, figure, get, latency, load, table, verdict, wait_until_shown, wrk  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from blog.models import ArticlePage, BlogIndexPage  # noqa: E402
from media.kept import kept  # noqa: E402
from modalities.models import ModalityPage  # noqa: E402
from tests.deploy.servers import free_port, gunicorn, server_env, varnish  # noqa: E402
from tests.home.helpers import answering_queries  # noqa: E402

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "100"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "3"))
WINDOW = float(os.environ.get("BENCH_WINDOW", "30"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
WINDOW_CONNECTIONS = int(os.environ.get("BENCH_WINDOW_CONNECTIONS", "32"))
URLS = int(os.environ.get("BENCH_URLS", "200"))
WORKERS = 2
ROUNDS = 3  # of each page and the static file alternately through Varnish
# Wagtail's demo (bakerydemo), uncached, on a machine of our kind: p50 ms, req/s, queries.
BAKERY = {
    "home": (38, 57, 43),
    "blog post": (20, 114, 22),
    "blog index": (25, 82, 40),
    "search": (35, 54, 39),
    "API listing": (15, 137, 29),
}
GOAL_P50_MS = 15
GOAL_AFTER_SHARE = 0.8
GOAL_AFTER_P99_MS = 250
GOAL_VARNISH_SHARE = 0.9
GOAL_VISIBLE_SECONDS = 1
GOAL_API_QUERIES = 15

PUBLISH = """
import sys
from wagtail.models import Page
page = Page.objects.get(pk={pk}).specific
print("ready", flush=True)
if sys.stdin.readline().strip() != "publish":
    sys.exit(1)
page.title = {title!r}
page.save_revision().publish()
print("published", flush=True)
"""


def site_host() -> str:
    site = Site.objects.get(is_default_site=True)
    return site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"


def page_types(client: Client, host: str) -> dict[str, str]:
    """One path per page type, the newest article standing for articles."""
    article = ArticlePage.objects.live().order_by("-date", "-pk").first()
    paths = {
        "home": "/",
        "blog post": article.get_url(),
        "blog index": BlogIndexPage.objects.live().first().get_url(),
        "modality": ModalityPage.objects.live().order_by("path").first().get_url(),
        "search": "/search/?q=stress",
        "API listing": "/api/v2/pages/?type=blog.ArticlePage&fields=*&limit=20",
        "API detail": f"/api/v2/pages/{article.pk}/",
        "API find": "/api/v2/pages/find/?html_path=/",
    }
    for name, path in paths.items():
        status = client.get(path, HTTP_HOST=host, follow=True).status_code
        if status != 200:
            raise SystemExit(f"{name} ({path}) answered {status}")
    return paths


def many_paths(limit: int) -> list[str]:
    """Up to ``limit`` live pages, spread over the tree, for the load around a publish."""
    pages = Page.objects.live().public().filter(depth__gt=1)
    keys = list(pages.order_by("path").values_list("pk", flat=True))
    chosen = keys[:: max(1, len(keys) // limit)][:limit]
    return [path for page in pages.filter(pk__in=chosen) if (path := page.get_url())]


def count_queries(pages: dict, host: str, seconds: int, cold: bool = False) -> dict[str, int]:
    """Queries of a warm request to each page, with the page cache on for ``seconds``; or,
    ``cold``, of the first request after the caches were emptied (nothing kept: fragments,
    listings, versions, renditions looked up, as after a restart with an empty Redis); less
    the database stamp each process reads once a second, which falls on a request by chance."""
    client, counts = Client(), {}
    hostname = host.split(":")[0]
    with override_settings(PAGE_CACHE_SECONDS=seconds, ALLOWED_HOSTS=[hostname]):
        for name, path in pages.items():
            client.get(path, HTTP_HOST=host)
            if cold:
                for alias in settings.CACHES:
                    caches[alias].clear()
                kept.forget()
            with CaptureQueriesContext(connection) as captured:
                client.get(path, HTTP_HOST=host)
            counts[name] = answering_queries(captured)
    return counts


def settle(limit: float = 120) -> None:
    """Wait (at most ``limit`` seconds) until the worker has done what the first views queued
    (renditions), so that the cached figures are those of a settled site."""
    stop = time.monotonic() + limit
    waiting = DBTaskResult.objects.filter(status__in=["READY", "RUNNING"])
    while waiting.exists() and time.monotonic() < stop:
        time.sleep(1)


def ports() -> tuple[int, int, int]:
    if first := os.environ.get("BENCH_PORT"):
        return int(first), int(first) + 1, int(first) + 2
    return free_port(), free_port(), free_port()


@contextlib.contextmanager
def background(args: list[str], env: dict):
    process = subprocess.Popen(
        args, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        yield process
    finally:
        process.terminate()
        process.wait(30)


class Publisher:
    """An editor's process, started before the window so that its start-up costs nothing in
    it: ``publish()`` publishes the newest article with a new title."""

    def __init__(self, env: dict, page: Page):
        self.title = re.sub(r" \(revised \d+\)$", "", page.title) + f" (revised {time.time():.0f})"
        code = PUBLISH.format(pk=page.pk, title=self.title)
        args = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
        self.process = subprocess.Popen(
            args, env=env, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        for line in self.process.stdout:
            if line.strip() == "ready":
                break
        else:
            raise SystemExit("the publishing process did not start")

    def publish(self) -> float:
        started = time.monotonic()
        self.process.stdin.write("publish\n")
        self.process.stdin.flush()
        return started

    def wait(self) -> None:
        self.process.communicate(timeout=120)
        if self.process.returncode:
            raise SystemExit("the publish failed")


def shareable(port: int, paths: list[str], host: str) -> list[str]:
    """The paths whose answers shared caches may keep: forms (no-store) are left out, as a
    visitor mix has few of them and each would hold a connection on the app."""
    return [
        path for path in paths if "s-maxage" in get(port, path, host)[1].get("Cache-Control", "")
    ]


def around_a_publish(port: int, paths: list[str], host: str, env: dict, article: Page) -> dict:
    """Load over ``paths`` for WINDOW seconds, publish, load WINDOW seconds more."""
    for path in paths:  # every page cached before the first window
        get(port, path, host)
    settle()
    publisher = Publisher(env, article)
    before = load(port, paths, host, WINDOW, WINDOW_CONNECTIONS)
    with wrk(port, paths, host, WINDOW, WINDOW_CONNECTIONS) as after:
        started = publisher.publish()
        shown = wait_until_shown(
            port, article.get_url(), host, publisher.title.encode(), started, WINDOW
        )
        result = after()
    drain(port, host)
    publisher.wait()
    article.refresh_from_db()
    return {"before": before, "after": result, "visible": shown}


def uncached_rows(port: int, pages: dict, queries: dict, cold: dict, host: str) -> list:
    rows = []
    for name, path in pages.items():
        p50, _ = latency(port, path, host, REQUESTS)
        rate = load(port, [path], host, SECONDS, CONNECTIONS)["rate"]
        bakery_p50, bakery_rate, bakery_queries = BAKERY.get(name, (None, None, None))
        rows.append(
            [
                name,
                figure(p50, 1),
                figure(bakery_p50),
                verdict(p50 < GOAL_P50_MS),
                figure(rate),
                figure(bakery_rate),
                queries[name],
                cold[name],
                figure(bakery_queries),
            ]
        )
    return rows


def cached_rows(app: int, proxy: int, pages: dict, queries: dict, host: str) -> tuple:
    static = bench_load.static_path(app, host)
    static_rate = load(app, [static], host, SECONDS, CONNECTIONS)["rate"]
    get(proxy, static, host)
    kept = len(get(proxy, static, host)[1].get("X-Varnish", "").split()) == 2
    varnish_static = load(proxy, [static], host, SECONDS, CONNECTIONS)["rate"]
    rows = [
        ["static CSS", "", "", "", figure(static_rate), "100%", figure(varnish_static), "100%", ""]
    ]
    for name, path in pages.items():
        p50, p99 = latency(app, path, host, REQUESTS)
        rate = load(app, [path], host, SECONDS, CONNECTIONS)["rate"]
        get(proxy, path, host)
        through, share = bench_load.alternately(
            proxy, path, static, host, SECONDS, CONNECTIONS, ROUNDS
        )
        rows.append(
            [
                name,
                figure(p50, 1),
                figure(p99, 1),
                queries[name],
                figure(rate),
                figure(100 * rate / static_rate, suffix="%"),
                figure(through),
                figure(100 * share, suffix="%"),
                verdict(share >= GOAL_VARNISH_SHARE),
            ]
        )
    if kept:
        return rows, ""
    # Varnish's static figure is then the app's: the share has no like figure to stand against.
    for row in rows[1:]:
        row[-1] = "no figure"
    return rows, (
        "\nVarnish does not keep the static file (the VCL keeps answers with s-maxage only): "
        "its static figure is the app's through Varnish"
    )


def publish_row(name: str, result: dict) -> list[str]:
    before, after = result["before"], result["after"]
    share = after["rate"] / before["rate"] if before["rate"] else 0
    visible = result["visible"]
    return [
        name,
        figure(before["rate"]),
        figure(after["rate"]),
        f"{100 * share:.0f}% {verdict(share >= GOAL_AFTER_SHARE)}",
        figure(before["p99"], 1),
        f"{figure(after['p99'], 1)} {verdict(after['p99'] < GOAL_AFTER_P99_MS)}",
        f"{before['errors']}/{after['errors']}",
        f"{figure(visible, 2)} {verdict(visible is not None and visible < GOAL_VISIBLE_SECONDS)}"
        if visible is not None
        else f"> {WINDOW:.0f} NOT MET",
    ]


def main() -> None:
    host = site_host()
    hostname = host.split(":")[0]
    client = Client()
    with override_settings(ALLOWED_HOSTS=[hostname, "testserver"]):
        pages = page_types(client, host)
        items = len(client.get(pages["API listing"], HTTP_HOST=host).json()["items"])
    # The renditions and other work the first views asked for, done before anything is counted.
    with background([sys.executable, "manage.py", "worker"], dict(os.environ)):
        settle()
    queries = count_queries(pages, host, 0)
    cold = count_queries(pages, host, 0, cold=True)
    paths = many_paths(URLS)
    article = ArticlePage.objects.live().order_by("-date", "-pk").first()
    articles = ArticlePage.objects.live().count()
    database = os.environ.get("DATABASE_URL") or f"sqlite:///{settings.VAR_DIR / 'db.sqlite3'}"
    uncached, app, proxy = ports()
    common = {
        "ALLOWED_HOSTS": f"{hostname},127.0.0.1",
        "BASE_URL": f"http://{host}",
        # Persistent connections, as in production (the tests' servers open one per request).
        "DB_CONN_MAX_AGE": os.environ.get("DB_CONN_MAX_AGE", "60"),
    }
    var_dir = settings.VAR_DIR
    print(
        f"Stillpoint on {connection.vendor} with {articles:,} articles, cache "
        f"{'Redis' if os.environ.get('REDIS_URL') else 'local memory'}, gunicorn with {WORKERS} "
        f"workers, 127.0.0.1 only. Figures vary with what else the machine is doing.\n"
    )

    env = server_env(var_dir, database, PAGE_CACHE_SECONDS="0", **common)
    with gunicorn(uncached, env, workers=WORKERS):
        rows = uncached_rows(uncached, pages, queries, cold, host)
    print("Uncached (page cache off), against bakerydemo (uncached)")
    header = ["page", "p50 ms", "bakery", f"goal <{GOAL_P50_MS}", f"req/s ({CONNECTIONS})"]
    print(table([*header, "bakery", "queries", "cold", "bakery"], rows), "\n")

    purging = {**common, "FRONTEND_CACHE_URL": f"http://127.0.0.1:{proxy}"}
    env = server_env(var_dir, database, **purging)
    worker = [sys.executable, "manage.py", "worker"]
    with gunicorn(app, env, workers=WORKERS), varnish(proxy, app), background(worker, env):
        for path in [*pages.values(), *pages.values()]:
            get(app, path, host)
        settle()
        rows, note = cached_rows(app, proxy, pages, count_queries(pages, host, 600), host)
        print(
            "Cached (page cache on, warm, the worker's queue empty), against the static file on the "
            "same server" + note
        )
        header = ["page", "p50 ms", "p99 ms", "queries", f"req/s ({CONNECTIONS})", "of static"]
        header += ["Varnish req/s", "of static", f"goal >={GOAL_VARNISH_SHARE:.0%}"]
        print(table(header, rows), "\n")
        shared = shareable(app, paths, host)
        results = [
            ("gunicorn", around_a_publish(app, shared, host, env, article)),
            ("Varnish", around_a_publish(proxy, shared, host, env, article)),
        ]
    print(
        f"Around a publish of the newest article: {WINDOW_CONNECTIONS} connections over "
        f"{len(shared)} pages ({len(paths) - len(shared)} private ones, such as forms, left out), "
        f"{WINDOW:.0f} s before against {WINDOW:.0f} s after"
    )
    header = ["served by", "req/s before", "after", f"goal >={GOAL_AFTER_SHARE:.0%}"]
    header += ["p99 ms before", f"after (goal <{GOAL_AFTER_P99_MS})", "failed before/after"]
    header += [f"visible after s (goal <{GOAL_VISIBLE_SECONDS})"]
    print(table(header, [publish_row(name, result) for name, result in results]), "\n")

    api, api_cold = queries["API listing"], cold["API listing"]
    print(
        f"Typed API listing with fields=*: {api} queries uncached and kept, {api_cold} with "
        f"nothing kept, for {items} items (goal <{GOAL_API_QUERIES} for 20: "
        f"{verdict(api_cold < GOAL_API_QUERIES)}; bakerydemo 29)."
    )
    print(
        "Queries should be the same at 10 and 10,000 articles: compare the queries above with "
        "a run on a database of another size."
    )


if __name__ == "__main__":
    sys.exit(main())
