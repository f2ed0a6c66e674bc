"""Which page each imported item became, so importing again updates it instead of adding one."""

from django.conf import settings
from django.db import models


class ImportRecord(models.Model):
    source_key = models.CharField(
        max_length=255,
        unique=True,
        help_text="What the old site called the item: WXR guid or post id, file path or slug.",
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    content_hash = models.CharField(
        max_length=64, help_text="Fingerprint of what was imported, to tell what changed."
    )
    imported_at = models.DateTimeField(
        help_text="When the import saved its revision; a later revision is an editor's."
    )

    class Meta:
        verbose_name = "import record"

    def __str__(self):
        return self.source_key


class ImportedImage(models.Model):
    """Which library picture an old site's attachment became, so it is brought in only once."""

    source_key = models.CharField(
        max_length=255,
        unique=True,
        help_text="The old site and the attachment's id or address.",
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = "imported image"

    def __str__(self):
        return self.source_key
