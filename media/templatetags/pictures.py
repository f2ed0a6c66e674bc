"""The picture tags: responsive <picture> elements and the social-sharing rendition."""

from django import template
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join

from media import ready

register = template.Library()

MIME_TYPES = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg"}


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
    """A <picture> with AVIF (where it pays) and WebP sources and a JPEG fallback, widths never
    repeated, from the renditions the worker has made (media/ready.py).

    ``max_width`` is the widest the picture is ever shown, in CSS pixels; ``ratio`` ("3x2")
    crops around the focal point.
    """
    if not image:
        return ""
    specs = ready.picture_specs(image, max_width, ratio)
    attrs = {"alt": image.alt_text if alt is None else alt, "loading": loading, "decoding": "async"}
    if loading == "eager":
        attrs["fetchpriority"] = "high"
    if css_class:
        attrs["class"] = css_class
    renditions = ready.ready(image, specs)
    if not renditions:  # a new picture the worker has not reached yet: one stand-in, once
        stand_in = ready.stand_in(image, specs[-1])  # the widest JPEG
        return _img(stand_in, attrs)
    groups = {
        fmt: [rendition for spec, rendition in renditions.items() if spec.endswith(f"-{fmt}")]
        for fmt in ready.FORMATS
    }
    # A single width is offered bare; several carry their widths, and then `sizes` is needed.
    described = len(ready.srcset_widths(image, int(max_width))) > 1
    fallback = groups["jpeg"] or next(group for group in groups.values() if group)
    sources = format_html_join(
        "",
        '<source type="{}" srcset="{}"{}>',
        (
            (MIME_TYPES[fmt], _srcset(group, described), _sizes(sizes, described))
            for fmt, group in groups.items()
            if group and group is not fallback
        ),
    )
    img_attrs = {**attrs}
    if len(fallback) > 1 or described:
        img_attrs["srcset"] = _srcset(fallback, described)
        if described:
            img_attrs["sizes"] = sizes
    return format_html("<picture>{}{}</picture>", sources, _img(fallback[0], img_attrs))


def _srcset(renditions, described: bool) -> str:
    if not described:
        return renditions[0].url
    return ", ".join(f"{rendition.url} {rendition.width}w" for rendition in renditions)


def _sizes(sizes: str, described: bool):
    return format_html(' sizes="{}"', sizes) if described else ""


def _img(shown, attrs):
    return format_html(
        '<img src="{}" width="{}" height="{}"{}>',
        shown.url,
        shown.width,
        shown.height,
        flatatt(attrs),
    )


@register.simple_tag
def social_image(image):
    """The 1200×630 JPEG rendition that social networks and search engines read."""
    return ready.ready_one(image, ready.SOCIAL) if image else None
