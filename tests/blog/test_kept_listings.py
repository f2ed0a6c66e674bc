"""What a listing shows (the home page's latest writing, a section's pages of results, a tag
page, Read next) is kept until a page changes: a kept listing whose cards are kept loads no
piece, and a publish, an unpublish or a section made private shows at once."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import make_site

pytestmark = pytest.mark.django_db

# Each address, and the queries of pieces it makes once its listing and cards are kept: later
# pages and tag pages describe their pieces in <head>, by title (an article itself is kept by
# the process between its changes: home.routing).
ADDRESSES = {
    "/": 0,
    "/blog/": 0,
    "/blog/?page=2": 1,
    "/blog/tags/breath/": 1,
    "/blog/note-0/": 0,
}


@pytest.fixture
def blog(settings):
    settings.PAGE_CACHE_SECONDS = 0  # no whole pages kept: the listings and cards alone
    settings.STILLPOINT_PAGE_SIZE = 2
    blog = BlogIndexPageFactory(parent=make_site(), show_in_menus=False)
    for number in range(3):
        ArticlePageFactory(
            parent=blog,
            title=f"Note {number}",
            slug=f"note-{number}",
            tags=["breath"],
            date=datetime.date(2026, 1, 1 + number),
        )
    return blog


def html(client, address: str) -> str:
    response = client.get(address)
    assert response.status_code == 200, address
    return response.content.decode()


def test_a_kept_listing_with_kept_cards_loads_no_piece_to_show(client, blog):
    for address, loads in ADDRESSES.items():
        html(client, address), html(client, address)  # the first makes the versions
        with CaptureQueriesContext(connection) as queries:
            shown = html(client, address)
        assert 'class="card"' in shown, address
        articles = [query["sql"] for query in queries if "blog_articlepage" in query["sql"]]
        assert len(articles) == loads, (address, articles)


def test_a_published_piece_is_listed_at_once(client, blog):
    for address in ADDRESSES:
        html(client, address), html(client, address)
    ArticlePageFactory(
        parent=blog, title="Fresh note", tags=["breath"], date=datetime.date(2026, 2, 1)
    )
    for address in ("/", "/blog/", "/blog/tags/breath/", "/blog/note-0/"):
        assert "Fresh note" in html(client, address), address
    assert "Note 0" in html(client, "/blog/?page=2")  # pushed onto the next page


def test_an_unpublished_piece_leaves_every_listing_at_once(client, blog):
    for address in ADDRESSES:
        html(client, address), html(client, address)
    blog.get_children().get(slug="note-2").specific.unpublish()
    for address in ("/", "/blog/", "/blog/tags/breath/", "/blog/note-0/"):
        assert "Note 2" not in html(client, address), address


def test_a_section_made_private_leaves_the_home_page_at_once(client, blog):
    html(client, "/"), html(client, "/")
    assert "Note 2" in html(client, "/")
    PageViewRestriction.objects.create(page=blog, restriction_type="login")
    assert "Note" not in html(client, "/")
