"""Every block an editor can pick, in every StreamField of the site, previews in the picker."""

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from wagtail import blocks
from wagtail.fields import StreamField

from blog.models import ArticlePage
from home.models import NavigationSettings, PracticeSettings, StandardPage
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import StandardPageFactory, make_site
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


def stream_fields():
    """(model, field) for every StreamField of every installed model."""
    return [
        (model, field)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField) and field.model is model
    ]


def picker_blocks(block, path=""):
    """(path, block) for each block offered by a "+" in ``block``, at any depth."""
    found = []
    if isinstance(block, blocks.BaseStreamBlock):
        for name, child in block.child_blocks.items():
            found.append((f"{path}.{name}", child))
    children = getattr(block, "child_blocks", None) or {}
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for name, child in children.items():
        found.extend(picker_blocks(child, f"{path}.{name}"))
    return found


def every_picker_block():
    return [
        (f"{model.__name__}.{field.name}{path}", block)
        for model, field in stream_fields()
        for path, block in picker_blocks(field.stream_block)
    ]


def preview(client, block) -> BeautifulSoup:
    response = client.get(f"/admin/block-preview/?id={block.definition_prefix}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_the_walk_covers_pages_and_settings():
    models = {model for model, _field in stream_fields()}
    assert {ArticlePage, StandardPage, NavigationSettings, PracticeSettings} <= models
    names = [name for name, _block in every_picker_block()]
    assert "ArticlePage.body.image" in names and "PracticeSettings.opening_hours.hours" in names


def test_every_block_of_every_stream_field_is_previewable_and_described():
    missing = [
        name
        for name, block in every_picker_block()
        if not (block.is_previewable and block.get_description())
    ]
    assert missing == []


def test_every_preview_renders_its_block_with_the_sites_styles(admin_client):
    home = make_site()
    picture = SiteImageFactory(title="Linen on the table")
    StandardPageFactory(parent=home, title="About the practice", hero_image=picture)
    seen = set()
    for name, block in every_picker_block():
        if block.definition_prefix in seen:
            continue  # one library, shared by every body
        seen.add(block.definition_prefix)
        html = preview(admin_client, block)
        assert html.find("link", href=lambda href: href and "css/site.css" in href), name
        # The block's own markup, rendered by its template: words, a picture, a rule…
        rendered = html.find("main").select_one(f".block-{block.name}")
        assert rendered and (rendered.get_text(strip=True) or rendered.find(True)), name


def test_pictures_in_previews_come_from_the_library(admin_client):
    home = make_site()
    picture = SiteImageFactory(title="Hands at rest")
    blog = BlogIndexPageFactory(parent=home)
    ArticlePageFactory(parent=blog, title="Breathing out slowly", hero_image=picture)
    body = ArticlePage._meta.get_field("body").stream_block

    image = preview(admin_client, body.child_blocks["image"]).find("main")
    assert image.find("img")["alt"] == picture.alt_text

    cards = preview(admin_client, body.child_blocks["teaser_cards"]).find("main")
    titles = [title.get_text(strip=True) for title in cards.select(".card__title")]
    # The page with a picture comes first, and its card shows the picture.
    assert titles[0] == "Breathing out slowly"
    assert cards.select_one(".card").find("img")


def test_an_empty_library_previews_a_placeholder_not_a_blank(admin_client):
    body = ArticlePage._meta.get_field("body").stream_block
    image = preview(admin_client, body.child_blocks["image"]).find("main")
    assert image.find("img") is None
    assert "Your picture appears here" in image.get_text()
    cards = preview(admin_client, body.child_blocks["teaser_cards"]).find("main")
    assert "Cards for the pages you choose appear here" in cards.get_text()
