"""The image's JSON shape, shared by blocks, page fields and endpoints: alt text and renditions."""

from __future__ import annotations

from rest_framework.fields import Field

# Standard renditions every image offers in the API: WebP, widths for common layouts.
RENDITIONS = {
    "thumbnail": "fill-400x300|format-webp",
    "medium": "max-800x800|format-webp",
    "large": "max-1600x1600|format-webp",
    "social": "fill-1200x630|format-jpeg",
}


def absolute(request, url: str) -> str:
    # Not at the top: wagtail.api.v2.utils loads the Page model when imported, and this module
    # is imported while the image model itself is being loaded.
    from wagtail.api.v2.utils import get_full_url  # noqa: PLC0415

    return get_full_url(request, url) if request is not None else url


def image(value, request) -> dict | None:
    if value is None:
        return None
    renditions = value.get_renditions(*RENDITIONS.values())
    return {
        "id": value.pk,
        "title": value.title,
        "alt": value.alt_text,
        "caption": value.caption,
        "credit": value.credit,
        "width": value.width,
        "height": value.height,
        "renditions": {
            name: {
                "url": absolute(request, renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


class ImageField(Field):
    """An image with its alt text and standard renditions, or null."""

    openapi_schema = {"anyOf": [{"$ref": "#/components/schemas/Image"}, {"type": "null"}]}

    def to_representation(self, value):
        return image(value, self.context.get("request"))


class RenditionsField(Field):
    """The standard renditions (RENDITIONS) of an image, with absolute URLs."""

    def to_representation(self, value):
        return image(value, self.context.get("request"))["renditions"]
