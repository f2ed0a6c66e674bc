"""What shared caches may keep: public pages and API answers, never an editor's or a form's;
answers compressed; pages still served, uncached, while Redis does not answer."""

import gzip
import logging
import socket

import pytest
from django.contrib.auth import get_user_model

from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.contact.factories import ContactPageFactory
from tests.home.factories import (
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    make_site,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.SHARED_CACHE_SECONDS = 600
    settings.STALE_WHILE_REVALIDATE_SECONDS = 60
    home = make_site()
    PracticeSettingsFactory()
    NavigationSettingsFactory()
    StandardPageFactory(parent=home, title="About the practice", slug="about")
    ContactPageFactory(parent=home)
    blog = BlogIndexPageFactory(parent=home)
    ArticlePageFactory(parent=blog, title="A note on sleep")
    return home


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("path", ["/about/", "/api/v2/pages/", "/sitemap.xml"])
def test_public_answers_may_be_kept_by_shared_caches(client, path):
    for _ in range(2):  # rendered, then from the page cache
        response = client.get(path, HTTP_COOKIE="_ga=GA1.2.3")
        assert response.status_code == 200
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert "s-maxage=600" in cache_control and "stale-while-revalidate=60" in cache_control
        assert "cookie" not in response.get("Vary", "").lower()


def test_the_find_views_redirect_is_kept_until_a_page_changes(client, home):
    find = "/api/v2/pages/find/?html_path=/about/"
    states = [client.get(find) for _ in range(3)]  # made, kept, then served as kept
    assert [response.status_code for response in states] == [302, 302, 302]
    about = home.get_children().get(slug="about")
    assert f"/api/v2/pages/{about.pk}/" in states[-1]["Location"]
    assert states[-1]["X-Stillpoint-Cache"] == "hit"
    assert "public" in states[-1]["Cache-Control"] and "s-maxage=600" in states[-1]["Cache-Control"]
    about.unpublish()
    gone = client.get(find)
    assert gone.status_code == 404 and "public" not in gone.get("Cache-Control", "")


@pytest.mark.usefixtures("home")
def test_a_find_redirect_repeating_campaign_tags_is_not_kept(client):
    find = "/api/v2/pages/find/?html_path=/about/&utm_source=newsletter"
    states = [client.get(find) for _ in range(3)]
    assert all("utm_source=newsletter" in response["Location"] for response in states)
    assert [response["X-Stillpoint-Cache"] for response in states] == ["miss"] * 3
    plain = client.get("/api/v2/pages/find/?html_path=/about/")
    assert "utm_source" not in plain["Location"]  # another visitor's tags are not theirs


@pytest.mark.usefixtures("home")
def test_a_redirect_elsewhere_is_not_kept_by_shared_caches(client):
    response = client.get("/about")  # to /about/, as Django's common middleware sends it
    assert response.status_code == 301
    assert "s-maxage" not in response.get("Cache-Control", "")


@pytest.mark.usefixtures("home")
def test_a_signed_in_editor_gets_answers_no_one_else_keeps(client):
    client.force_login(get_user_model().objects.create_superuser("e", "e@example.com", "pw-e"))
    for path in ("/about/", "/api/v2/pages/", "/admin/"):
        cache_control = client.get(path)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, path


@pytest.mark.usefixtures("home")
def test_the_contact_form_is_not_kept(client):
    response = client.get("/contact/")
    assert response.status_code == 200 and 'name="csrfmiddlewaretoken"' in response.text
    assert response["Cache-Control"] == "private, no-store"
    again = client.get("/contact/")  # with the CSRF cookie now: still one visitor's form
    assert again["Cache-Control"] == "private, no-store"


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("path", ["/about/", "/api/v2/pages/", "/blog/feed/"])
def test_html_json_and_xml_are_compressed_for_clients_that_accept_it(client, path):
    plain = client.get(path)
    packed = client.get(path, HTTP_ACCEPT_ENCODING="gzip, br")
    assert packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content)


def unreachable_redis() -> dict:
    """Caches on a Redis that does not answer (a loopback port that accepts and stays silent)."""
    silent = socket.create_server(("127.0.0.1", 0), backlog=64)
    backend = {
        "BACKEND": "home.caching.FailFastRedisCache",
        "LOCATION": f"redis://127.0.0.1:{silent.getsockname()[1]}/9",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_TIMEOUT": 0.25},
    }
    return silent, {"default": backend, "shared": backend}


@pytest.mark.usefixtures("home")
def test_pages_are_served_while_redis_hangs_and_cached_again_once_it_answers(
    client, settings, caplog
):
    working = settings.CACHES
    silent, settings.CACHES = unreachable_redis()
    with silent, caplog.at_level(logging.WARNING, logger="home.caching"):
        response = client.get("/about/")
        assert response.status_code == 200 and "About the practice" in response.text
        assert "Redis did not answer" in caplog.text
    settings.CACHES = working
    client.get("/about/")
    assert client.get("/about/")["X-Stillpoint-Cache"] == "hit"
