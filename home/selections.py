"""Which pages a listing shows, kept until a page changes.

A listing (the home page's latest writing, Read next, a section's page of results) picks its
pages with a query whose cost grows with its filters: visibility, tags, order. What it picks
changes only when some page changes, so the pick is kept under the pages version as each page's
id, type and address, and the cards tag (home.templatetags.stillpoint) loads only the pages
whose card it has not kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from django.apps import apps

from home.caching import PAGES_KEY, cached
from media.images import attach_card_images


class Chosen(NamedTuple):
    """A page a listing shows: enough to name its card, and to load the page when needed."""

    pk: int
    url_path: str
    model: str  # "app_label.modelname" of the specific page type


def choose(name: str, pick: Callable[[], Iterable], request=None, keep_none: bool = True) -> list:
    """The pages ``pick()`` gives, kept as Chosen until any page changes (``name`` says which
    listing, on which site, with which parameters; ``keep_none``: whether an empty pick is
    kept, not for names a visitor can make up). Previews pick afresh and get the pages."""
    if request is None or getattr(request, "is_preview", False):
        return list(pick())

    def chosen() -> list[Chosen]:
        return [Chosen(page.pk, page.url_path, page._meta.label_lower) for page in pick()]

    return cached(f"chosen:{name}", chosen, depends=[PAGES_KEY], keep=None if keep_none else bool)


def load(chosen: Iterable) -> list:
    """The specific pages of ``chosen`` in its order, without their bodies and with their card
    pictures: one query per page type. Pages among ``chosen`` are kept as they are; a page
    deleted since it was chosen is left out."""
    chosen = list(chosen)
    wanted: dict[str, list[int]] = {}
    for item in chosen:
        if isinstance(item, Chosen):
            wanted.setdefault(item.model, []).append(item.pk)
    found = {}
    for label, pks in wanted.items():
        found.update(
            apps.get_model(label).objects.filter(pk__in=pks).defer_streamfields().in_bulk()
        )
    pages = [found.get(item.pk) if isinstance(item, Chosen) else item for item in chosen]
    pages = [page for page in pages if page is not None]
    attach_card_images(page for page in pages if page.pk in found)
    return pages
