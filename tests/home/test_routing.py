"""Each process keeps the sites, their home pages (between site-wide changes) and the pages below
(between their own changes): a page view asks the database for none of them, and a changed
site, home page, section or article is seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import HomePageFactory, StandardPageFactory, body, make_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every view rendered
    home = make_site(title="Stillpoint home", hero_heading="Rest comes first")
    StandardPageFactory(parent=home, title="About the practice", slug="about")
    blog = BlogIndexPageFactory(parent=home, title="Notes", slug="notes")
    ArticlePageFactory(parent=blog, title="A note on rest", slug="rest")
    return home


def view(client, path: str) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode(), [query["sql"] for query in queries]


@pytest.mark.parametrize("path", ["/about/", "/notes/", "/notes/rest/"])
def test_a_page_view_asks_for_neither_the_site_nor_its_home_page_nor_its_section(
    client, home, path
):
    view(client, path)  # the first makes the practice's settings: a site-wide change
    view(client, path)  # the next finds them
    html, queries = view(client, path)
    assert "<h1" in html
    for table in ("wagtailcore_site", "home_homepage", "blog_blogindexpage", "home_standardpage"):
        assert not [sql for sql in queries if f'FROM "{table}"' in sql], table


def test_an_article_edited_or_unpublished_is_seen_at_once(client, home):
    view(client, "/notes/rest/"), view(client, "/notes/rest/")
    article = home.get_children().get(slug="notes").get_children().get(slug="rest").specific
    article.title = "A note on deep rest"
    article.save_revision().publish()
    assert "A note on deep rest" in view(client, "/notes/rest/")[0]
    article.unpublish()
    assert client.get("/notes/rest/").status_code == 404


def test_a_section_given_a_new_slug_or_unpublished_is_seen_at_once(client, home):
    view(client, "/notes/rest/"), view(client, "/notes/rest/")
    blog = home.get_children().get(slug="notes").specific
    blog.slug = "journal"
    blog.save_revision().publish()
    assert client.get("/notes/rest/").status_code == 404
    assert "A note on rest" in view(client, "/journal/rest/")[0]
    blog.unpublish()
    assert client.get("/journal/").status_code == 404


def test_a_changed_home_page_is_seen_at_once(client, home):
    view(client, "/"), view(client, "/")
    home.hero_heading = "Stillness first"
    home.save_revision().publish()
    html, _ = view(client, "/")
    assert "Stillness first" in html and "Rest comes first" not in html


@pytest.mark.parametrize("change", ["rename", "unpublish"])
def test_a_card_on_the_home_page_shows_its_articles_change_at_once(
    client, home, change, django_capture_on_commit_callbacks
):
    article = home.get_children().get(slug="notes").get_children().get(slug="rest").specific
    home.body = body(("teaser_cards", {"heading": "Read more", "pages": [article.pk]}))
    with django_capture_on_commit_callbacks(execute=True):
        home.save_revision().publish()
    view(client, "/"), view(client, "/")
    assert "A note on rest" in view(client, "/")[0]
    # Either moves the home page's own version, not the site-wide one.
    with django_capture_on_commit_callbacks(execute=True):
        if change == "rename":
            article.title = "Resting well"
            article.save_revision().publish()
        else:
            article.unpublish()
    assert "A note on rest" not in view(client, "/")[0]


def test_a_site_given_another_home_page_serves_it_at_once(client, home):
    view(client, "/about/"), view(client, "/about/")
    root = home.get_parent()
    other = HomePageFactory(parent=root, title="Another home", slug="another")
    StandardPageFactory(parent=other, title="Another about", slug="about")
    site = Site.objects.get(is_default_site=True)
    site.root_page = other
    site.save()
    html, _ = view(client, "/about/")
    assert "Another about" in html


def test_what_one_view_keeps_on_its_pages_is_its_own(client, home):
    first = client.get("/about/").wsgi_request
    second = client.get("/about/").wsgi_request
    assert first._wagtail_site is not second._wagtail_site
    assert first._wagtail_site.root_page is not second._wagtail_site.root_page
    assert first._wagtail_site.root_page.pk == second._wagtail_site.root_page.pk == home.pk
