"""The OpenAPI document describes every field and block, and what a front end needs to render.

Block schemas are derived from the block definitions: a block built from Wagtail's blocks gets
one without anyone writing it, and a block that shapes its own answer must say what it returns
(``api_schema``), or this test names it.
"""

import pytest
from django.test import Client
from jsonschema import Draft202012Validator
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from api.block_schemas import BlockSchemas
from api.schema import Document
from home.blocks.text import HEADING_LEVELS, HeadingBlock
from tests.api.helpers import get
from tests.contact.factories import ContactPageFactory

pytestmark = pytest.mark.django_db


def test_every_field_and_block_of_every_page_type_is_described():
    document = Document()
    schemas = document.build()["components"]["schemas"]
    assert document.missing == [], "Not described: " + "; ".join(document.missing)
    body = schemas["ArticlePage"]["properties"]["body"]["items"]
    assert body["discriminator"]["propertyName"] == "type"
    for name, target in body["discriminator"]["mapping"].items():
        block = schemas[target.rsplit("/", 1)[1]]
        assert block["properties"]["type"]["const"] == name
        assert block["properties"]["value"], name


class Recipe(blocks.StructBlock):
    """A block a developer might add tomorrow, built from Wagtail's blocks only."""

    name = blocks.CharBlock()
    minutes = blocks.IntegerBlock(required=False)
    steps = blocks.ListBlock(blocks.TextBlock())
    picture = ImageChooserBlock(required=False)
    notes = blocks.RichTextBlock()
    kind = blocks.ChoiceBlock(choices=[("soup", "Soup"), ("bread", "Bread")])


class Flourish(blocks.StaticBlock):
    def get_api_representation(self, value, context=None):
        return {"shape": "wave"}


@pytest.mark.parametrize("level", [level for level, _ in HEADING_LEVELS])
def test_every_heading_level_an_editor_may_choose_is_in_the_document(level):
    schemas = Document().build()["components"]["schemas"]
    block = HeadingBlock()
    value = block.to_python({"text": "What to expect", "level": level, "anchor": ""})
    item = {"type": "heading", "value": block.get_api_representation(value), "id": "1"}
    schema = {**schemas["HeadingBlock"], "components": {"schemas": schemas}}
    assert not list(Draft202012Validator(schema).iter_errors(item))


def test_a_block_made_of_wagtail_blocks_is_described_without_help():
    components = {}
    described = BlockSchemas(components)
    described.stream(blocks.StreamBlock([("recipe", Recipe())]), "Kitchen")
    assert described.missing == []
    value = {
        "name": "Miso soup",
        "minutes": 20,
        "steps": ["Warm the broth.", "Stir in the miso."],
        "picture": None,
        "notes": "<p>Do not boil.</p>",
        "kind": "soup",
    }
    schema = {**components["RecipeBlock"], "components": {"schemas": components}}
    item = {"type": "recipe", "value": value, "id": "1"}
    assert not list(Draft202012Validator(schema).iter_errors(item))
    wrong = {**item, "value": {**value, "steps": "Warm the broth.", "extra": 1}}
    assert len(list(Draft202012Validator(schema).iter_errors(wrong))) == 2


def test_a_block_that_shapes_its_own_answer_without_a_schema_is_named():
    described = BlockSchemas({})
    described.stream(blocks.StreamBlock([("flourish", Flourish())]), "Kitchen")
    assert described.missing == [f"Kitchen.flourish ({__name__}.Flourish)"]


def test_the_contact_page_carries_its_intro_and_form_fields(client, home):
    page = ContactPageFactory(parent=home)
    _, data = get(client, f"/api/v2/pages/{page.pk}/")
    assert data["intro"] == "<p>We usually reply within a day.</p>"
    assert data["form_fields"][0] == {
        "name": "your_name",
        "label": "Your name",
        "type": "singleline",
        "required": True,
        "choices": [],
        "default_value": "",
        "help_text": "",
    }
    reply = next(field for field in data["form_fields"] if field["type"] == "radio")
    assert reply["choices"] == ["Email", "Phone"]
    _, listing = get(client, "/api/v2/pages/?type=contact.ContactPage&fields=intro,form_fields")
    assert listing["items"][0]["form_fields"] == data["form_fields"]


@pytest.mark.parametrize("method", ["QUERY", "PATCH", "BREW"])
@pytest.mark.parametrize(
    "url", ["/api/v2/pages/", "/api/v2/images/", "/api/v2/settings/", "/api/schema/"]
)
def test_methods_other_than_get_are_not_allowed_not_forbidden(method, url):
    response = Client(enforce_csrf_checks=True).generic(method, url)
    assert response.status_code == 405
    assert "GET" in response["Allow"]


# What the document allows is answered ------------------------------------------------------


@pytest.mark.usefixtures("articles")
@pytest.mark.parametrize(
    "query",
    [
        "search=breathing&slug=breathing-at-a-busy-desk",  # a field the index does not know
        "search=breathing&type=blog.ArticlePage&tags=stress",  # tags and search together
        "search=breathing&tags=stress",  # tags without a type: pages of every tagged type
        "child_of=root&descendant_of=root",
    ],
)
def test_filters_combine_with_search_and_each_other(client, query):
    response, data = get(client, f"/api/v2/pages/?{query}")
    assert response.status_code == 200, data
    titles = [item["title"] for item in data["items"]]
    if "slug" in query:
        assert titles == ["Breathing at a busy desk"]
    if "tags" in query:  # the article tagged "sleep" only is left out
        assert "Breathing at a busy desk" in titles and "Sleep after a session" not in titles


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("child_of=999999", 404),
        ("descendant_of=999999", 404),
        ("first_published_at=yesterday", 400),
        ("alias_of=99999999999999999999", 400),
        ("limit=2&limit=3", 400),
    ],
)
def test_a_missing_page_is_a_404_and_a_bad_value_a_400(client, query, status):
    response, data = get(client, f"/api/v2/pages/?{query}")
    assert response.status_code == status
    assert data["message"]


def test_a_detail_always_has_every_field(client, home):
    response, data = get(client, f"/api/v2/pages/{home.pk}/?fields=-title")
    assert response.status_code == 400 and "every field" in data["message"]
    _, data = get(client, f"/api/v2/pages/{home.pk}/?fields=*")
    assert data["title"] and data["meta"]["type"] == "home.HomePage"
