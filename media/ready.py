"""Renditions made ahead of time, by the task worker: a page view only looks them up.

Every picture the site shows is one of a known set of uses (a hero, a card, a body picture…),
each a set of filter specs. When a picture is uploaded, or a page using it is published, the
worker makes every rendition of every use; a view that finds one missing asks the worker for it
and, meanwhile, shows the renditions it has, or the original, and says so (``pending()``) so the
page cache does not keep that answer.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from django_tasks import task, task_backends
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.images.models import Filter
from wagtail.images.utils import generate_signature

from media.kept import Shown, current_version, kept, shown

logger = logging.getLogger(__name__)

# Widths offered in a srcset; only those no wider than the original are used, so none repeat.
WIDTHS = (480, 800, 1200, 1600)
FORMATS = ("avif", "webp", "jpeg")
# AVIF pays for its encoding time only on large renditions: measured on our pictures, at 480 px
# it is larger than WebP and five times slower to make; from 800 px it is 15–30% smaller.
AVIF_FROM_WIDTH = 800
# Standard renditions every image offers in the API: WebP, widths for common layouts.
RENDITIONS = {
    "thumbnail": "fill-400x300|format-webp",
    "medium": "max-800x800|format-webp",
    "large": "max-1600x1600|format-webp",
    "social": "fill-1200x630|format-jpeg",
}

# Where each picture is shown: the widest it is ever displayed (CSS pixels) and its crop.
USES = {
    "hero": {"max_width": 1100},
    "home-hero": {"max_width": 600},
    "body": {"max_width": 720},
    "card": {"max_width": 400, "ratio": "3x2"},
    "author": {"max_width": 96, "ratio": "1x1"},
    "profile": {"max_width": 320, "ratio": "1x1"},
    "gallery": {"max_width": 480},
}
# Single renditions read by the social tags, the sitemap and the API.
SOCIAL = RENDITIONS["social"]
SITEMAP = "max-1600x1600|format-jpeg"
SINGLES = (SOCIAL, SITEMAP, *RENDITIONS.values())

_pending: ContextVar[bool] = ContextVar("renditions_pending", default=False)
# The renditions found so far in this request, by picture and spec: a page shows one picture in
# several places (its social tags, its JSON-LD, the author's photo) and the API repeats pictures
# across items, so each is looked up once. Kept for one request only (media.middleware): a
# rendition deleted since is never served from here.
_seen: ContextVar[dict | None] = ContextVar("renditions_seen", default=None)
# Pictures this request is expected to show (a listing's cards, a page's own pictures), by id,
# with the specs they would be shown with: the first look-up of one looks them all up (expect()).
_expected: ContextVar[dict | None] = ContextVar("renditions_expected", default=None)
# The renditions version (media.kept) as this request first read it.
_kept_version: ContextVar[dict | None] = ContextVar("renditions_kept_version", default=None)


def pending() -> bool:
    """True when this request showed a picture whose renditions are still being made."""
    return _pending.get()


def reset_pending() -> None:
    _pending.set(False)


def note_pending() -> None:
    """Says (again) that this request showed a picture whose renditions are still being made."""
    _pending.set(True)


def remember_renditions(remember: bool = True) -> None:
    """Start (or, with False, stop) keeping this request's renditions as they are found."""
    _seen.set({} if remember else None)
    _expected.set({} if remember else None)
    _kept_version.set({} if remember else None)


def _version() -> str | None:
    """The renditions version (media.kept), read once per request."""
    read = _kept_version.get()
    if read is None:
        return current_version()
    if "version" not in read:
        read["version"] = current_version()
    return read["version"]


def srcset_widths(image, max_width: int) -> list[int]:
    """The srcset widths for an image shown at most ``max_width`` CSS pixels wide (2x included)."""
    limit = min(image.width, max_width * 2)
    widths = [width for width in WIDTHS if width < limit]
    widths.append(limit if limit < WIDTHS[-1] else WIDTHS[-1])
    return sorted(set(widths))


def picture_specs(image, max_width: int, ratio: str | None = None) -> list[str]:
    """The specs of a responsive picture: each width in each format, cropped to ``ratio``."""
    widths = srcset_widths(image, int(max_width))
    if ratio:
        across, down = (int(part) for part in ratio.split("x"))
        shapes = {width: f"fill-{width}x{round(width * down / across)}" for width in widths}
    else:
        shapes = {width: f"width-{width}" for width in widths}
    return [
        f"{shape}|format-{fmt}"
        for fmt in FORMATS
        for width, shape in shapes.items()
        if fmt != "avif" or width >= AVIF_FROM_WIDTH
    ]


def planned_specs(image) -> list[str]:
    """Every rendition a template, the sitemap, a feed or the API asks of this picture."""
    specs = [spec for use in USES.values() for spec in picture_specs(image, **use)]
    return list(dict.fromkeys([*specs, *SINGLES]))


@functools.lru_cache(maxsize=256)
def _filter(spec: str) -> Filter:
    """One filter per spec, shared: parsing a spec costs more than the rest of a look-up."""
    return Filter(spec=spec)


def _cache_key(image, spec: str) -> str:
    flt = image.clean_filter_for_svg(_filter(spec))
    return image.get_rendition_model().construct_cache_key(
        image, flt.get_cache_key(image), flt.spec
    )


def warm(images, specs_for) -> None:
    """Look up the renditions of many pictures (a listing's cards) in one cache round trip, for
    the rest of this request; ``specs_for(image)`` names the specs each is shown with. What the
    cache lacks comes from the database in one query; what is not made yet is asked for when
    shown, as without this."""
    _warm([(image, spec) for image in images if image is not None for spec in specs_for(image)])


def _warm(pairs) -> None:
    """``warm()`` for pairs of a picture and a spec."""
    seen = _seen.get()
    if seen is None or not pairs:
        return
    wanted = {
        _cache_key(image, spec): (image, spec)
        for image, spec in pairs
        if (image.pk, spec) not in seen
    }
    if not wanted:
        return
    for key, rendition in _find(wanted).items():
        image, spec = wanted[key]
        seen[(image.pk, spec)] = rendition


def _find(wanted: dict, keep: bool = True) -> dict[str, Shown]:
    """The renditions of ``wanted`` (pictures and specs by cache key) that exist: kept by this
    process (unless not to ``keep``, then neither trusted nor kept), else fetched."""
    version = _version() if keep else None
    found = kept.get_many(_kept_names(wanted), version) if version else {}
    if rest := {key: wanted[key] for key in wanted if key not in found}:
        found.update(_fetch(rest, version))
    return found


def _kept_names(wanted: dict) -> dict[str, str]:
    """The names kept renditions go by (media.kept), by cache key: the key and the file's name."""
    return {key: f"{key}|{image.file.name}" for key, (image, _spec) in wanted.items()}


def _fetch(wanted: dict, version: str | None) -> dict[str, Shown]:
    """The renditions of ``wanted`` (pictures and specs by cache key) that exist, from the
    shared cache, then in one query from the database (written to the cache once); kept by this
    process under the renditions ``version`` (not without one)."""
    Rendition = next(iter(wanted.values()))[0].get_rendition_model()
    found = Rendition.cache_backend.get_many(list(wanted))
    missing = {key: wanted[key] for key in wanted if key not in found}
    if missing:  # an emptied cache: one query for them all, kept for the next request
        spots = {}
        for key, (image, spec) in missing.items():
            flt = image.clean_filter_for_svg(_filter(spec))
            spots[(image.pk, flt.spec, flt.get_cache_key(image))] = key
        rows = Rendition.objects.filter(
            image_id__in={image.pk for image, _spec in missing.values()},
            filter_spec__in={spec for _pk, spec, _focus in spots},
        )
        from_db = {
            spots[spot]: rendition
            for rendition in rows
            if (spot := (rendition.image_id, rendition.filter_spec, rendition.focal_point_key))
            in spots
        }
        if from_db:
            Rendition.cache_backend.set_many(from_db)
        found.update(from_db)
    made = {key: shown(rendition) for key, rendition in found.items()}
    if version:
        names = _kept_names(wanted)
        kept.keep({names[key]: value for key, value in made.items()}, version)
    return made


def expect(images, specs_for) -> None:
    """Note pictures this request may show with ``specs_for(image)`` (a listing's cards, a
    page's hero and author photo): when the first of them is shown so, all are looked up in one
    round trip (warm()). An API answer, which shows them with other specs, looks up nothing
    more."""
    expected = _expected.get()
    if expected is not None:
        for image in images:
            if image is not None:
                expected.setdefault(image.pk, []).append((image, specs_for))


def lookup(image, specs: list[str]) -> dict[str, object]:
    """The renditions of ``specs`` that exist: found earlier in this request, else kept by this
    process, else from the cache, then the database; none made."""
    seen = _seen.get()
    if seen is None:
        return _lookup(image, specs)
    expected = _expected.get()
    if expected and any(
        set(specs) & set(specs_for(image)) for _image, specs_for in expected.get(image.pk, ())
    ):
        noted = [entry for entries in expected.values() for entry in entries]
        expected.clear()
        _warm([(picture, spec) for picture, specs_for in noted for spec in specs_for(picture)])
    found = {spec: seen[(image.pk, spec)] for spec in specs if (image.pk, spec) in seen}
    if rest := [spec for spec in specs if spec not in found]:
        fetched = _lookup(image, rest)
        seen.update({(image.pk, spec): rendition for spec, rendition in fetched.items()})
        found.update(fetched)
    return found


def _lookup(image, specs: list[str], keep: bool = True) -> dict[str, Shown]:
    """The renditions of ``specs`` that exist: kept by this process (media.kept), else from the
    cache, then the database; none made. Unlike Wagtail's ``get_renditions``, a cache hit is not
    written back, and a database hit is written to the cache once."""
    wanted = {_cache_key(image, spec): (image, spec) for spec in specs}
    return {wanted[key][1]: rendition for key, rendition in _find(wanted, keep).items()}


def ready(image, specs: list[str]) -> dict[str, object]:
    """The renditions of ``specs`` that can be shown now; the missing ones are asked for."""
    found = lookup(image, specs)
    missing = [spec for spec in specs if spec not in found]
    if not missing:
        return found
    if isinstance(task_backends[make_renditions.backend], ImmediateBackend):
        make_renditions.enqueue(image.pk, missing)  # made here and now (tests, scripts)
        return lookup(image, specs)
    _pending.set(True)
    # One request to the worker per picture and set of specs a minute, however many views ask.
    asked = hashlib.sha1("|".join(missing).encode()).hexdigest()[:16]
    if cache.add(f"renditions-asked:{image.pk}:{asked}", True, 60):
        make_renditions.enqueue(image.pk, missing)
    return found


class StandIn(Shown):
    """A rendition the worker has not made yet, at Wagtail's image view: the first to ask for
    it there has it made (outside any page view), and is sent on to the file."""


def stand_in(image, spec: str) -> StandIn:
    width, height = _filter(spec).get_transform(image).size
    # As Wagtail's generate_image_url builds it (that module loads the image model: not here).
    signature = generate_signature(image.pk, spec)
    url = reverse("wagtailimages_serve", args=(signature, image.pk, spec))
    return StandIn(url + image.file.name.removeprefix("original_images/"), width, height)


def ready_one(image, spec: str):
    """One rendition, or its stand-in while the worker makes it."""
    return ready(image, [spec]).get(spec) or stand_in(image, spec)


@task()
def make_renditions(image_id: int, specs: list[str] | None = None) -> int:
    """Make the renditions of ``specs`` (by default every planned one) of a picture."""
    from media.models import SiteImage  # noqa: PLC0415 - the model module imports this one

    image = SiteImage.objects.filter(pk=image_id).first()
    if image is None or not image.file:
        return 0
    wanted = specs or planned_specs(image)
    # Asked of the cache and the database, not of what this process kept: made only if missing.
    missing = [spec for spec in wanted if spec not in _lookup(image, wanted, keep=False)]
    if missing:
        image.get_renditions(*missing)
    return len(missing)


def prepare(image_ids) -> None:
    """Once the current transaction commits, have the worker make these pictures' renditions."""
    for image_id in sorted({pk for pk in image_ids if pk}):
        transaction.on_commit(lambda pk=image_id: make_renditions.enqueue(pk))
