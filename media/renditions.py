"""Renditions that decode only as much of the original as they need (JPEG draft, Pillow's reduce)."""

from __future__ import annotations

import math
from contextlib import contextmanager

from PIL import ExifTags, Image, UnidentifiedImageError
from wagtail.images.models import Filter
from willow.plugins.pillow import PillowImage

# Decode at least twice the pixels the rendition keeps, so the final Lanczos resize still has
# detail to work with (Pillow's own thumbnail() leaves the same gap).
GAP = 2
# Pillow's reduce() averages bands: right for these (alpha premultiplied), wrong for palette
# indices or 16-bit modes.
REDUCIBLE = {"L", "LA", "RGB", "RGBA"}
# Wagtail makes a page's renditions three at a time in threads, each decoding the original, and
# each thread keeps the memory it used (glibc's arenas): past this size (64 MB decoded), an
# original's renditions are made one after another instead.
ONE_AT_A_TIME_PIXELS = 16_000_000


def oriented_size(picture: Image.Image) -> tuple[int, int]:
    """The size once turned upright, as Willow's auto_orient() will turn it."""
    width, height = picture.size
    if picture.getexif().get(ExifTags.Base.Orientation) in {5, 6, 7, 8}:
        return height, width
    return width, height


class ReducingFilter(Filter):
    """Wagtail's filter, decoding the original at the smallest scale the rendition allows.

    A JPEG is decoded by libjpeg at 1/2, 1/4 or 1/8 of its size (``draft``), so a 1200-pixel
    rendition of a 40-megapixel photo never holds the 40 megapixels; other formats are decoded
    whole, then shrunk by an integer factor (``reduce``) before cropping and resizing. The crop
    is worked out on the original's size, as Wagtail does, then scaled to what was decoded.
    """

    full_size: tuple[int, int] | None = None
    # How the original was decoded, for tests and logs: "draft", "reduce", "draft+reduce" or
    # "whole".
    decoded_as = ""

    def wanted_scale(self, image) -> float:
        """The fraction of the original's pixels (per side) the rendition needs, gap included."""
        transform = super().get_transform(image, self.full_size)
        rect = transform.get_rect()
        out_width, out_height = transform.size
        ratio = max(out_width / max(rect.width, 1), out_height / max(rect.height, 1))
        return min(1.0, ratio * GAP)

    def plan(self, image, picture: Image.Image) -> tuple[float, float]:
        """The size to decode to, in the file's own (not yet upright) orientation."""
        self.full_size = oriented_size(picture)
        scale = self.wanted_scale(image)
        return picture.width * scale, picture.height * scale

    @contextmanager
    def get_willow_image(self, image, source=None):
        with super().get_willow_image(image, source) as willow:
            # Yielded without a name: once Wagtail's run() moves on to the upright copy, nothing
            # here keeps the decoded original alive.
            yield self.decode(image, willow)

    def decode(self, image, willow):
        try:
            willow.f.seek(0)
            picture = Image.open(willow.f)
        except (AttributeError, UnidentifiedImageError, OSError):
            return willow  # not a file Pillow opens itself (an SVG, say): Wagtail's own way
        needed = self.plan(image, picture)  # a PNG's EXIF may follow its pixels: this can decode
        steps = []
        if picture.format == "JPEG":
            # libjpeg decodes straight to the smallest scale that still covers what is needed.
            stored = picture.size
            picture.draft(None, (max(1, math.ceil(needed[0])), max(1, math.ceil(needed[1]))))
            if picture.size != stored:
                steps.append("draft")
        picture.load()
        factor = math.floor(
            min(picture.width / max(needed[0], 1), picture.height / max(needed[1], 1))
        )
        if factor >= 2 and picture.mode in REDUCIBLE:
            steps.append("reduce")
            picture = picture.reduce(factor)  # the full-size decode is let go here
        self.decoded_as = "+".join(steps) or "whole"
        decoded = PillowImage(picture)
        # Wagtail reads the original format from the Willow image it is given.
        decoded.format_name = willow.format_name
        return decoded

    def get_transform(self, image, size=None):
        if self.full_size is None or size is None or tuple(size) == self.full_size:
            return super().get_transform(image, size)
        # The picture was decoded smaller than the original: the same crop, in its pixels.
        transform = super().get_transform(image, self.full_size)
        across, down = size[0] / self.full_size[0], size[1] / self.full_size[1]
        scaled = transform.clone()
        scaled.offset = (transform.offset[0] * across, transform.offset[1] * down)
        scaled.scale = (transform.scale[0] / across, transform.scale[1] / down)
        return scaled
