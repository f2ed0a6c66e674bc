"""Cards are kept until their page changes: a listing shows a renamed or moved page's card at
once, and renders only the cards it has not kept."""

import pytest

from home.templatetags import stillpoint
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import make_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def blog(settings):
    settings.PAGE_CACHE_SECONDS = 0  # no whole pages kept: the cards alone
    blog = BlogIndexPageFactory(parent=make_site(), show_in_menus=False)
    for number in range(3):
        ArticlePageFactory(parent=blog, title=f"Note {number}", slug=f"note-{number}")
    return blog


def index(client) -> str:
    response = client.get("/blog/")
    assert response.status_code == 200
    return response.content.decode()


def test_kept_cards_are_not_rendered_again(client, blog, monkeypatch):
    rendered = []
    real = stillpoint._card
    monkeypatch.setattr(
        stillpoint, "_card", lambda page, *args: rendered.append(page) or real(page, *args)
    )
    index(client), index(client)  # the first answer makes the versions, the next keeps
    assert len(rendered) >= 3  # rendered through the tag
    rendered.clear()
    assert index(client).count('class="card"') == 3
    assert rendered == []


def test_a_renamed_page_has_its_new_card_at_once(client, blog):
    index(client), index(client)
    article = blog.get_children().get(slug="note-1").specific
    article.title = "A note on rest"
    article.save_revision().publish()
    html = index(client)
    assert "A note on rest" in html and "Note 1<" not in html


def test_a_section_given_a_new_address_gives_its_cards_new_links(client, blog):
    index(client), index(client)
    blog.slug = "writing"
    blog.save_revision().publish()
    response = client.get("/writing/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/writing/note-0/"' in html and 'href="/blog/note-0/"' not in html
