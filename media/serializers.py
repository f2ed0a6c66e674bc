"""The image's JSON shape, shared by blocks, page fields and endpoints: alt text and renditions."""

from __future__ import annotations

from rest_framework.fields import Field

from media.ready import RENDITIONS, ready, stand_in


def absolute(request, url: str) -> str:
    # Not at the top: wagtail.api.v2.utils loads the Page model when imported, and this module
    # is imported while the image model itself is being loaded.
    from wagtail.api.v2.utils import get_full_url  # noqa: PLC0415

    return get_full_url(request, url) if request is not None else url


def image(value, request) -> dict | None:
    if value is None:
        return None
    renditions = ready(value, list(RENDITIONS.values()))
    return {
        "id": value.pk,
        "title": value.title,
        "alt": value.alt_text,
        "caption": value.caption,
        "credit": value.credit,
        "width": value.width,
        "height": value.height,
        "renditions": {
            name: _sized(request, renditions.get(spec), value, spec)
            for name, spec in RENDITIONS.items()
        },
    }


def _sized(request, rendition, value, spec: str) -> dict:
    shown = rendition or stand_in(value, spec)  # until the worker has made it
    return {"url": absolute(request, shown.url), "width": shown.width, "height": shown.height}


class ImageField(Field):
    """An image with its alt text and standard renditions, or null."""

    openapi_schema = {"anyOf": [{"$ref": "#/components/schemas/Image"}, {"type": "null"}]}

    def to_representation(self, value):
        return image(value, self.context.get("request"))


class RenditionsField(Field):
    """The standard renditions (RENDITIONS) of an image, with absolute URLs."""

    def to_representation(self, value):
        return image(value, self.context.get("request"))["renditions"]
