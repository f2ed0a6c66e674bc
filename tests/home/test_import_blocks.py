"""The blocks an old site's pages need: gallery, code, divider, numbered steps, rich tables."""

import json

import pytest
from bs4 import BeautifulSoup

from blog.models import ArticlePage
from home.blocks import BodyBlock
from home.richtext import clean_value
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


def block(name):
    return BodyBlock().child_blocks[name]


def render(name, value):
    child = block(name)
    return BeautifulSoup(child.render(child.to_python(value)), "html.parser")


def test_a_gallery_is_a_list_of_figures_with_alt_text_and_captions():
    stones = SiteImageFactory(description="Three grey stones", caption="Stones by the window")
    river = SiteImageFactory(description="A slow river")
    value = {
        "heading": "The room",
        "pictures": [{"image": stones.pk, "caption": ""}, {"image": river.pk, "caption": "May"}],
    }

    html = render("gallery", value)

    assert html.find("section")["aria-label"] == "The room"
    figures = html.select("ul.gallery__grid > li > figure")
    assert [figure.img["alt"] for figure in figures] == ["Three grey stones", "A slow river"]
    assert [figure.figcaption.get_text(strip=True) for figure in figures] == [
        "Stones by the window",
        "May",
    ]
    api = block("gallery").get_api_representation(block("gallery").to_python(value))
    assert [picture["alt"] for picture in api["pictures"]] == ["Three grey stones", "A slow river"]
    assert api["pictures"][0]["image"]["id"] == stones.pk
    json.dumps(api)


def test_code_is_preformatted_with_its_language_and_scrollable_by_keyboard():
    html = render("code", {"language": "Python", "code": "if calm:\n    <pause>"})

    pre = html.find("pre")
    assert pre["tabindex"] == "0"
    assert pre.code["class"] == ["language-python"]
    assert pre.code.get_text() == "if calm:\n    <pause>"
    assert html.find("figcaption").get_text() == "Python"


def test_a_divider_is_a_rule_and_says_nothing_in_the_api():
    assert render("divider", None).find("hr", class_="divider")
    assert block("divider").get_api_representation(None) == {}


def test_numbered_steps_keep_their_start():
    value = {"start": 4, "items": ["<p>Soften the <b>jaw</b>.</p>", "<p>Breathe out.</p>"]}

    html = render("numbered_list", value)

    assert html.find("ol")["start"] == "4"
    assert html.find("b").get_text() == "jaw"
    api = block("numbered_list").get_api_representation(block("numbered_list").to_python(value))
    assert api["start"] == 4 and len(api["items"]) == 2


def test_a_rich_table_keeps_links_and_names_its_columns():
    value = {
        "caption": "Fees",
        "columns": [{"type": "text", "heading": "Session"}, {"type": "text", "heading": "Fee"}],
        "rows": [{"values": ['<p><a href="https://example.com/">First</a></p>', ""]}],
    }

    html = render("rich_table", value)

    assert [th["scope"] for th in html.select("thead th")] == ["col", "col"]
    assert html.find("td").a["href"] == "https://example.com/"
    api = block("rich_table").get_api_representation(block("rich_table").to_python(value))
    assert api["columns"] == ["Session", "Fee"] and len(api["rows"][0]) == 2


def test_rich_table_cells_are_cleaned_like_any_rich_text():
    field = ArticlePage._meta.get_field("body")
    cell = '<p><a href="javascript:alert(1)">x</a><script>y()</script></p>'
    raw = [
        {
            "type": "rich_table",
            "id": "a",
            "value": {
                "caption": "",
                "columns": [{"type": "text", "heading": "A"}],
                "rows": [{"values": [cell]}],
            },
        }
    ]

    cleaned = json.dumps(clean_value(field, raw))

    assert "javascript" not in cleaned and "script" not in cleaned and ">x<" in cleaned


def test_paragraphs_keep_inline_code_sub_sup_and_struck_out_words():
    html = render("paragraph", "<p>H<sub>2</sub>O, 1<sup>st</sup>, <code>x</code>, <s>no</s></p>")
    for tag in ("sub", "sup", "code", "s"):
        assert html.find(tag), tag
