"""Loading pictures for many pages at once."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import FieldDoesNotExist

from media import ready
from media.models import SiteImage


def card_specs(image) -> list[str]:
    return ready.picture_specs(image, **ready.USES["card"])


def attach_card_images(pages: Iterable) -> None:
    """Give every page its card picture in one query for the whole set; the cards' renditions
    are looked up in one cache round trip when the first card is shown."""
    pages = [page for page in pages if page is not None and hasattr(page, "card_image_id")]
    wanted = {page.card_image_id for page in pages if page.card_image_id}
    images = SiteImage.objects.in_bulk(wanted) if wanted else {}
    for page in pages:
        page.card_image = images.get(page.card_image_id)
    ready.expect(images.values(), card_specs)


def _loaded_pictures(instance, names) -> list:
    """The pictures ``instance`` points to through the fields ``names``, when already loaded."""
    pictures = []
    for name in names:
        try:
            field = instance._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.is_relation and field.is_cached(instance) and getattr(instance, name):
            pictures.append(getattr(instance, name))
    return pictures


def expect_own_pictures(page, hero_use: str, social=None, practice=None) -> None:
    """Note the pictures a page's own view shows, as far as they are loaded: its hero (shown as
    ``hero_use``), its author's photo, its social image and the practice's; the first shown
    looks them all up, with the cards', in one cache round trip."""
    for picture in _loaded_pictures(page, ("hero_image",)):
        ready.expect([picture], lambda image: ready.picture_specs(image, **ready.USES[hero_use]))
    for person in _loaded_pictures(page, ("author",)):
        for photo in _loaded_pictures(person, ("photo",)):  # beside the text, and in JSON-LD
            ready.expect(
                [photo],
                lambda image: [*ready.picture_specs(image, **ready.USES["author"]), ready.SOCIAL],
            )
    for picture in (social, *_loaded_pictures(practice, ("default_social_image",))):
        if isinstance(picture, SiteImage):  # the social tags and the JSON-LD
            ready.expect([picture], lambda _image: [ready.SOCIAL])


def warm_renditions(pages: Iterable, specs: list[str]) -> None:
    """Look up, in one cache round trip, the renditions ``specs`` of the pictures that a list of
    pages shows directly (hero, listing and social pictures, the author's photo), as far as the
    query loaded them; the API's listing shows them all with the same renditions."""
    pictures = []
    for page in pages:
        pictures += _loaded_pictures(page, ("hero_image", "listing_image", "social_image"))
        for person in _loaded_pictures(page, ("author", "reviewed_by")):
            pictures += _loaded_pictures(person, ("photo",))
    unique = {picture.pk: picture for picture in pictures if isinstance(picture, SiteImage)}
    ready.warm(unique.values(), lambda _image: specs)
