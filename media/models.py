"""The custom image model (alt text, caption, credit, tags) and its renditions."""

from django.db import models
from rest_framework.fields import CharField
from wagtail.api import APIField
from wagtail.images.models import AbstractImage, AbstractRendition

from media.serializers import RenditionsField


class SiteImage(AbstractImage):
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


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        verbose_name = "rendition"
        unique_together = (("image", "filter_spec", "focal_point_key"),)
