"""Every block of the library renders accessible HTML and validates what editors enter."""

import pytest
from bs4 import BeautifulSoup
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import BodyBlock
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import StandardPageFactory, make_site
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


def render(block_name, value):
    stream = BodyBlock()
    block = stream.child_blocks[block_name]
    return BeautifulSoup(block.render(block.to_python(value)), "html.parser")


def test_every_block_has_a_description_and_a_preview_in_the_picker(admin_client):
    home = make_site()
    StandardPageFactory(parent=home, title="About the practice")
    SiteImageFactory(title="Picker picture")
    for name, block in BodyBlock().child_blocks.items():
        assert block.get_description(), name
        assert block.is_previewable, name
        response = admin_client.get(f"/admin/block-preview/?id={block.definition_prefix}")
        assert response.status_code == 200, name
        html = response.content.decode()
        # The site's own stylesheet, and the block rendered by its own template.
        assert "css/site.css" in html and f"block-{name}" in html, name
    image = BodyBlock().child_blocks["image"]
    html = admin_client.get(f"/admin/block-preview/?id={image.definition_prefix}").content.decode()
    assert "<picture" in html
    cards = BodyBlock().child_blocks["teaser_cards"]
    html = admin_client.get(f"/admin/block-preview/?id={cards.definition_prefix}").content.decode()
    assert "About the practice" in html


@pytest.mark.parametrize(
    "name",
    ["heading", "paragraph", "quote", "sayings", "question", "table", "call_to_action"],
)
def test_preview_values_render(name):
    block = BodyBlock().child_blocks[name]
    html = BeautifulSoup(block.render(block.get_preview_value()), "html.parser")
    assert html.get_text(strip=True)


def test_heading_gets_an_anchor():
    html = render("heading", {"text": "What to expect", "level": "h2", "anchor": ""})
    assert html.find("h2")["id"] == "what-to-expect"
    html = render("heading", {"text": "Details", "level": "h3", "anchor": "the-details"})
    assert html.find("h3")["id"] == "the-details"


def test_question_block_is_a_disclosure():
    html = render("question", {"question": "Is it gentle?", "answer": "<p>Yes.</p>"})
    assert html.find("details").find("summary").get_text() == "Is it gentle?"


def test_table_has_caption_and_header_cells():
    html = render(
        "table",
        {
            "data": [["Session", "Length"], ["First", "90 minutes"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Sessions",
        },
    )
    assert html.find("caption").get_text() == "Sessions"
    assert [th["scope"] for th in html.select("thead th")] == ["col", "col"]
    assert html.select_one("tbody td").get_text() == "First"


def test_image_block_uses_alt_override_and_caption():
    image = SiteImageFactory(caption="Morning light over the treatment room")
    html = render("image", {"image": image.pk, "caption": "", "alt_override": "Hands at rest"})
    assert html.find("img")["alt"] == "Hands at rest"
    assert html.find("picture").find("source", type="image/avif")
    assert image.caption in html.find("figcaption").get_text()


def test_teaser_cards_read_listing_fields_and_skip_unpublished():
    blog = BlogIndexPageFactory(parent=make_site())
    ArticlePageFactory(parent=blog, listing_title="Settle in five breaths")
    ArticlePageFactory(parent=blog)
    articles = list(blog.get_children().specific())
    articles[1].unpublish()
    html = render("teaser_cards", {"heading": "More", "pages": [a.pk for a in articles[:2]]})
    titles = [a.get_text() for a in html.select(".card__title a")]
    assert titles == [articles[0].card_title]


@pytest.mark.parametrize(
    "with_page,url",
    [
        (False, ""),  # neither
        (True, "https://example.com/"),  # both
    ],
)
def test_call_to_action_needs_exactly_one_target(with_page, url):
    page = StandardPageFactory(parent=make_site()).pk if with_page else None
    value = {"heading": "Book", "label": "Go", "page": page, "url": url}
    block = BodyBlock().child_blocks["call_to_action"]
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(value))
    assert "exactly one" in str(caught.value.block_errors["page"])


def test_sayings_render_as_a_list():
    html = render("sayings", {"intro": "We say:", "items": ["A gut feeling", "My heart sank"]})
    assert [li.get_text() for li in html.select("ul li")] == ["A gut feeling", "My heart sank"]


def test_body_stream_renders_in_order():
    stream = StreamValue(
        BodyBlock(),
        [("heading", {"text": "One", "level": "h2", "anchor": ""}), ("paragraph", "<p>Two</p>")],
    )
    text = BeautifulSoup(stream.render_as_block(), "html.parser").get_text(" ", strip=True)
    assert text == "One Two"
