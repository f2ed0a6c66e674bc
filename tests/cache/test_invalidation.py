"""A change makes stale only the pages that show it; the rest stay cached, and a page whose
copy is stale is rendered by one worker while the others are served the old copy."""

import time

import pytest
from django.core.cache import cache
from django_tasks_db.models import DBTaskResult
from taggit.models import Tag
from wagtail.contrib.frontend_cache.backends import BaseBackend

from home import caching
from home.models import PracticeSettings
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import (
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    body,
    make_site,
)

pytestmark = pytest.mark.django_db

PURGED: list[str] = []


class RecordingBackend(BaseBackend):
    """A front-end cache that notes what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def site(settings, django_capture_on_commit_callbacks, monkeypatch):
    """A home page, a blog of three articles (two a page), an article linked from the about
    page, and an unrelated privacy page; the page cache on and a front-end cache to purge."""
    # The pages are made without committing, so the shared cache never records having seen
    # their changes: a second reading of the database's stamp would replay them all (as after
    # Redis came back from an old snapshot) and empty the cache between two views.
    monkeypatch.setattr(caching, "STAMP_SECONDS", 3600)
    settings.PAGE_CACHE_SECONDS = 600
    settings.STILLPOINT_PAGE_SIZE = 2
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    home = make_site()
    PracticeSettingsFactory()
    NavigationSettingsFactory()
    blog = BlogIndexPageFactory(parent=home)
    oldest = ArticlePageFactory(parent=blog, title="Oldest note on breath", tags=["breath"])
    ArticlePageFactory(parent=blog, title="A note on sleep", tags=["sleep"])
    ArticlePageFactory(parent=blog, title="Newest note on breath", tags=["breath"])
    link = f'<p>Read <a linktype="page" id="{oldest.pk}">the oldest note</a>.</p>'
    about = StandardPageFactory(
        parent=home, title="About", slug="about", body=body(("paragraph", link))
    )
    about.save_revision().publish()
    StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    PURGED.clear()
    return {"oldest": oldest}


PAGES = [
    "/",
    "/about/",
    "/privacy/",
    "/blog/",
    "/blog/?page=2",
    "/blog/tags/breath/",
    "/blog/feed/",
    "/blog/a-note-on-sleep/",
    "/blog/oldest-note-on-breath/",
    "/blog/newest-note-on-breath/",
]


def cache_states(client) -> dict[str, str]:
    """How the page cache answered each page."""
    states = {}
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        states[path] = response["X-Stillpoint-Cache"]
    return states


def rename(page, title, capture):
    page.title = title
    with capture(execute=True):
        page.save_revision().publish()


def test_a_publish_renders_again_only_the_pages_that_show_it(
    client, site, django_capture_on_commit_callbacks
):
    cache_states(client)
    assert set(cache_states(client).values()) == {"hit"}
    rename(site["oldest"], "Oldest note on breathing", django_capture_on_commit_callbacks)

    states = cache_states(client)
    stale = {path for path, state in states.items() if state != "hit"}
    assert stale == {
        "/",  # latest writing
        "/about/",  # links to it
        "/blog/",  # its listing, every page of it, its tag pages and its feed
        "/blog/?page=2",
        "/blog/tags/breath/",
        "/blog/feed/",
        "/blog/oldest-note-on-breath/",  # itself
        "/blog/newest-note-on-breath/",  # shares a tag: its related cards show it
    }
    assert "Oldest note on breathing" in client.get("/blog/?page=2").content.decode()
    assert "Oldest note on breathing" in client.get("/blog/tags/breath/").content.decode()


def test_the_front_end_cache_is_purged_of_those_pages_alone(
    client, site, django_capture_on_commit_callbacks
):
    rename(site["oldest"], "Oldest note on breathing", django_capture_on_commit_callbacks)
    paths = {url.removeprefix("http://localhost") for url in PURGED}
    assert {"/", "/about/", "/blog/", "/blog/oldest-note-on-breath/", "/sitemap.xml"} <= paths
    assert f"/api/v2/pages/{site['oldest'].pk}/" in paths
    assert "/privacy/" not in paths and "/blog/a-note-on-sleep/" not in paths


def test_practice_details_render_every_page_again(client, site, django_capture_on_commit_callbacks):
    cache_states(client)
    practice = PracticeSettings.objects.get()
    practice.phone = "+1 212 555 0199"
    with django_capture_on_commit_callbacks(execute=True):
        practice.save()
    assert "hit" not in cache_states(client).values()
    assert "+1 212 555 0199" in client.get("/privacy/").content.decode()
    assert any(url.endswith("/*") for url in PURGED)  # Varnish drops the whole site


def test_while_one_worker_renders_a_stale_page_the_others_get_the_old_copy(
    client, site, django_capture_on_commit_callbacks
):
    client.get("/blog/tags/breath/")
    rename(site["oldest"], "Oldest note on breathing", django_capture_on_commit_callbacks)
    cache.set(
        "stillpoint:rendering:stillpoint:page:testserver:/blog/tags/breath/?", 1, 30
    )  # another worker

    waiting = client.get("/blog/tags/breath/")
    assert waiting["X-Stillpoint-Cache"] == "stale"
    assert "Oldest note on breathing" not in waiting.content.decode()
    assert "s-maxage=0" in waiting["Cache-Control"]  # not for shared caches to keep

    cache.delete(
        "stillpoint:rendering:stillpoint:page:testserver:/blog/tags/breath/?"
    )  # it is done
    fresh = client.get("/blog/tags/breath/")
    assert fresh["X-Stillpoint-Cache"] == "miss"
    assert "Oldest note on breathing" in fresh.content.decode()
    assert client.get("/blog/tags/breath/")["X-Stillpoint-Cache"] == "hit"


@pytest.mark.parametrize("change", ["unpublish", "delete"])
def test_an_unpublished_or_deleted_page_leaves_its_listings_at_once(
    client, site, change, django_capture_on_commit_callbacks
):
    cache_states(client)
    with django_capture_on_commit_callbacks(execute=True):
        getattr(site["oldest"], change)()
    assert client.get("/blog/oldest-note-on-breath/").status_code == 404
    for path in ("/blog/?page=2", "/blog/tags/breath/", "/blog/feed/"):
        assert "Oldest note on breath" not in client.get(path).content.decode(), path
    assert client.get("/privacy/")["X-Stillpoint-Cache"] == "hit"


def test_a_purge_is_sent_at_once_not_queued_for_the_worker(
    settings, site, django_capture_on_commit_callbacks
):
    """Queued behind the worker's other work, a purge kept the old page in the cache tier for
    as long as the worker was busy; the process that commits sends it (in a thread)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    rename(site["oldest"], "Oldest note on breathing", django_capture_on_commit_callbacks)

    deadline = time.monotonic() + 10
    while "http://localhost/blog/oldest-note-on-breath/" not in PURGED:
        assert time.monotonic() < deadline, "not purged"
        time.sleep(0.01)
    assert PURGED[0] == "http://localhost/blog/oldest-note-on-breath/"  # the page first
    queued = DBTaskResult.objects.values_list("task_path", flat=True)
    assert queued and not any(path.endswith("purge_urls_from_cache_task") for path in queued)


def test_a_section_with_a_new_address_refreshes_the_links_to_its_pages(
    client, site, django_capture_on_commit_callbacks
):
    cache_states(client)
    assert 'href="/blog/oldest-note-on-breath/"' in client.get("/about/").content.decode()
    blog = site["oldest"].get_parent().specific
    blog.slug = "writing"
    with django_capture_on_commit_callbacks(execute=True):
        blog.save_revision().publish()
    html = client.get("/about/").content.decode()
    assert 'href="/writing/oldest-note-on-breath/"' in html


def test_a_renamed_tag_refreshes_the_pages_tagged_with_it_alone(
    client, site, django_capture_on_commit_callbacks
):
    cache_states(client)
    breath = Tag.objects.get(name="breath")
    breath.name = "breathing"
    with django_capture_on_commit_callbacks(execute=True):
        breath.save()

    states = cache_states(client)
    assert {path for path, state in states.items() if state != "hit"} == {
        "/",
        "/blog/",
        "/blog/?page=2",
        "/blog/tags/breath/",
        "/blog/feed/",
        "/blog/oldest-note-on-breath/",
        "/blog/newest-note-on-breath/",
    }
    shown = client.get("/blog/oldest-note-on-breath/").content.decode()
    assert ">breathing</a>" in shown and ">breath</a>" not in shown


def test_a_deleted_tag_leaves_the_pages_tagged_with_it(
    client, site, django_capture_on_commit_callbacks
):
    assert ">sleep</a>" in client.get("/blog/a-note-on-sleep/").content.decode()
    assert client.get("/blog/tags/sleep/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        Tag.objects.get(name="sleep").delete()
    assert ">sleep</a>" not in client.get("/blog/a-note-on-sleep/").content.decode()
    assert client.get("/blog/tags/sleep/").status_code == 404


def test_search_finds_pages_by_their_tags_new_name(
    client, site, django_capture_on_commit_callbacks
):
    def found(query):
        return "A note on sleep" in client.get("/search/", {"q": query}).content.decode()

    assert found("sleep") and not found("slumber")
    sleep = Tag.objects.get(name="sleep")
    sleep.name = "slumber"
    with django_capture_on_commit_callbacks(execute=True):
        sleep.save()
    assert found("slumber")
