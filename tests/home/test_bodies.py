"""The one walker over body data and the one body builder: what reading time, search and the
SEO checks read, and what the demo, the importer and these tests may save."""

import pytest
from django.core.exceptions import ValidationError

from blog.models import ArticlePage
from home.bodies import body_data
from home.walker import reading_minutes, walk
from search.snippets import page_text
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import StandardPageFactory, body, make_site, paragraph
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return make_site()


def test_reading_time_counts_the_words_readers_read_not_settings_or_addresses(home):
    blog = BlogIndexPageFactory(parent=home)
    words = " ".join(["calm"] * 217)
    article = ArticlePageFactory(
        parent=blog,
        body=body(
            ("heading", {"text": "Rest", "level": "h2", "anchor": "a-very-long-anchor-name"}),
            paragraph(words),
            (
                "call_to_action",
                {"heading": "Book", "label": "Go", "page": None, "url": "https://x.example/a/b/c"},
            ),
        ),
    )
    # 217 + "Rest" + "Book" + "Go" = 220 words: one minute. Counting "h2", the anchor or the
    # address as well would push it past 220 words and into a second minute.
    assert ArticlePage.objects.get(pk=article.pk).reading_time == 1
    longer = body(paragraph(" ".join(["calm"] * 221)))
    assert reading_minutes(ArticlePage(body=longer).body) == 2


def test_one_walk_finds_prose_pictures_and_linked_pages(home):
    picture = SiteImageFactory()
    target = StandardPageFactory(parent=home, title="Where to park")
    page = StandardPageFactory(
        parent=home,
        body=body(
            paragraph(f'Read <a linktype="page" id="{target.pk}">the parking notes</a> first.'),
            ("image", {"image": picture.pk, "caption": "The treatment room", "alt_override": ""}),
            ("teaser_cards", {"heading": "More", "pages": [target.pk]}),
            ("sayings", {"intro": "People say", "items": ["my shoulders dropped"]}),
        ),
    )
    contents = walk(page.body)
    assert contents.images == {picture.pk}
    assert contents.pages == {target.pk}
    assert "The treatment room" in contents.texts and "my shoulders dropped" in contents.texts
    # Search reads the same prose: the saying and the caption, but no ids or block names.
    text = page_text(page)
    assert "my shoulders dropped" in text and "The treatment room" in text
    assert "teaser_cards" not in text and str(picture.pk) not in text.split()


def test_the_body_builder_refuses_what_the_editor_would_refuse(home):
    with pytest.raises(ValidationError):
        body_data([("call_to_action", {"heading": "Book", "label": "Go", "page": None, "url": ""})])
    with pytest.raises(ValidationError):
        body_data([("heading", {"text": "x" * 500, "level": "h2", "anchor": ""})])
    with pytest.raises(ValueError, match="Not a block of the library: marquee"):
        body_data([("marquee", "<p>Hello</p>")])


def test_the_body_builder_fills_defaults_and_gives_every_block_an_id(home):
    picture = SiteImageFactory()
    data = body_data([("image", {"image": picture.pk}), paragraph("Plain words.")])
    assert [block["type"] for block in data] == ["image", "paragraph"]
    assert data[0]["value"] == {"image": picture.pk, "caption": "", "alt_override": ""}
    assert all(block["id"] for block in data) and data[0]["id"] != data[1]["id"]
