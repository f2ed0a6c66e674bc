"""Shared fixtures: the demo site, loaded once per test session into the test database."""

import importlib
import io
import os

import pytest
from django.apps import apps as django_apps
from django.core.cache import caches
from django.core.management import call_command

# Playwright's sync API keeps an event loop running in the test thread; the ORM calls made
# beside it are still synchronous, so Django's guard against async misuse does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site; each test's own changes are rolled back."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
        _render_every_page()


def _render_every_page():
    """Generate the demo's renditions once, so tests do not each encode AVIF and WebP again."""
    from django.test import Client
    from wagtail.models import Page

    client = Client()
    for page in Page.objects.filter(depth__gt=1).live():
        client.get(page.url)


@pytest.fixture(autouse=True)
def _fresh_cache():
    for alias in ("default", "shared"):
        caches[alias].clear()
    yield
    for alias in ("default", "shared"):
        caches[alias].clear()


def _restore_wagtail_roots():
    """Recreate what Wagtail's migrations add and a live-server test's flush empties."""
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale, Page

    # The flush re-created content types under new ids; forget the ones cached before it.
    ContentType.objects.clear_cache()

    if not Locale.objects.exists():
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        Locale.objects.create(language_code=language)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root"))
    # The Editors and Contributors groups and their workflow, as the data migration made them.
    for migration in ("0006_editor_groups", "0007_image_permissions"):
        module = importlib.import_module(f"home.migrations.{migration}")
        (getattr(module, "create_groups", None) or module.grant)(django_apps, None)


@pytest.fixture
def live_demo(live_server, django_db_blocker):
    """A served demo site for a real browser (live-server tests start from an emptied database)."""
    from home.models import HomePage

    if not HomePage.objects.exists():
        _restore_wagtail_roots()
        call_command("load_demo", stdout=io.StringIO())
    from wagtail.models import Site

    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.update(hostname=host, port=int(port))
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
    from playwright.sync_api import sync_playwright

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
