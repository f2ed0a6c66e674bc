"""Shared fixtures: the demo site for the tests that ask for it, a browser, fresh caches."""

import importlib
import io
import os

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.db.migrations.operations import RunSQL
from django.test import Client
from playwright.sync_api import sync_playwright
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site, Task, Workflow

from home.models import HomePage
from home.roles import create_groups
from media.kept import kept
from search.stemming import stem_sqlite_index

# Playwright's sync API keeps an event loop running in the test thread; the ORM calls made
# beside it are still synchronous, so Django's guard against async misuse does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _uses_demo(item) -> bool:
    return "demo" in getattr(item, "fixturenames", ())


def _transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    names = getattr(item, "fixturenames", ())
    return (
        "live_server" in names
        or "transactional_db" in names
        or bool(marker and marker.kwargs.get("transaction"))
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests that build their own content run first, on an empty site, and start in seconds.

    The demo is loaded by the first test that asks for it; live-server tests, which empty the
    database when they end, come last (as pytest-django orders them).
    """
    items.sort(key=lambda item: (_transactional(item), _uses_demo(item)))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Tables come straight from the models (--nomigrations: seconds, not a quarter of a
    minute); what only migrations make is added here. CI runs every migration on both
    databases as well."""
    with django_db_blocker.unblock():
        _create_search_tables()
        _restore_wagtail_roots()


def _create_search_tables():
    """SQLite's full-text index is a virtual table (and triggers) that only Wagtail's own
    migration creates: run that migration's SQL."""
    if connection.vendor != "sqlite":
        return  # PostgreSQL's search columns and indexes are part of the models
    migration = importlib.import_module("wagtail.search.migrations.0006_customise_indexentry")
    with connection.cursor() as cursor:
        # Made from the model as a plain table; the index needs the virtual one.
        cursor.execute("DROP TABLE IF EXISTS wagtailsearch_indexentry_fts")
        for operation in migration.Migration.operations:
            for step in getattr(operation, "database_operations", []):
                if isinstance(step, RunSQL) and step.sql != RunSQL.noop:
                    cursor.execute(step.sql)
    stem_sqlite_index(connection)  # what the search app's migration does next


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once into the test database; each test's changes are rolled back."""
    with django_db_blocker.unblock():
        if not HomePage.objects.exists():
            call_command("load_demo", stdout=io.StringIO())
            _render_every_page()


def _render_every_page():
    """Generate the demo's renditions once, so tests do not each encode AVIF and WebP again."""
    client = Client()
    for page in Page.objects.filter(depth__gt=1).live():
        client.get(page.url)


@pytest.fixture(autouse=True)
def _fresh_cache():
    for alias in ("default", "shared"):
        caches[alias].clear()
    kept.forget()  # renditions this process kept: another test's pictures
    yield
    for alias in ("default", "shared"):
        caches[alias].clear()
    kept.forget()


def _restore_wagtail_roots():
    """Create what Wagtail's migrations add and a live-server test's flush empties."""
    # The flush re-created content types under new ids; forget the ones cached before it.
    ContentType.objects.clear_cache()

    if not Locale.objects.exists():
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        Locale.objects.create(language_code=language)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root"))
    # The Editors and Contributors groups and their workflow, as every migrate makes them.
    create_groups()


# Left out of the demo's copy: made again by migrate's signals (content types, permissions),
# by the search and reference indexes' own code (references loaded before the objects they
# name would be looked up by the signals of those loaded with them), or never to be restored
# (sessions, queued tasks, lockouts).
NOT_COPIED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "wagtailsearch",
    "wagtailcore.referenceindex",
    "django_tasks_database",
    "axes",
]


@pytest.fixture(scope="session")
def demo_copy(tmp_path_factory):
    """Where the demo, as a live-server test first loads it, is copied for the next ones."""
    return tmp_path_factory.mktemp("demo") / "demo.json"


@pytest.fixture
def live_demo(live_server, demo_copy):
    """A served demo site for a real browser. Live-server tests start from an emptied database:
    the first loads the demo and makes its renditions (whose files stay), and keeps a copy of
    the database that the next ones load in seconds."""
    if not HomePage.objects.exists():
        if demo_copy.exists():
            # The flush's post_migrate made the editor groups and their workflow anew: the
            # copy brings them back under the ids its pages and people refer to.
            Group.objects.all().delete()
            Task.objects.all().delete()
            Workflow.objects.all().delete()
            call_command("loaddata", demo_copy, stdout=io.StringIO())
            ContentType.objects.clear_cache()
            call_command("update_index", stdout=io.StringIO())
            call_command("rebuild_references_index", stdout=io.StringIO())
        else:
            _restore_wagtail_roots()
            call_command("load_demo", stdout=io.StringIO())
            # Renditions are made before the browser asks, so its first page load is not the
            # one that encodes every picture (slow on a busy machine).
            _render_every_page()
    if not demo_copy.exists():
        call_command(
            "dumpdata",
            "--natural-foreign",
            *(f"--exclude={name}" for name in NOT_COPIED),
            output=demo_copy,
            stdout=io.StringIO(),
        )
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.update(hostname=host, port=int(port))
    return live_server


@pytest.fixture
def live_site(live_server):
    """A served site for content a test builds with factories (live-server tests start from an
    emptied database): Wagtail's roots and the editor groups are put back first."""
    _restore_wagtail_roots()
    return live_server


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()
