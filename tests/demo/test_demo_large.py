"""make demo-large: the demo's blog grown to N articles that render, list, page and search like
any article, written straight into Wagtail's tables."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from blog.models import ArticlePage, BlogIndexPage

pytestmark = pytest.mark.django_db


def grow(articles: int) -> str:
    out = io.StringIO()
    call_command("demo_large", articles=articles, stdout=out)
    return out.getvalue()


def test_the_blog_grows_to_the_number_asked_and_no_further(demo, client):
    blog = BlogIndexPage.objects.get()
    wanted = ArticlePage.objects.child_of(blog).count() + 12

    assert "Added 12 articles." in grow(wanted)
    assert "already holds" in grow(wanted)

    articles = ArticlePage.objects.child_of(blog)
    assert articles.count() == wanted == articles.live().count()
    blog.refresh_from_db()
    assert blog.numchild == Page.objects.child_of(blog).count()  # a tree Wagtail can move in
    newest = articles.order_by("-pk").first()
    page = client.get(newest.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert newest.title in html and "<img" in html
    assert newest.tags.count() >= 2
    assert any(
        client.get(f"/blog/tags/{tag.slug}/").status_code == 200 for tag in newest.tags.all()
    )
    listing = client.get("/blog/?page=2")
    assert listing.status_code == 200 and "<article" in listing.content.decode()
    found = client.get("/search/", {"q": newest.title}).content.decode()
    assert newest.title in found


def test_a_negative_number_is_refused():
    with pytest.raises(CommandError, match="zero or more"):
        grow(-1)
