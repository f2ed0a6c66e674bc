"""What opening a picture costs, read from its header, and whether it decodes to the end."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageMode

DEFAULT_BUDGET = 80 * 1024 * 1024  # config.settings reads IMAGE_MAX_DECODED_BYTES
# Modes that Willow widens to RGB or RGBA before it resizes them (palette and 1-bit pictures
# are not filtered when scaled down), so they cost what the wider mode costs.
WIDENED = {"1": 3, "P": 4, "PA": 4}
# Set on a file once it has passed, so the form's check and the model's save never decode twice.
CHECKED = "stillpoint_picture_checked"

DAMAGED = (
    "This picture is damaged or incomplete: the file stops before the picture ends, or part of "
    "it cannot be read. Export or download it again and upload the new file."
)
TOO_BIG_TO_OPEN = (
    "This picture has more pixels than this site ever opens. Save it smaller (a few thousand "
    "pixels on its longest side is plenty for the web) and upload it again."
)


def budget() -> int:
    """The most memory one picture may take once decoded (IMAGE_MAX_DECODED_BYTES)."""
    return getattr(settings, "IMAGE_MAX_DECODED_BYTES", DEFAULT_BUDGET)


def bytes_per_pixel(mode: str) -> int:
    if mode in WIDENED:
        return WIDENED[mode]
    try:
        described = ImageMode.getmode(mode)
    except KeyError:
        return 4  # a mode Pillow does not describe: count it as wide as the widest common one
    return len(described.bands) * int(described.typestr[-1])


def decoded_bytes(picture: Image.Image) -> int:
    """Pixels × bands × bytes a band: the memory the decoded picture takes (one frame)."""
    width, height = picture.size
    return width * height * bytes_per_pixel(picture.mode)


@contextmanager
def opened(file) -> Iterator[Image.Image]:
    """The picture in ``file`` with only its header read: no pixel is decoded yet."""
    file.seek(0)
    try:
        picture = Image.open(file)
    except Image.DecompressionBombError as error:
        raise ValidationError(TOO_BIG_TO_OPEN, code="file_too_much_memory") from error
    except (OSError, SyntaxError, ValueError) as error:  # Pillow's ways of saying "not a picture"
        raise ValidationError(DAMAGED, code="file_damaged") from error
    try:
        yield picture
    finally:
        file.seek(0)


def check_budget(picture: Image.Image) -> None:
    needed, most = decoded_bytes(picture), budget()
    if needed <= most:
        return
    width, height = picture.size
    # The longest side that would fit, rounded down to a friendly figure.
    side = int(max(width, height) * math.sqrt(most / needed))
    side = side // 100 * 100 or side
    raise ValidationError(
        f"This picture is too large to work with: at {width}×{height} pixels it would take "
        f"{filesizeformat(needed)} of memory to open, and the most this site opens is "
        f"{filesizeformat(most)}. Save it smaller (at most {side} pixels on its longest side) "
        "and upload it again.",
        code="file_too_much_memory",
    )


def check_complete(picture: Image.Image) -> None:
    """Decode the picture (a JPEG at an eighth of its size) to be sure it reads to the end.

    Renditions use the first frame only, so that is the one decoded.
    """
    if picture.format == "JPEG":
        # libjpeg still reads every byte of the file, but keeps 1/64 of the pixels.
        picture.draft(None, (max(1, picture.width // 8), max(1, picture.height // 8)))
    try:
        picture.load()
    except Exception as error:
        # Pillow reports damage as OSError, SyntaxError, EOFError, ValueError, zlib and struct
        # errors depending on the format: whichever it is, the file cannot be shown.
        raise ValidationError(DAMAGED, code="file_damaged") from error


def check_picture(picture: Image.Image) -> None:
    """Refuse a picture over the memory budget (from its header), then one that is damaged."""
    check_budget(picture)
    check_complete(picture)


def check_file(file) -> None:
    """Check the picture in ``file`` once, however many paths ask (the form, then the model)."""
    if getattr(file, CHECKED, False):
        return
    with opened(file) as picture:
        check_picture(picture)
    setattr(file, CHECKED, True)
