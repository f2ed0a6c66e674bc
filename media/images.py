"""Loading pictures for many pages at once, and the responsive renditions every template uses."""

from __future__ import annotations

from collections.abc import Iterable

from media.models import SiteImage

# Widths offered in a srcset; only those no wider than the original are used, so none repeat.
WIDTHS = (480, 800, 1200, 1600)
FORMATS = ("avif", "webp", "jpeg")


def attach_card_images(pages: Iterable) -> None:
    """Give every page its card picture in one query for the whole set.

    Renditions are not prefetched: once generated they come from the cache, not the database.
    """
    pages = [page for page in pages if page is not None and hasattr(page, "card_image_id")]
    wanted = {page.card_image_id for page in pages if page.card_image_id}
    images = SiteImage.objects.in_bulk(wanted) if wanted else {}
    for page in pages:
        page.card_image = images.get(page.card_image_id)


def srcset_widths(image, max_width: int) -> list[int]:
    """The srcset widths for an image shown at most ``max_width`` CSS pixels wide (2x included)."""
    limit = min(image.width, max_width * 2)
    widths = [width for width in WIDTHS if width < limit]
    widths.append(limit if limit < WIDTHS[-1] else WIDTHS[-1])
    return sorted(set(widths))
