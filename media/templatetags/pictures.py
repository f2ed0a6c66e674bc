"""The picture tags: responsive <picture> elements and the social-sharing rendition."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture

from media.images import FORMATS, srcset_widths

register = template.Library()


@register.simple_tag
def responsive_image(
    image,
    max_width=800,
    sizes="(min-width: 46rem) 46rem, 100vw",
    loading="lazy",
    alt=None,
    ratio=None,
    css_class="",
):
    """A <picture> with AVIF and WebP sources and a JPEG fallback, widths never repeated.

    ``max_width`` is the widest the picture is ever shown, in CSS pixels; ``ratio`` ("3x2")
    crops around the focal point.
    """
    if not image:
        return ""
    widths = srcset_widths(image, int(max_width))
    if ratio:
        across, down = (int(part) for part in ratio.split("x"))
        shapes = [f"fill-{width}x{round(width * down / across)}" for width in widths]
    else:
        shapes = [f"width-{width}" for width in widths]
    specs = [f"{shape}|format-{fmt}" for fmt in FORMATS for shape in shapes]
    attrs = {"alt": image.alt_text if alt is None else alt, "loading": loading, "decoding": "async"}
    if len(widths) > 1:  # a single candidate carries no width, and then `sizes` is invalid
        attrs["sizes"] = sizes
    if loading == "eager":
        attrs["fetchpriority"] = "high"
    if css_class:
        attrs["class"] = css_class
    return mark_safe(Picture(image.get_renditions(*specs), attrs).__html__())


@register.simple_tag
def social_image(image):
    """The 1200×630 JPEG rendition that social networks and search engines read."""
    return image.get_rendition("fill-1200x630|format-jpeg") if image else None
