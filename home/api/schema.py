"""The OpenAPI 3.1 document of the public read API, built from the page models' api_fields.

Every page type's fields are described from its own model, so a new field or page type shows up
in the document without anyone editing it by hand.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.fields import StreamField
from wagtail.models import get_page_models

from home.api import fields as api_fields

NULLABLE_IMAGE = {"anyOf": [{"$ref": "#/components/schemas/Image"}, {"type": "null"}]}
NULLABLE_AUTHOR = {"anyOf": [{"$ref": "#/components/schemas/Author"}, {"type": "null"}]}
SERIALIZER_SCHEMAS = {
    api_fields.ImageField: NULLABLE_IMAGE,
    api_fields.AuthorField: NULLABLE_AUTHOR,
    api_fields.PageLinksField: {
        "type": "array",
        "items": {"$ref": "#/components/schemas/PageLink"},
    },
    api_fields.RelatedPagesField: {
        "type": "array",
        "items": {"$ref": "#/components/schemas/PageCard"},
    },
    api_fields.QuestionsField: {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Question"},
    },
    api_fields.TopicsField: {"type": "array", "items": {"$ref": "#/components/schemas/Topic"}},
    api_fields.ListingField: {"$ref": "#/components/schemas/Listing"},
    api_fields.TagNamesField: {"type": "array", "items": {"type": "string"}},
    api_fields.SeoField: {"$ref": "#/components/schemas/Seo"},
    api_fields.StructuredDataField: {
        "type": "object",
        "description": "The page's JSON-LD graph (schema.org), as its HTML carries it.",
    },
}


def _field_schema(model, api_field) -> dict:
    if api_field.serializer is not None:
        for serializer_class, schema in SERIALIZER_SCHEMAS.items():
            if isinstance(api_field.serializer, serializer_class):
                return dict(schema)
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
            help_text = (api_field.serializer.__class__.__doc__ or "").strip()
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


COMMON_SCHEMAS = {
    "Error": {
        "type": "object",
        "properties": {"message": {"type": "string"}},
        "required": ["message"],
    },
    "Rendition": {
        "type": "object",
        "properties": {
            "url": {"type": "string", "format": "uri"},
            "width": {"type": "integer"},
            "height": {"type": "integer"},
        },
        "required": ["url", "width", "height"],
    },
    "Image": {
        "type": "object",
        "description": "A picture with alt text and WebP renditions (absolute URLs).",
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "alt": {"type": "string"},
            "caption": {"type": "string"},
            "credit": {"type": "string"},
            "width": {"type": "integer"},
            "height": {"type": "integer"},
            "renditions": {
                "type": "object",
                "additionalProperties": {"$ref": "#/components/schemas/Rendition"},
            },
        },
        "required": ["id", "alt", "width", "height", "renditions"],
    },
    "PageLink": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "url": {"type": ["string", "null"]},
            "type": {"type": "string", "description": "app_label.ModelName"},
        },
        "required": ["id", "title", "type"],
    },
    "PageCard": {
        "allOf": [
            {"$ref": "#/components/schemas/PageLink"},
            {
                "type": "object",
                "properties": {
                    "card_title": {"type": "string"},
                    "card_intro": {"type": "string"},
                    "card_image": NULLABLE_IMAGE,
                },
            },
        ]
    },
    "Author": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "credentials": {"type": "string"},
            "bio": {"type": "string"},
            "photo": NULLABLE_IMAGE,
        },
        "required": ["id", "name"],
    },
    "Question": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "question": {"type": "string"},
            "answer": {"type": "string", "description": "Rich text (HTML by default)."},
            "topic": {"type": "string"},
        },
        "required": ["id", "question", "answer"],
    },
    "Topic": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "questions": {"type": "array", "items": {"$ref": "#/components/schemas/Question"}},
        },
        "required": ["id", "name", "questions"],
    },
    "Listing": {
        "type": "object",
        "description": "How cards and lists show the page.",
        "properties": {
            "title": {"type": "string"},
            "intro": {"type": "string"},
            "image": NULLABLE_IMAGE,
        },
    },
    "Seo": {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "seo_title": {"type": "string"},
            "description": {"type": "string"},
            "canonical_url": {"type": "string"},
            "robots": {"type": "string"},
            "noindex": {"type": "boolean"},
            "exclude_from_sitemap": {"type": "boolean"},
            "og_type": {"type": "string"},
            "social_image": NULLABLE_IMAGE,
        },
    },
    "StreamBlock": {
        "type": "object",
        "description": (
            "One block of a body: heading, paragraph (HTML), quote, sayings, question, table, "
            "image, video, call_to_action or teaser_cards. Images and pages come expanded."
        ),
        "properties": {"type": {"type": "string"}, "value": {}, "id": {"type": "string"}},
        "required": ["type", "value"],
    },
    "PageMeta": {
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "detail_url": {"type": "string"},
            "html_url": {"type": ["string", "null"]},
            "slug": {"type": "string"},
            "first_published_at": {"type": ["string", "null"]},
        },
    },
    "ListingMeta": {
        "type": "object",
        "properties": {"total_count": {"type": "integer"}},
        "required": ["total_count"],
    },
}


def _listing(item_ref: str) -> dict:
    return {
        "type": "object",
        "properties": {
            "meta": {"$ref": "#/components/schemas/ListingMeta"},
            "items": {"type": "array", "items": {"$ref": item_ref}},
        },
        "required": ["meta", "items"],
    }


def _param(name, description, schema=None) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }


COMMON_PARAMS = [
    _param("fields", "Comma-separated fields to add (or -field to remove); * for all."),
    _param("limit", "Items per page (0–100).", {"type": "integer", "minimum": 0, "maximum": 100}),
    _param("offset", "Items to skip.", {"type": "integer", "minimum": 0}),
    _param("order", "Field to order by; -field for descending, random for shuffled."),
    _param(
        "search",
        "Words to search for (at most 200 characters).",
        {"type": "string", "maxLength": 200},
    ),
    _param("search_operator", "and | or", {"type": "string", "enum": ["and", "or"]}),
]
ERRORS = {
    "400": {
        "description": "The query is not valid; the message says why.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    },
}
NOT_FOUND = {
    "404": {
        "description": "Nothing with that id.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
}


def _ok(schema) -> dict:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def _id_param() -> dict:
    return {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}


def build_schema() -> dict:
    page_models = [model for model in get_page_models() if hasattr(model, "api_fields")]
    schemas = dict(COMMON_SCHEMAS)
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
        _param(
            "type",
            f"Page type(s), comma-separated: {type_names}. With one type, its own fields can "
            "be listed and filtered on.",
        ),
        _param(
            "child_of",
            "Id of the parent page, or root.",
            {"type": "string", "pattern": "^(root|[0-9]+)$"},
        ),
        _param("descendant_of", "Id of an ancestor page.", {"type": "integer", "minimum": 1}),
        _param("ancestor_of", "Id of a descendant page.", {"type": "integer", "minimum": 1}),
        _param("tags", "With type=…: only pages with this tag (exact name)."),
        _param(
            "rich_text_format",
            "html (default) or db_html, markdown, db_markdown.",
            {"type": "string", "enum": ["html", "db_html", "markdown", "db_markdown"]},
        ),
    ]
    image_params = [*COMMON_PARAMS, _param("tags", "Only images with this tag (exact name).")]
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
                    "responses": {**_ok(_listing("#/components/schemas/PageSummary")), **ERRORS},
                }
            },
            "/api/v2/pages/{id}/": {
                "get": {
                    "operationId": "getPage",
                    "summary": "One page with all its fields",
                    "parameters": [
                        _id_param(),
                        _param("fields", "Fields to add or remove."),
                        page_params[-1],
                    ],
                    "responses": {
                        **_ok({"$ref": "#/components/schemas/Page"}),
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
                        _param("html_path", "The page's path on the site, e.g. /faq/."),
                        _param("id", "Or the page's id.", {"type": "integer", "minimum": 1}),
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
                    "responses": {**_ok(_listing("#/components/schemas/ImageItem")), **ERRORS},
                }
            },
            "/api/v2/images/{id}/": {
                "get": {
                    "operationId": "getImage",
                    "summary": "One image",
                    "parameters": [_id_param(), _param("fields", "Fields to add or remove.")],
                    "responses": {
                        **_ok({"$ref": "#/components/schemas/ImageItem"}),
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
                    "responses": {**_ok(_listing("#/components/schemas/DocumentItem")), **ERRORS},
                }
            },
            "/api/v2/redirects/": {
                "get": {
                    "operationId": "listRedirects",
                    "summary": "Redirects of this site",
                    "parameters": [
                        p for p in COMMON_PARAMS if p["name"] not in ("search", "search_operator")
                    ],
                    "responses": {**_ok(_listing("#/components/schemas/RedirectItem")), **ERRORS},
                }
            },
            "/api/v2/settings/": {
                "get": {
                    "operationId": "getPracticeDetails",
                    "summary": "The practice's details",
                    "responses": _ok({"type": "object"}),
                }
            },
            "/api/v2/menus/": {
                "get": {
                    "operationId": "getMenus",
                    "summary": "The site's menus",
                    "responses": _ok(
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
                        **_ok({"$ref": "#/components/schemas/Page"}),
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


@require_GET
def schema_view(request):
    return JsonResponse(build_schema(), json_dumps_params={"indent": 2})
