"""The OpenAPI 3.1 document of the public read API, built from the page models' api_fields.

Every page type's fields are described from its own model, each API field class describes what
it returns (``openapi_schema``) and every body block is described from its definition
(``api.block_schemas``), so a new field, block or page type shows up in the document without
anyone editing it by hand. What cannot be described is listed in ``Document.missing``.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import JsonResponse
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models

from api.block_schemas import BlockSchemas
from api.paths import paths
from api.schema_parts import COMMON_SCHEMAS, DETAIL_META, PAGE_META, closed, ref
from api.views import PagesEndpoint, read_only

# Model fields the API returns as they are (no serializer of ours), by kind, most specific first.
MODEL_FIELDS = [
    (RichTextField, {"type": "string", "description": "Rich text (HTML by default)."}),
    (StreamField, None),  # described from its blocks
    (models.BooleanField, {"type": "boolean"}),
    (models.DateTimeField, {"type": "string", "format": "date-time"}),
    (models.DateField, {"type": "string", "format": "date"}),
    (models.IntegerField, {"type": "integer"}),
    (models.FloatField, {"type": "number"}),
    (models.DecimalField, {"type": "string"}),
    (models.CharField, {"type": "string"}),
    (models.TextField, {"type": "string"}),
]


def type_name(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def api_page_models() -> list:
    return [model for model in get_page_models() if hasattr(model, "api_fields")]


class Document:
    """Builds the document's schemas, noting what it could not describe."""

    def __init__(self):
        self.page_models = api_page_models()
        self.schemas = dict(COMMON_SCHEMAS)
        self.blocks = BlockSchemas(self.schemas)
        self.missing: list[str] = []

    def field_schema(self, model, api_field) -> dict:
        serializer = api_field.serializer
        if serializer is not None and hasattr(serializer, "openapi_schema"):
            self.schemas.update(getattr(serializer, "openapi_components", {}))
            return dict(serializer.openapi_schema)
        where = f"{type_name(model)}.{api_field.name}"
        try:
            field = model._meta.get_field(api_field.name)
        except FieldDoesNotExist:
            self.missing.append(f"{where}: not a model field, and its serializer has no schema")
            return {}
        for kind, schema in MODEL_FIELDS:
            if isinstance(field, kind):
                if schema is None:
                    schema = self.blocks.stream(field.stream_block, where)
                schema = dict(schema)
                if field.null:
                    schema["type"] = [schema["type"], "null"]
                if field.help_text:
                    schema["description"] = str(field.help_text)
                return schema
        self.missing.append(f"{where}: a {type(field).__name__} without a serializer schema")
        return {}

    def page_schemas(self, model) -> tuple[dict, dict]:
        """The page type's detail and its listing item (fewer fields, all but id optional)."""
        name = type_name(model)
        fields = {
            api_field.name: self.field_schema(model, api_field)
            for api_field in getattr(model, "api_fields", [])
        }
        meta = {"type": {"type": "string", "const": name}, **PAGE_META}
        description = (model.__doc__ or "").strip().splitlines()[0] if model.__doc__ else ""
        if description.startswith(model.__name__ + "("):
            description = str(model._meta.verbose_name)
        detail = closed(
            {"id": {"type": "integer"}, "meta": closed(meta, required=DETAIL_META), **fields},
            title=str(model._meta.verbose_name).title(),
            description=description,
        )
        detail["required"] = ["id", "meta", "title", *fields]
        detail["properties"]["title"] = {"type": "string"}
        listed = {
            field: schema
            for field, schema in fields.items()
            if field not in PagesEndpoint.detail_only_fields
        }
        item = closed(
            {
                "id": {"type": "integer"},
                "meta": closed(meta, required=["type"]),
                "title": {"type": "string"},
                **listed,
            },
            required=["id", "meta"],
            title=f"{str(model._meta.verbose_name).title()} (in a listing)",
            description=f"{description} As listings show it: ?fields= says which fields.",
        )
        return detail, item

    def build(self) -> dict:
        details, items = {}, {}
        for model in self.page_models:
            detail, item = self.page_schemas(model)
            self.schemas[model.__name__] = detail
            self.schemas[f"{model.__name__}Item"] = item
            details[type_name(model)] = ref(model.__name__)["$ref"]
            items[type_name(model)] = ref(f"{model.__name__}Item")["$ref"]
        self.schemas["Page"] = one_of(details, "A page; meta.type names its type and fields.")
        self.schemas["PageItem"] = one_of(items, "A page in a listing, told apart by meta.type.")
        self.missing.extend(self.blocks.missing)
        return {
            "openapi": "3.1.0",
            "info": {
                "title": "Stillpoint content API",
                "version": "2.1.0",
                "description": (
                    "Everything the Stillpoint site shows, as JSON: pages of every type with "
                    "typed bodies, images with renditions, documents, redirects, practice "
                    "details and menus. Read-only; drafts appear only through signed preview "
                    "links. Any other method than GET or HEAD is answered with a 405."
                ),
            },
            "servers": [{"url": settings.BASE_URL}],
            "paths": paths([type_name(model) for model in self.page_models], page_field_names()),
            "components": {"schemas": self.schemas},
        }


def one_of(mapping: dict, description: str) -> dict:
    """One of the page types, told apart by the constant meta.type of each.

    OpenAPI's ``discriminator`` can only name a property of the object itself, and generators
    take its name as one (openapi-typescript adds a "meta.type" property to every page type,
    datamodel-code-generator a ``meta_type`` field): the constants discriminate, and
    ``x-discriminator`` says so for readers."""
    return {
        "description": description,
        "oneOf": [{"$ref": target} for target in mapping.values()],
        "x-discriminator": {"propertyPath": "meta.type", "mapping": mapping},
    }


def page_field_names() -> list[str]:
    """The fields every page has, as ?fields= names them."""
    names = [*PagesAPIViewSet.body_fields, *PagesAPIViewSet.meta_fields]
    return list(dict.fromkeys(names))


def build_schema() -> dict:
    return Document().build()


@read_only
def schema_view(request):
    return JsonResponse(build_schema(), json_dumps_params={"indent": 2})
