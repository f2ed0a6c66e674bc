"""API fields and JSON shapes of the page core: page links and cards, people, rich text, SEO.

Each field class carries ``openapi_schema``, the schema of what it returns, so the API's
OpenAPI document describes any page type's fields without knowing the type.
"""

from __future__ import annotations

from rest_framework.fields import Field
from wagtail.api.rich_text import APIRichText

from home.registry import registry
from home.visibility import visible_pages
from media.serializers import ImageField, image

__all__ = [
    "AuthorField",
    "ImageField",
    "ListingField",
    "PageDataField",
    "PageLinksField",
    "RichTextField",
    "SeoField",
    "TagNamesField",
    "author",
    "page_card",
    "page_link",
    "rich_text",
]


def page_link(page, request) -> dict | None:
    if page is None:
        return None
    specific_class = page.specific_class or type(page)
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "type": f"{specific_class._meta.app_label}.{specific_class.__name__}",
    }


def page_card(page, request) -> dict | None:
    """A page as cards show it: its listing title, intro and picture."""
    link = page_link(page, request)
    if link is None:
        return None
    return {
        **link,
        "card_title": getattr(page, "card_title", page.title),
        "card_intro": getattr(page, "card_intro", ""),
        "card_image": image(getattr(page, "card_image", None), request),
    }


def author(value, request) -> dict | None:
    if value is None:
        return None
    return {
        "id": value.pk,
        "name": value.name,
        "credentials": value.credentials,
        "bio": value.bio,
        "photo": image(value.photo, request),
    }


def rich_text(html: str, request) -> str:
    """Rich text in the format the client asked for (HTML with links resolved by default)."""
    requested = request.GET.get("rich_text_format") if request is not None else None
    return APIRichText.serialize(html or "", format=APIRichText.resolve_format(requested))


class RequestField(Field):
    @property
    def request(self):
        return self.context.get("request")


class WholePageField(RequestField):
    """A field worked out from the whole page rather than one attribute."""

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)


class AuthorField(RequestField):
    openapi_schema = {"anyOf": [{"$ref": "#/components/schemas/Author"}, {"type": "null"}]}

    def to_representation(self, value):
        return author(value, self.request)


class PageLinksField(RequestField):
    """A many-to-many of pages (e.g. related modalities): those visitors can open, as the HTML."""

    openapi_schema = {"type": "array", "items": {"$ref": "#/components/schemas/PageLink"}}

    def to_representation(self, value):
        return [page_link(page, self.request) for page in visible_pages(value.all())]


class RichTextField(RequestField):
    openapi_schema = {"type": "string"}

    def to_representation(self, value):
        return rich_text(value, self.request)


class ListingField(WholePageField):
    """What cards show of the page: its listing title, intro and picture."""

    openapi_schema = {"$ref": "#/components/schemas/Listing"}

    def to_representation(self, page):
        return {
            "title": page.card_title,
            "intro": page.card_intro,
            "image": image(page.card_image, self.request),
        }


class SeoField(WholePageField):
    """How the page presents itself to search engines and social networks."""

    openapi_schema = {"$ref": "#/components/schemas/Seo"}

    def to_representation(self, page):
        meta = page.meta_for(self.request)
        return {
            "title": meta.title,
            "seo_title": page.seo_title,
            "description": meta.description,
            "canonical_url": meta.canonical,
            "robots": meta.robots,
            "noindex": page.noindex,
            "exclude_from_sitemap": page.exclude_from_sitemap,
            "og_type": meta.og_type,
            "social_image": image(meta.image, self.request),
        }


class PageDataField(WholePageField):
    """Page data a feature computes and registers under a name (``registry.page_data``)."""

    def __init__(self, name: str, openapi_schema: dict, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.openapi_schema = openapi_schema

    def to_representation(self, page):
        build = registry.page_data.get(self.name)
        return build(page, self.request) if build else None


class TagNamesField(Field):
    """Tag names, read from prefetched tags when the listing prefetched them."""

    openapi_schema = {"type": "array", "items": {"type": "string"}}

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())
