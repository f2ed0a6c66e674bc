"""Renditions are made by the worker when a picture is stored and when a page showing it is
published, so that no page view has to make one."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.fields import StreamField
from wagtail.signals import page_published

from media import ready
from media.kept import rendition_deleted
from media.models import SiteImage


def file_stored(sender, instance, **kwargs) -> None:
    if getattr(instance, "new_file_stored", False) and settings.RENDITIONS_AHEAD:
        instance.new_file_stored = False
        ready.prepare([instance.pk])


def pictures_published(sender, instance, **kwargs) -> None:
    if settings.RENDITIONS_AHEAD:
        ready.prepare(pictures_of(instance))


def pictures_of(obj, depth: int = 1) -> set[int]:
    """The ids of the pictures an object shows: its picture fields, the pictures in its
    StreamFields, and (``depth`` levels down) those of the objects it points at, such as an
    article's author and their photo."""
    found = set()
    for field in obj._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(obj, field.name)
            for model, pk, _path, _content in field.stream_block.extract_references(value):
                if issubclass(model, SiteImage):
                    found.add(int(pk))
        elif field.many_to_one and field.concrete and field.related_model is not None:
            if issubclass(field.related_model, SiteImage):
                found.add(getattr(obj, field.attname))
            elif depth and _shows_pictures(field.related_model):
                related = getattr(obj, field.name, None)
                if related is not None:
                    found |= pictures_of(related, depth - 1)
    return found - {None}


def _shows_pictures(model) -> bool:
    return any(
        field.many_to_one and field.concrete and field.related_model is SiteImage
        for field in model._meta.get_fields()
    ) and not hasattr(model, "get_url_parts")  # another page is published on its own


def connect() -> None:
    post_save.connect(file_stored, sender=SiteImage, dispatch_uid="stillpoint-renditions-ahead")
    # A deleted rendition is no longer shown from what any process kept (media.kept).
    post_delete.connect(
        rendition_deleted,
        sender=SiteImage.get_rendition_model(),
        dispatch_uid="stillpoint-renditions-forgotten",
    )
    page_published.connect(pictures_published, dispatch_uid="stillpoint-renditions-published")
