"""The paths of the OpenAPI document: every parameter with the limits the API enforces.

Whatever a parameter's schema allows, the API answers (a 404 at worst, for an id that names
nothing): the limits here are those of ``api.views.check_query`` and of Wagtail's filters.
"""

from __future__ import annotations

import re

from api.schema_parts import ERRORS, NOT_FOUND, json_answer, listing_of, ok, ref
from api.views import MAX_OFFSET, MAX_PARAMETER_LENGTH, MAX_SEARCH_LENGTH, PagesEndpoint

# Any text a client may send: no NUL and no undecodable bytes (check_query refuses both).
TEXT = {"type": "string", "maxLength": MAX_PARAMETER_LENGTH, "pattern": "^[^\\u0000\\ufffd]*$"}
# Ids and sizes in a query or a path: nine digits at most (check_query's NUMBER).
ID = {"type": "integer", "minimum": 0, "maximum": 999_999_999}
PAGE_OR_ROOT = {"type": "string", "pattern": "^(root|[0-9]{1,9})$"}
BOOLEAN = {"type": "string", "enum": ["true", "false", "1", "0"]}
# A date and time the database can hold, as Django reads it.
DATE_TIME = {
    "type": "string",
    "pattern": (
        "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])"
        "T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](Z|[+-]0[0-9]:[0-5][0-9])?$"
    ),
}
PAGE_ORDER = ["id", "title", "first_published_at"]


def param(name, description, schema=None) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema or TEXT,
    }


def fields_param(names, removable=True) -> dict:
    """?fields= as Wagtail reads it: names to add (or -name to remove); * first for all of
    them, then only removals; _ first for none, then only additions. A detail has every field
    already: it takes additions only."""
    name = "(?:" + "|".join(re.escape(name) for name in names) + ")"
    if removable:
        forms = f"\\*(?:,-{name})*|_(?:,{name})*|-?{name}(?:,-?{name})*"
        description = (
            "Comma-separated fields to add (or -field to remove); * first for all of them "
            "(then only removals), _ first for none (then only additions; id and meta.type "
            "stay). The pattern names the fields every item has; with ?type=, that type's own "
            "fields (see its schema) can be named too."
        )
    else:
        forms = f"\\*|{name}(?:,{name})*"
        description = "* or fields to add: a detail already has every field."
    return param("fields", description, {"type": "string", "pattern": f"^(?:{forms})?$"})


def order_param(names) -> dict:
    """?order= as Wagtail reads it: comma-separated fields, -field for descending, empty for
    the default order (random order is refused: answers are cached and shared)."""
    name = "-?(?:" + "|".join(re.escape(name) for name in names) + ")"
    return param(
        "order",
        "Fields to order by, comma-separated; -field for descending.",
        {"type": "string", "pattern": f"^(?:{name}(?:,{name})*)?$"},
    )


def listing_params(field_names, order) -> list[dict]:
    return [
        fields_param(field_names),
        param(
            "limit",
            "Items per page (0–100).",
            {"type": "integer", "minimum": 0, "maximum": 100},
        ),
        param("offset", "Items to skip.", {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET}),
        order_param(order),
        param(
            "search",
            f"Words to search for (at most {MAX_SEARCH_LENGTH} characters).",
            {**TEXT, "maxLength": MAX_SEARCH_LENGTH},
        ),
        param("search_operator", "and (default) or or", {"type": "string", "enum": ["and", "or"]}),
    ]


RICH_TEXT_FORMAT = param(
    "rich_text_format",
    "html (default: links resolved) or db_html, markdown, db_markdown.",
    {"type": "string", "enum": ["html", "db_html", "markdown", "db_markdown"]},
)


def operation(operation_id, summary, parameters, schema, *, not_found=True) -> dict:
    responses = {**ok(schema), **ERRORS}
    if not_found:
        responses.update(NOT_FOUND)
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": parameters,
            "responses": responses,
        }
    }


def page_params(type_names, field_names) -> list[dict]:
    listed = [name for name in field_names if name not in PagesEndpoint.detail_only_fields]
    return [
        *listing_params(listed, PAGE_ORDER),
        param(
            "type",
            "Only pages of this type; its own fields can then be listed, filtered on and "
            "ordered by.",
            {"type": "string", "enum": type_names},
        ),
        param(
            "child_of",
            "Id of the parent page, or root.",
            PAGE_OR_ROOT,
        ),
        param(
            "descendant_of",
            "Id of an ancestor page, or root.",
            PAGE_OR_ROOT,
        ),
        param("ancestor_of", "Id of a descendant page.", ID),
        param("translation_of", "Id of a page: its translations.", ID),
        param("locale", "Language code of the pages, e.g. en."),
        param(
            "site",
            "Host name of the site whose pages to list, with :port where sites share one.",
            {**TEXT, "pattern": "^[^:\\u0000\\ufffd]*(:[0-9]{1,9})?$"},
        ),
        param("tags", "Only pages with this tag (exact name)."),
        param("id", "Only the page with this id.", ID),
        param("title", "Only pages with exactly this title."),
        param("slug", "Only pages with this slug."),
        param("seo_title", "Only pages with exactly this SEO title."),
        param("search_description", "Only pages with exactly this search description."),
        param("show_in_menus", "Only pages shown (or not) in menus.", BOOLEAN),
        param("first_published_at", "Only pages first published at this time.", DATE_TIME),
        param("alias_of", "Only aliases of this page.", ID),
        RICH_TEXT_FORMAT,
    ]


def paths(type_names: list[str], field_names: list[str]) -> dict:
    id_path = {"name": "id", "in": "path", "required": True, "schema": ID}
    image_fields = [
        "id", "type", "detail_url", "tags", "download_url", "title", "width", "height",
        "alt", "caption", "credit", "renditions",
    ]  # fmt: skip
    document_fields = ["id", "type", "detail_url", "tags", "download_url", "title"]
    redirect_fields = ["id", "type", "detail_url", "old_path", "is_permanent", "link"]
    by_title = [
        param("title", "Only those with exactly this title."),
        param("id", "Only this one.", ID),
    ]
    tags = param("tags", "Only those with this tag (exact name).")
    page_type = param(
        "type", "Only if the page is of this type.", {"type": "string", "enum": type_names}
    )
    error_403 = json_answer("The token is forged or expired.", ref("Error"))
    return {
        "/api/v2/pages/": operation(
            "listPages",
            "Live, public pages",
            page_params(type_names, field_names),
            listing_of(ref("PageItem")),
        ),
        "/api/v2/pages/{id}/": operation(
            "getPage",
            "One page with all its fields",
            [id_path, fields_param(field_names, removable=False), page_type, RICH_TEXT_FORMAT],
            ref("Page"),
        ),
        "/api/v2/pages/find/": {
            "get": {
                "operationId": "findPage",
                "summary": "Find a page by its site path; redirects to its detail URL",
                "parameters": [
                    param("html_path", "The page's path on the site, e.g. /faq/."),
                    param("id", "Or the page's id.", ID),
                ],
                "responses": {
                    "302": {"description": "Found: Location is the page's detail URL."},
                    **ERRORS,
                    **NOT_FOUND,
                },
            }
        },
        "/api/v2/images/": operation(
            "listImages",
            "Images",
            [
                *listing_params(image_fields, ["id", "title"]),
                tags,
                *by_title,
                param("caption", "Only those with exactly this caption."),
                param("credit", "Only those with exactly this credit."),
                param("width", "Only those this wide.", ID),
                param("height", "Only those this high.", ID),
            ],
            listing_of(ref("ImageItem")),
        ),
        "/api/v2/images/{id}/": operation(
            "getImage",
            "One image",
            [id_path, fields_param(image_fields, removable=False)],
            ref("ImageItem"),
        ),
        "/api/v2/documents/": operation(
            "listDocuments",
            "Documents visitors may open",
            [*listing_params(document_fields, ["id", "title"]), tags, *by_title],
            listing_of(ref("DocumentItem")),
        ),
        "/api/v2/documents/{id}/": operation(
            "getDocument",
            "One document",
            [id_path, fields_param(document_fields, removable=False)],
            ref("DocumentItem"),
        ),
        "/api/v2/redirects/": operation(
            "listRedirects",
            "Redirects of this site",
            [
                *listing_params(redirect_fields, ["id", "old_path"])[:4],
                param("id", "Only this one.", ID),
                param("old_path", "Only the redirect from this path."),
                param("is_permanent", "Only permanent (or temporary) redirects.", BOOLEAN),
            ],
            listing_of(ref("RedirectItem")),
        ),
        "/api/v2/settings/": operation(
            "getPracticeDetails",
            "The practice's details",
            [],
            ref("PracticeDetails"),
            not_found=False,
        ),
        "/api/v2/menus/": operation(
            "getMenus", "The site's menus", [], ref("Menus"), not_found=False
        ),
        "/api/v2/preview/": {
            "get": {
                "operationId": "getPreview",
                "summary": "A draft, by the signed token of an editor's headless preview",
                "parameters": [{**param("token", "The signed token."), "required": True}],
                "responses": {**ok(ref("Page")), "403": error_403, **ERRORS},
            }
        },
    }
