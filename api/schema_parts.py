"""Reusable parts of the OpenAPI document: shared component schemas, parameters, responses."""

from __future__ import annotations

from media.serializers import RENDITIONS


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(name: str) -> dict:
    return {"anyOf": [ref(name), {"type": "null"}]}


def closed(properties: dict, required=None, **extra) -> dict:
    """An object of ours: exactly these properties, all present unless ``required`` says."""
    return {
        "type": "object",
        **extra,
        "properties": properties,
        "required": list(properties) if required is None else required,
        "additionalProperties": False,
    }


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
NULLABLE_STRING = {"type": ["string", "null"]}
PAGE_LINK = {
    "id": INTEGER,
    "title": STRING,
    "url": {**NULLABLE_STRING, "description": "The page's address on the site."},
    "type": {**STRING, "description": "app_label.ModelName"},
}
# A page as Wagtail nests it in another page's meta (parent, alias_of).
NESTED_PAGE = closed(
    {
        "id": INTEGER,
        "meta": closed(
            {"type": STRING, "detail_url": STRING, "html_url": NULLABLE_STRING},
            required=["type", "detail_url"],
        ),
        "title": STRING,
    },
    required=["id", "meta"],
)
# The meta of a page: a listing names fewer of these than a detail (see ?fields=).
PAGE_META = {
    "detail_url": STRING,
    "html_url": NULLABLE_STRING,
    "slug": STRING,
    "show_in_menus": {"type": "boolean"},
    "seo_title": STRING,
    "search_description": STRING,
    "first_published_at": {"type": ["string", "null"], "format": "date-time"},
    "alias_of": {"anyOf": [NESTED_PAGE, {"type": "null"}]},
    "parent": {"anyOf": [NESTED_PAGE, {"type": "null"}]},
    "locale": STRING,
}
DETAIL_META = [
    "type",
    "detail_url",
    "html_url",
    "slug",
    "show_in_menus",
    "seo_title",
    "search_description",
    "first_published_at",
    "alias_of",
    "parent",
]
ITEM_META = {
    "type": STRING,
    "detail_url": STRING,
    "tags": {"type": "array", "items": STRING},
    "download_url": STRING,
}
MENU_ITEM = closed(
    {
        "page": {"type": ["integer", "null"], "description": "The page's id; null elsewhere."},
        "title": STRING,
        "url": STRING,
    }
)


COMMON_SCHEMAS = {
    "Error": closed({"message": STRING}),
    "Rendition": closed({"url": {**STRING, "format": "uri"}, "width": INTEGER, "height": INTEGER}),
    "Image": closed(
        {
            "id": INTEGER,
            "title": STRING,
            "alt": STRING,
            "caption": STRING,
            "credit": STRING,
            "width": INTEGER,
            "height": INTEGER,
            "renditions": closed({name: ref("Rendition") for name in RENDITIONS}),
        },
        description="A picture with alt text, caption, credit and named renditions.",
    ),
    "PageLink": closed(PAGE_LINK, description="A link to a page visitors can open."),
    "PageCard": closed(
        {
            **PAGE_LINK,
            "card_title": STRING,
            "card_intro": STRING,
            "card_image": nullable("Image"),
        },
        description="A page as cards show it: its listing title, intro and picture.",
    ),
    "Author": closed(
        {
            "id": INTEGER,
            "name": STRING,
            "credentials": STRING,
            "bio": STRING,
            "photo": nullable("Image"),
        }
    ),
    "Listing": closed(
        {"title": STRING, "intro": STRING, "image": nullable("Image")},
        description="How cards and lists show the page.",
    ),
    "Seo": closed(
        {
            "title": STRING,
            "seo_title": STRING,
            "description": STRING,
            "canonical_url": STRING,
            "robots": STRING,
            "noindex": {"type": "boolean"},
            "exclude_from_sitemap": {"type": "boolean"},
            "og_type": STRING,
            "social_image": nullable("Image"),
        }
    ),
    "ListingMeta": closed({"total_count": INTEGER}),
    "ImageItem": closed(
        {
            "id": INTEGER,
            "meta": closed(ITEM_META, required=[]),
            "title": STRING,
            "width": INTEGER,
            "height": INTEGER,
            "alt": STRING,
            "caption": STRING,
            "credit": STRING,
            "renditions": closed({name: ref("Rendition") for name in RENDITIONS}),
        },
        required=["id", "meta"],
    ),
    "DocumentItem": closed(
        {"id": INTEGER, "meta": closed(ITEM_META, required=[]), "title": STRING},
        required=["id", "meta"],
    ),
    "RedirectItem": closed(
        {
            "id": INTEGER,
            "meta": closed({"type": STRING, "detail_url": STRING}, required=[]),
            "old_path": STRING,
            "is_permanent": {"type": "boolean"},
            "link": NULLABLE_STRING,
        },
        required=["id", "meta"],
    ),
    "MenuItem": MENU_ITEM,
    "Menus": closed(
        {
            "header": {"type": "array", "items": ref("MenuItem")},
            "footer": {"type": "array", "items": ref("MenuItem")},
        },
        description="The site's menus as ordered links.",
    ),
    "PracticeDetails": closed(
        {
            "name": STRING,
            "tagline": STRING,
            "practitioner": STRING,
            "address": closed(
                {
                    "street_address": STRING,
                    "locality": STRING,
                    "region": STRING,
                    "postal_code": STRING,
                    "country": STRING,
                }
            ),
            "geo": closed(
                {
                    "latitude": {"type": ["number", "null"]},
                    "longitude": {"type": ["number", "null"]},
                }
            ),
            "phone": STRING,
            "email": STRING,
            "booking_url": STRING,
            "price_range": STRING,
            "opening_hours": {
                "type": "array",
                "items": closed({"day": STRING, "opens": STRING, "closes": STRING}),
            },
            "social_links": {
                "type": "array",
                "items": closed({"network": STRING, "url": STRING}),
            },
            "default_social_image": nullable("Image"),
            "health_disclaimer": STRING,
        },
        description="The practice's details (Settings → Practice details).",
    ),
}


def listing_of(item_schema: dict) -> dict:
    return closed({"meta": ref("ListingMeta"), "items": {"type": "array", "items": item_schema}})


def json_answer(description: str, schema: dict) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {"400": json_answer("The query is not valid; the message says why.", ref("Error"))}
NOT_FOUND = {"404": json_answer("Nothing with that id.", ref("Error"))}


def ok(schema) -> dict:
    return {"200": json_answer("OK", schema)}
