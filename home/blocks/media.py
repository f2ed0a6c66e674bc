"""Media blocks: an image with caption and optional alt override, and an embedded video."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from media.models import SiteImage
from media.serializers import image


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text="Choose or upload a picture.")
    caption = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text="Shown under the picture. Left empty, the picture's own caption is used.",
    )
    alt_override = blocks.CharBlock(
        required=False,
        max_length=255,
        label="Alt text for this page",
        help_text="Only if the picture means something different here than its usual alt text.",
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        image = value["image"]
        context["caption"] = value["caption"] or (image.caption if image else "")
        context["alt"] = value["alt_override"] or (image.alt_text if image else "")
        return context

    def get_api_representation(self, value, context=None):
        picture = value["image"]
        request = (context or {}).get("request")
        return {
            "image": image(picture, request),
            "caption": value["caption"] or (picture.caption if picture else ""),
            "alt": value["alt_override"] or (picture.alt_text if picture else ""),
        }

    def get_preview_value(self):
        """The newest picture of the library, so the preview shows a real one."""
        picture = SiteImage.objects.order_by("-created_at", "-pk").first()
        return self.to_python({"image": picture.pk if picture else None, "caption": ""})

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = "A picture across the text column, with a caption."


class VideoBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text="Paste a YouTube or Vimeo address.")
    caption = blocks.CharBlock(required=False, max_length=255, help_text="Optional caption.")

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        description = "A video from YouTube or Vimeo, shown in the page."
        preview_value = {
            "embed": "https://vimeo.com/76979871",
            "caption": "A short film about a first session.",
        }
