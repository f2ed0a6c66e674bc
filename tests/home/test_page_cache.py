"""The whole-page cache: forged cookies cannot skip it, made-up queries cannot fill it, and a
Redis brought back from an old snapshot cannot serve pages older than the database."""

import socket

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.log_actions import log
from wagtail.models import Page, PageViewRestriction

from home.caching import (
    VERSION_KEY,
    content_version,
    database_stamp,
    page_version_key,
    shared_cache,
)
from home.invalidation import SEEN_KEY
from home.models import PracticeSettings
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import (
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    make_site,
)
from tests.home.helpers import answering_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(settings):
    """A served site with its practice details and menus, and the page cache on."""
    settings.PAGE_CACHE_SECONDS = 600
    home = make_site()
    PracticeSettingsFactory()
    NavigationSettingsFactory()
    return home


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="About the practice", slug="about")


def queries_for(client, path, **extra):
    """The response to ``path`` and how many database queries answering it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, **extra)
    assert response.status_code == 200
    return response, answering_queries(queries)


def stored_pages() -> int:
    """How many pages the page cache holds (Redis lists its keys; local memory is a dict)."""
    if hasattr(cache, "keys"):
        return len(cache.keys("stillpoint:page:*"))
    return sum(":stillpoint:page:" in key for key in cache._cache)


@pytest.mark.usefixtures("about")
@pytest.mark.parametrize(
    "cookie",
    ["sessionid=anything", "sessionid=" + "a" * 32, "messages=forged"],
    ids=["made-up", "well-formed", "messages"],
)
def test_a_forged_cookie_still_gets_the_cached_page(client, cookie):
    first = client.get("/about/")
    forged, _ = queries_for(client, "/about/", HTTP_COOKIE=cookie)
    again, count = queries_for(client, "/about/", HTTP_COOKIE=cookie)
    assert forged.content == again.content == first.content
    assert count == 0


@pytest.mark.usefixtures("about")
def test_a_signed_in_editor_sees_the_page_afresh(client):
    client.get("/about/")
    client.force_login(get_user_model().objects.create_superuser("e", "e@example.com", "pw-e"))
    _, count = queries_for(client, "/about/")
    assert count > 0


def test_made_up_query_strings_share_one_cached_page(client, home):
    for number in range(40):
        client.get(f"/?nocache={number}")
    assert stored_pages() == 1
    response, count = queries_for(client, "/?nocache=new&utm_source=mail")
    assert count == 0 and "Gentle bodywork in New York" in response.content.decode()


def test_each_page_of_a_writing_index_is_cached_on_its_own(client, home, settings):
    settings.STILLPOINT_PAGE_SIZE = 1
    blog = BlogIndexPageFactory(parent=home)
    ArticlePageFactory(parent=blog, title="The older note")
    ArticlePageFactory(parent=blog, title="The newer note")
    assert "The newer note" in client.get("/blog/").content.decode()
    assert "The older note" in client.get("/blog/?page=2").content.decode()

    second, count = queries_for(client, "/blog/?page=2&nocache=7")
    assert count == 0
    assert "The older note" in second.content.decode()
    assert "The newer note" not in second.content.decode()
    first, count = queries_for(client, "/blog/?nocache=8")
    assert count == 0 and "The newer note" in first.content.decode()
    assert stored_pages() == 2


def test_a_page_number_given_twice_is_not_cached(client, home, settings):
    settings.STILLPOINT_PAGE_SIZE = 1
    blog = BlogIndexPageFactory(parent=home)
    ArticlePageFactory(parent=blog, title="The older note")
    ArticlePageFactory(parent=blog, title="The newer note")
    client.get("/blog/")
    for _ in range(2):
        response, _ = queries_for(client, "/blog/?page=2&page=1")
        assert response["X-Stillpoint-Cache"] == "miss"  # rendered each time
    assert client.get("/blog/?page=abc").status_code == 404
    assert stored_pages() == 1


def snapshot(*pages) -> dict:
    """The versions Redis holds now (the pages cached under them stay in the cache)."""
    content_version(fresh=True)  # as any request a second later does: the newest change seen
    return shared_cache().get_many(
        [VERSION_KEY, SEEN_KEY, *(page_version_key(page.pk) for page in pages)]
    )


def restore_old_snapshot(versions: dict):
    """What Redis restored from a snapshot taken before the last change looks like: the old
    versions are back, and the pages cached under them are still there."""
    shared_cache().set_many(versions, None)
    database_stamp.forget()  # as a second passing does


def test_a_stale_cached_page_is_not_served_after_a_newer_publish(client, about):
    assert "About the practice" in client.get("/about/").content.decode()
    before = snapshot(about)
    about.title = "About our quiet rooms"
    about.save_revision().publish()
    restore_old_snapshot(before)
    html = client.get("/about/").content.decode()
    assert "About our quiet rooms" in html
    assert "About the practice" not in html


def test_stale_practice_details_are_not_served_after_a_newer_change(client, about, settings):
    settings.PAGE_CACHE_SECONDS = 0  # what is left: the fragments every page repeats
    assert "+1 212 555 0147" in client.get("/about/").content.decode()
    before = snapshot()
    practice = PracticeSettings.objects.get()
    practice.phone = "+1 212 555 0199"
    practice.save()
    log(practice, "wagtail.edit")  # as the settings editor records it
    restore_old_snapshot(before)
    html = client.get("/about/").content.decode()
    assert "+1 212 555 0199" in html
    assert "+1 212 555 0147" not in html


def test_a_page_made_private_meanwhile_takes_its_alias_with_it(client, home, about):
    notes = StandardPageFactory(parent=home, title="Notes", slug="notes")
    rest = StandardPageFactory(parent=notes, title="On rest", slug="rest")
    rest.create_alias(parent=home, update_slug="rest-copy")
    for path in ("/notes/rest/", "/rest-copy/"):
        assert client.get(path).status_code == 200
    before = snapshot(*Page.objects.filter(depth__gt=1))
    PageViewRestriction.objects.create(page=rest, restriction_type=PageViewRestriction.LOGIN)
    restore_old_snapshot(before)
    for path in ("/notes/rest/", "/rest-copy/"):
        assert client.get(path).status_code == 302, path  # to the sign-in page


def unreachable_redis() -> dict:
    """Caches on a Redis that is not there (a loopback port nothing listens on)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    backend = {
        "BACKEND": "home.caching.FailFastRedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/9",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_TIMEOUT": 0.25},
    }
    return {"default": backend, "shared": backend}


def test_a_change_made_while_redis_was_down_still_reaches_visitors(client, about, settings):
    assert "+1 212 555 0147" in client.get("/about/").content.decode()
    working = settings.CACHES
    settings.CACHES = unreachable_redis()
    practice = PracticeSettings.objects.get()
    practice.phone = "+1 212 555 0199"
    practice.save()  # a change the database keeps no log of: only the content version says so
    assert "+1 212 555 0199" in client.get("/about/").content.decode()  # served uncached
    settings.CACHES = working  # Redis is back, with the page cached before the change
    assert "+1 212 555 0199" in client.get("/about/").content.decode()
