"""Media blocks: an image with caption and alt override, a gallery, and an embedded video."""

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

    api_schema = {
        "type": "object",
        "properties": {
            "image": {"anyOf": [{"$ref": "#/components/schemas/Image"}, {"type": "null"}]},
            "caption": {"type": "string", "description": "This page's caption, or the picture's."},
            "alt": {"type": "string", "description": "This page's alt text, or the picture's."},
        },
        "required": ["image", "caption", "alt"],
        "additionalProperties": False,
    }

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

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context)
        if not value["image"]:
            # An empty library: say what the block will show rather than preview nothing.
            context["placeholder"] = "Your picture appears here, across the text column."
        return context

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        description = "A picture across the text column, with a caption."


class GalleryPictureBlock(blocks.StructBlock):
    image = ImageChooserBlock(help_text="Choose or upload a picture.")
    caption = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text="Shown under the picture. Left empty, the picture's own caption is used.",
    )


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the pictures."
    )
    pictures = blocks.ListBlock(
        GalleryPictureBlock(),
        min_num=1,
        help_text="The pictures in the order shown; each keeps its own alt text.",
    )

    api_schema = {
        "type": "object",
        "properties": {
            "heading": {"type": "string"},
            "pictures": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "image": {"$ref": "#/components/schemas/Image"},
                        "caption": {"type": "string"},
                        "alt": {"type": "string"},
                    },
                    "required": ["image", "caption", "alt"],
                    "additionalProperties": False,
                },
            },
        },
        "required": ["heading", "pictures"],
        "additionalProperties": False,
    }

    @staticmethod
    def figures(value) -> list[dict]:
        """The pictures still in the library, each with its caption and alt text."""
        return [
            {
                "image": picture["image"],
                "caption": picture["caption"] or picture["image"].caption,
                "alt": picture["image"].alt_text,
            }
            for picture in value["pictures"]
            if picture["image"] is not None
        ]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["figures"] = self.figures(value)
        return context

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        return {
            "heading": value["heading"],
            "pictures": [
                {**figure, "image": image(figure["image"], request)}
                for figure in self.figures(value)
            ],
        }

    def get_preview_value(self):
        """The library's newest pictures, so the preview shows real ones."""
        pictures = SiteImage.objects.order_by("-created_at", "-pk")[:3]
        return self.to_python(
            {
                "heading": "In the practice room",
                "pictures": [{"image": picture.pk, "caption": ""} for picture in pictures],
            }
        )

    class Meta:
        icon = "image"
        template = "blocks/gallery.html"
        description = "A grid of pictures, each with its caption."


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
