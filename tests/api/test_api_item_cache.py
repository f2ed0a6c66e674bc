"""Each page's API item is kept until the page, a section above it or a page it links to
changes, as the page cache keeps HTML: answers stay current with the whole-answer cache off,
and kept items are not rendered again."""

import pytest
from wagtail.models import PageViewRestriction

from home import caching
from tests.blog.factories import ArticlePageFactory
from tests.home.factories import StandardPageFactory, body

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]

LISTING = "/api/v2/pages/?type=blog.ArticlePage&fields=*"


@pytest.fixture(autouse=True)
def _items_only(settings):
    settings.PAGE_CACHE_SECONDS = 0  # no whole answers kept: the items alone


def warm(client, *paths) -> None:
    """Kept: the first answer after the cache was emptied makes the versions, the next keeps."""
    for path in paths * 2:
        client.get(path)


def titles(client, path=LISTING) -> list[str]:
    return [item["title"] for item in client.get(path).json()["items"]]


def test_a_published_change_shows_at_once_in_listing_and_detail(client, blog, articles):
    article = articles[0]
    warm(client, LISTING, f"/api/v2/pages/{article.pk}/")
    article.title = "Breathing at a standing desk"
    article.save_revision().publish()
    assert "Breathing at a standing desk" in titles(client)
    assert client.get(f"/api/v2/pages/{article.pk}/").json()["title"] == (
        "Breathing at a standing desk"
    )


def test_a_renamed_section_shows_in_its_pages_items(client, blog, articles):
    blog.show_in_menus = False  # in the menus, a rename would refresh every page anyway
    blog.save_revision().publish()
    detail = f"/api/v2/pages/{articles[0].pk}/"
    warm(client, detail)
    assert client.get(detail).json()["meta"]["parent"]["title"] == blog.title
    blog.title = "Notes from the practice"
    blog.save_revision().publish()
    assert client.get(detail).json()["meta"]["parent"]["title"] == "Notes from the practice"


def test_a_linked_page_moving_changes_the_link_in_the_item(client, home, blog):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    link = f'<p>See <a linktype="page" id="{about.pk}">about us</a>.</p>'
    article = ArticlePageFactory(parent=blog, title="Linking", body=body(("paragraph", link)))
    detail = f"/api/v2/pages/{article.pk}/"
    warm(client, detail)
    assert 'href="/about/"' in str(client.get(detail).json()["body"])
    about.slug = "about-the-practice"
    about.save_revision().publish()
    assert 'href="/about-the-practice/"' in str(client.get(detail).json()["body"])


def test_items_of_other_fields_and_views_are_kept_apart(client, articles):
    few = client.get("/api/v2/pages/?type=blog.ArticlePage&fields=_,title").json()["items"][0]
    every = client.get(LISTING).json()["items"][0]
    assert "body" not in few and "body" in every
    detail = client.get(f"/api/v2/pages/{every['id']}/").json()
    assert "structured_data" in detail and "structured_data" not in every  # detail only


def test_kept_items_are_not_rendered_again(
    client, articles, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(caching, "STAMP_SECONDS", 3600)  # no stamp read inside the count
    warm(client, LISTING)
    # Nothing: neither the items, nor the listing's pick and count (kept until a page changes),
    # nor who may see what (home.visibility), the sections above (home.caching) or the site
    # (home.routing).
    with django_assert_num_queries(0):
        assert len(titles(client)) == 3


def test_unknown_fields_are_refused_even_when_every_item_is_kept(client, articles):
    warm(client, LISTING)
    response = client.get(LISTING.replace("fields=*", "fields=colour") + "&offset=100")
    assert response.status_code == 400 and "colour" in response.json()["message"]


def test_a_kept_listing_shows_a_new_page_an_unpublished_one_and_a_private_section_at_once(
    client, blog, articles
):
    warm(client, LISTING)
    assert client.get(LISTING).json()["meta"]["total_count"] == 3
    new = ArticlePageFactory(parent=blog, title="Rest after a long flight", live=False)
    new.save_revision().publish()
    answer = client.get(LISTING).json()
    assert answer["meta"]["total_count"] == 4
    assert "Rest after a long flight" in [item["title"] for item in answer["items"]]
    articles[0].unpublish()
    assert "Breathing at a busy desk" not in titles(client)
    PageViewRestriction.objects.create(page=blog, restriction_type=PageViewRestriction.LOGIN)
    answer = client.get(LISTING).json()
    assert answer["meta"]["total_count"] == 0 and answer["items"] == []
