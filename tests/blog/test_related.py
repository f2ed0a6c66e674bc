"""An article's "Read next": live articles sharing the most of its tags, newest first among
equals, never itself, a draft or an article sharing no tag; chosen among the newest that share
one, so its cost does not grow with the archive."""

import datetime
import re

import pytest

from blog import models as blog_models
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import make_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog():
    return BlogIndexPageFactory(parent=make_site())


def article(blog, title, tags, day):
    return ArticlePageFactory(parent=blog, title=title, tags=tags, date=datetime.date(2026, 1, day))


def read_next(client, page) -> list[str]:
    """The titles of the cards under "Read next", in the order a visitor sees them."""
    page.refresh_from_db()
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    section = html.partition('id="related-heading"')[2].partition("</section>")[0]
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]*)</a>', section)


def test_the_articles_sharing_most_tags_come_first_then_the_newest(client, blog):
    this = article(blog, "Breathing at night", ["breath", "sleep", "jaw"], 1)
    article(blog, "Two shared, older", ["breath", "sleep"], 2)
    article(blog, "One shared, newest", ["jaw"], 9)
    article(blog, "One shared, older", ["breath"], 3)
    article(blog, "One shared, oldest", ["sleep"], 2)
    article(blog, "Nothing shared", ["posture"], 10)
    article(blog, "Unpublished, sharing all", ["breath", "sleep", "jaw"], 11).unpublish()

    assert read_next(client, this) == [
        "Two shared, older",
        "One shared, newest",
        "One shared, older",
    ]
    html = client.get(this.url).content.decode()
    assert "Read next" in html and "Two shared, older" in html and "Nothing shared" not in html


def test_only_the_newest_sharing_a_tag_are_weighed(client, blog, monkeypatch):
    monkeypatch.setattr(blog_models, "RELATED_CANDIDATES", 2)
    this = article(blog, "Breathing at night", ["breath", "sleep"], 1)
    article(blog, "Old, shares both", ["breath", "sleep"], 2)
    article(blog, "Newer, shares one", ["breath"], 5)
    article(blog, "Newest, shares one", ["sleep"], 6)

    assert read_next(client, this) == ["Newest, shares one", "Newer, shares one"]


def test_an_article_without_tags_has_no_read_next(client, blog):
    this = article(blog, "Untagged", [], 1)
    article(blog, "Tagged", ["breath"], 2)
    assert read_next(client, this) == []


def test_unpublished_pages_do_not_use_up_the_candidates(client, blog, monkeypatch):
    monkeypatch.setattr(blog_models, "RELATED_CANDIDATES", 2)
    this = article(blog, "Breathing at night", ["breath"], 1)
    article(blog, "Older, live", ["breath"], 2)
    for day in (5, 6):
        article(blog, f"Newer, unpublished {day}", ["breath", "sleep"], day).unpublish()

    assert read_next(client, this) == ["Older, live"]
