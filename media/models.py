"""The custom image model (alt text, caption, credit, tags) and its renditions."""

from django.db import models
from rest_framework.fields import CharField
from wagtail.api import APIField
from wagtail.images.models import AbstractImage, AbstractRendition, get_upload_to

from media.decoding import check_file
from media.fields import PictureField
from media.renditions import ONE_AT_A_TIME_PIXELS, ReducingFilter
from media.serializers import RenditionsField


class SiteImage(AbstractImage):
    # Wagtail's field, measuring a new picture from its header rather than by decoding it.
    file = PictureField(
        verbose_name="file",
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
    )
    # Wagtail reads `description` as the alt text everywhere (rich text, {% image %}, the API),
    # so the field is kept under its own name and made required rather than duplicated.
    description = models.CharField(
        "alt text",
        max_length=255,
        help_text=(
            "Describe what the picture shows for someone who cannot see it, e.g. "
            "“Two open hands resting on a linen cloth”. Screen readers read this aloud "
            "and search engines use it."
        ),
    )
    caption = models.CharField(
        max_length=255,
        blank=True,
        help_text="Optional line shown under the picture where the page displays a caption.",
    )
    credit = models.CharField(
        max_length=255,
        blank=True,
        help_text="Who made the picture, e.g. “Photo: Jane Doe”. Shown beside the caption.",
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "caption",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"
        permissions = [("choose_image", "Can choose image")]

    api_fields = [
        APIField("alt", serializer=CharField(source="alt_text", read_only=True)),
        APIField("caption"),
        APIField("credit"),
        APIField("renditions", serializer=RenditionsField(source="*", read_only=True)),
    ]

    @property
    def alt_text(self) -> str:
        return self.description or self.title

    @property
    def default_alt_text(self) -> str:
        return self.alt_text

    def save(self, *args, **kwargs):
        # Whatever the path (the admin, the demo, a script), a new file that would not fit the
        # memory budget or does not decode to the end is never stored. The admin's upload form
        # has already checked it and said why; this check is then a no-op.
        self.new_file_stored = bool(self.file and not self.file._committed)
        if self.new_file_stored:
            check_file(self.file.file)
        super().save(*args, **kwargs)

    def create_renditions(self, *filters):
        if (self.width or 0) * (self.height or 0) > ONE_AT_A_TIME_PIXELS:
            # A big original's renditions one after another, in this thread: never three decodes
            # of it held at once.
            return {filter: self.create_rendition(filter) for filter in filters}
        return super().create_renditions(*filters)

    def generate_rendition_file(self, filter, *, source=None):
        # Every rendition, however asked for, is made by a filter that decodes no more of the
        # original than it needs; a fresh one each time, as it keeps what it learnt while
        # decoding.
        return super().generate_rendition_file(ReducingFilter(spec=filter.spec), source=source)


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        verbose_name = "rendition"
        unique_together = (("image", "filter_spec", "focal_point_key"),)
