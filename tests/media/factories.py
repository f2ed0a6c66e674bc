"""Factories of the media app: pictures with alt text, drawn in memory; damaged and huge files."""

import io
import struct
import zlib

import factory
import wagtail_factories
from PIL import Image as PILImage
from wagtail.models import Collection

from media.models import SiteImage


class SiteImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = SiteImage
        # Post-generation hooks save what they add themselves.
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Picture {n}")
    description = factory.Sequence(lambda n: f"Soft light over a linen cloth, picture {n}")
    file = factory.django.ImageField(width=1600, height=1000, color="tan", format="JPEG")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)


def jpeg_bytes(width=800, height=600, **options) -> bytes:
    """A photo-like JPEG (noise compresses like a photograph does, not like a flat colour)."""
    buffer = io.BytesIO()
    PILImage.effect_noise((width, height), 60).convert("RGB").save(buffer, "JPEG", **options)
    return buffer.getvalue()


def truncated_jpeg_bytes() -> bytes:
    """A JPEG cut off half way, as an interrupted download leaves it: its header is whole."""
    whole = jpeg_bytes()
    return whole[: len(whole) // 2]


def png_header_bytes(width: int, height: int, colour_type: int = 2) -> bytes:
    """A PNG of a few dozen bytes announcing ``width`` × ``height`` pixels (colour type 2: RGB).

    Only its header is sound: decoding it fails, so a refusal that names its size proves the
    size was read from the header, not found by decoding.
    """

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
