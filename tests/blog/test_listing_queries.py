"""Nothing grows with the archive: listings, deep pages, tag pages, feeds, the home page's latest
writing and the typed API listing cost as many queries with 3 articles as with 25."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from blog.models import ArticlePage
from home import caching
from tests.blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
)
from tests.home.factories import AuthorFactory, body, make_site, paragraph
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db

API_LISTING = "/api/v2/pages/?type=blog.ArticlePage&fields=*&limit=20"


@pytest.fixture
def archive(settings, monkeypatch):
    """A site whose blog grows on demand, two to a page of results so that it has deep pages.
    Each article has its own author (with a photo) and reviewer, a picture from a pool of two,
    tags, and a body linking to another page: what each card and API item shows."""
    settings.STILLPOINT_PAGE_SIZE = 2
    # The content stamp is read once a second: not in the middle of a count.
    monkeypatch.setattr(caching, "STAMP_SECONDS", 3600)
    home = make_site()
    blog = BlogIndexPageFactory(parent=home)
    essays = EssayIndexPageFactory(parent=home)
    EssayPageFactory(parent=essays, slug="an-essay")
    pictures = [SiteImageFactory(), SiteImageFactory()]
    breath = Tag.objects.create(name="breath", slug="breath")

    def grow_to(articles: int) -> None:
        for number in range(ArticlePage.objects.count(), articles):
            link = f'<a linktype="page" id="{essays.pk}">the essays</a>'
            ArticlePageFactory(
                parent=blog,
                title=f"Note {number}",
                slug=f"note-{number}",
                hero_image=pictures[number % 2],
                author=AuthorFactory(photo=pictures[0]),
                reviewed_by=AuthorFactory(),
                body=body(paragraph(f"Note {number}, and more in {link}.")),
                tags=[breath, f"topic {number}"],
            )

    return grow_to


def queries(client, path: str) -> int:
    # In tests, pictures' renditions are made on the first view, and cached on the next.
    client.get(path)
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


PATHS = {
    "listing": "/blog/",
    "tag page": "/blog/tags/breath/",
    "feed": "/blog/feed/",
    "home page": "/",
    "API listing": API_LISTING,
}


def test_listings_feeds_and_the_api_cost_the_same_queries_at_3_and_25_articles(client, archive):
    archive(3)
    small = {name: queries(client, path) for name, path in PATHS.items()}
    small["deep page"] = queries(client, "/blog/?page=2")
    archive(25)
    assert len(client.get(API_LISTING).json()["items"]) == 20
    assert "Note 24" in client.get("/blog/").content.decode()
    large = {name: queries(client, path) for name, path in PATHS.items()}
    large["deep page"] = queries(client, "/blog/?page=12")
    assert large == small
    assert large["API listing"] < 15


def test_api_listing_shows_each_items_links_pictures_and_people(client, archive):
    archive(3)
    items = client.get(API_LISTING).json()["items"]
    assert len(items) == 3
    for item in items:
        assert item["hero_image"]["renditions"]["thumbnail"]["url"]
        assert item["author"]["photo"]["id"] and item["reviewed_by"]["name"]
        assert "breath" in item["tags"]
        assert 'href="/philosophy/"' in item["body"][0]["value"]
