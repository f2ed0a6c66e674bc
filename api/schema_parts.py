"""Reusable parts of the OpenAPI document: shared component schemas, parameters, responses."""

from __future__ import annotations

NULLABLE_IMAGE = {"anyOf": [{"$ref": "#/components/schemas/Image"}, {"type": "null"}]}


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


def listing_of(item_ref: str) -> dict:
    return {
        "type": "object",
        "properties": {
            "meta": {"$ref": "#/components/schemas/ListingMeta"},
            "items": {"type": "array", "items": {"$ref": item_ref}},
        },
        "required": ["meta", "items"],
    }


def param(name, description, schema=None) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or {"type": "string"},
    }


COMMON_PARAMS = [
    param("fields", "Comma-separated fields to add (or -field to remove); * for all."),
    param("limit", "Items per page (0–100).", {"type": "integer", "minimum": 0, "maximum": 100}),
    param("offset", "Items to skip.", {"type": "integer", "minimum": 0}),
    param("order", "Field to order by; -field for descending, random for shuffled."),
    param(
        "search",
        "Words to search for (at most 200 characters).",
        {"type": "string", "maxLength": 200},
    ),
    param("search_operator", "and | or", {"type": "string", "enum": ["and", "or"]}),
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


def ok(schema) -> dict:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def id_param() -> dict:
    return {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
