"""The OpenAPI 3.1 document of the public read API, built from the page models' api_fields.

Every page type's fields are described from its own model, and each API field class describes
what it returns (``openapi_schema``), so a new field or page type shows up in the document
without anyone editing it by hand.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.http import JsonResponse
from wagtail.fields import StreamField
from wagtail.models import get_page_models

from api.schema_parts import (
    COMMON_PARAMS,
    COMMON_SCHEMAS,
    ERRORS,
    NOT_FOUND,
    id_param,
    listing_of,
    ok,
    param,
)
from api.views import read_only


def _field_schema(model, api_field) -> dict:
    serializer = api_field.serializer
    if serializer is not None and hasattr(serializer, "openapi_schema"):
        return dict(serializer.openapi_schema)
    if api_field.name == "tags":
        return {"type": "array", "items": {"type": "string"}}
    field = model._meta.get_field(api_field.name)
    if isinstance(field, StreamField):
        return {"type": "array", "items": {"$ref": "#/components/schemas/StreamBlock"}}
    if isinstance(field, models.DateField):
        return {"type": ["string", "null"], "format": "date"}
    if isinstance(field, models.IntegerField):
        return {"type": "integer"}
    if isinstance(field, models.BooleanField):
        return {"type": "boolean"}
    return {"type": "string"}


def field_components(page_models) -> dict:
    """Component schemas that page fields bring with them (a section's questions, say)."""
    components = {}
    for model in page_models:
        for api_field in getattr(model, "api_fields", []):
            components.update(getattr(api_field.serializer, "openapi_components", {}))
    return components


def page_type_schema(model) -> dict:
    properties = {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "meta": {"$ref": "#/components/schemas/PageMeta"},
    }
    for api_field in getattr(model, "api_fields", []):
        schema = _field_schema(model, api_field)
        try:
            help_text = model._meta.get_field(api_field.name).help_text
        except Exception:  # not a model field: described by its serializer
            help_text = schema.get("description") or (api_field.serializer.__doc__ or "").strip()
        if help_text:
            schema = {**schema, "description": str(help_text)}
        properties[api_field.name] = schema
    return {
        "type": "object",
        "title": model._meta.verbose_name.title(),
        "description": (model.__doc__ or "").strip().splitlines()[0]
        if model.__doc__ and not model.__doc__.startswith(model.__name__ + "(")
        else str(model._meta.verbose_name),
        "properties": properties,
        "required": ["id", "meta"],
    }


def type_name(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


def build_schema() -> dict:
    page_models = [model for model in get_page_models() if hasattr(model, "api_fields")]
    schemas = {**COMMON_SCHEMAS, **field_components(page_models)}
    for model in page_models:
        schemas[model.__name__] = page_type_schema(model)
    page_refs = [{"$ref": f"#/components/schemas/{model.__name__}"} for model in page_models]
    schemas["Page"] = {
        "anyOf": page_refs,
        "description": "A page; meta.type names its type and which fields it has.",
    }
    schemas["PageSummary"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "meta": {"$ref": "#/components/schemas/PageMeta"},
        },
        "required": ["id", "meta"],
    }
    schemas["ImageItem"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "alt": {"type": "string"},
            "width": {"type": "integer"},
            "height": {"type": "integer"},
            "meta": {"type": "object"},
            "renditions": {
                "type": "object",
                "additionalProperties": {"$ref": "#/components/schemas/Rendition"},
            },
        },
        "required": ["id", "meta"],
    }
    schemas["DocumentItem"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "meta": {"type": "object"},
        },
        "required": ["id", "meta"],
    }
    schemas["RedirectItem"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "old_path": {"type": "string"},
            "is_permanent": {"type": "boolean"},
            "link": {"type": ["string", "null"]},
            "meta": {"type": "object"},
        },
        "required": ["id", "meta"],
    }
    type_names = ", ".join(type_name(model) for model in page_models)
    page_params = [
        *COMMON_PARAMS,
        param(
            "type",
            f"Page type(s), comma-separated: {type_names}. With one type, its own fields can "
            "be listed and filtered on.",
        ),
        param(
            "child_of",
            "Id of the parent page, or root.",
            {"type": "string", "pattern": "^(root|[0-9]+)$"},
        ),
        param("descendant_of", "Id of an ancestor page.", {"type": "integer", "minimum": 1}),
        param("ancestor_of", "Id of a descendant page.", {"type": "integer", "minimum": 1}),
        param("tags", "With type=…: only pages with this tag (exact name)."),
        param(
            "rich_text_format",
            "html (default) or db_html, markdown, db_markdown.",
            {"type": "string", "enum": ["html", "db_html", "markdown", "db_markdown"]},
        ),
    ]
    image_params = [*COMMON_PARAMS, param("tags", "Only images with this tag (exact name).")]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Stillpoint content API",
            "version": "2.0.0",
            "description": (
                "Everything the Stillpoint site shows, as JSON: pages of every type with typed "
                "bodies, images with renditions, documents, redirects, practice details and "
                "menus. Read-only; drafts appear only through signed preview links."
            ),
        },
        "servers": [{"url": settings.BASE_URL}],
        "paths": {
            "/api/v2/pages/": {
                "get": {
                    "operationId": "listPages",
                    "summary": "Live, public pages",
                    "parameters": page_params,
                    "responses": {**ok(listing_of("#/components/schemas/PageSummary")), **ERRORS},
                }
            },
            "/api/v2/pages/{id}/": {
                "get": {
                    "operationId": "getPage",
                    "summary": "One page with all its fields",
                    "parameters": [
                        id_param(),
                        param("fields", "Fields to add or remove."),
                        page_params[-1],
                    ],
                    "responses": {
                        **ok({"$ref": "#/components/schemas/Page"}),
                        **ERRORS,
                        **NOT_FOUND,
                    },
                }
            },
            "/api/v2/pages/find/": {
                "get": {
                    "operationId": "findPage",
                    "summary": "Find a page by its site path; redirects to its detail URL",
                    "parameters": [
                        param("html_path", "The page's path on the site, e.g. /faq/."),
                        param("id", "Or the page's id.", {"type": "integer", "minimum": 1}),
                    ],
                    "responses": {
                        "302": {"description": "Found: Location is the page's detail URL."},
                        **ERRORS,
                        **NOT_FOUND,
                    },
                }
            },
            "/api/v2/images/": {
                "get": {
                    "operationId": "listImages",
                    "summary": "Images",
                    "parameters": image_params,
                    "responses": {**ok(listing_of("#/components/schemas/ImageItem")), **ERRORS},
                }
            },
            "/api/v2/images/{id}/": {
                "get": {
                    "operationId": "getImage",
                    "summary": "One image",
                    "parameters": [id_param(), param("fields", "Fields to add or remove.")],
                    "responses": {
                        **ok({"$ref": "#/components/schemas/ImageItem"}),
                        **ERRORS,
                        **NOT_FOUND,
                    },
                }
            },
            "/api/v2/documents/": {
                "get": {
                    "operationId": "listDocuments",
                    "summary": "Documents",
                    "parameters": COMMON_PARAMS,
                    "responses": {**ok(listing_of("#/components/schemas/DocumentItem")), **ERRORS},
                }
            },
            "/api/v2/redirects/": {
                "get": {
                    "operationId": "listRedirects",
                    "summary": "Redirects of this site",
                    "parameters": [
                        p for p in COMMON_PARAMS if p["name"] not in ("search", "search_operator")
                    ],
                    "responses": {**ok(listing_of("#/components/schemas/RedirectItem")), **ERRORS},
                }
            },
            "/api/v2/settings/": {
                "get": {
                    "operationId": "getPracticeDetails",
                    "summary": "The practice's details",
                    "responses": ok({"type": "object"}),
                }
            },
            "/api/v2/menus/": {
                "get": {
                    "operationId": "getMenus",
                    "summary": "The site's menus",
                    "responses": ok(
                        {
                            "type": "object",
                            "additionalProperties": {"type": "array", "items": {"type": "object"}},
                        }
                    ),
                }
            },
            "/api/v2/preview/": {
                "get": {
                    "operationId": "getPreview",
                    "summary": "A draft, by the signed token of an editor's headless preview",
                    "parameters": [
                        {
                            "name": "token",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        **ok({"$ref": "#/components/schemas/Page"}),
                        "403": {
                            "description": "The token is forged or expired.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Error"}
                                }
                            },
                        },
                        **ERRORS,
                    },
                }
            },
        },
        "components": {"schemas": schemas},
    }


@read_only
def schema_view(request):
    return JsonResponse(build_schema(), json_dumps_params={"indent": 2})
