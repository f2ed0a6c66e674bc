"""Plain-JSON shapes shared by blocks, page fields and endpoints: images, page links, people."""

from __future__ import annotations

from wagtail.api.rich_text import APIRichText

# Standard renditions every image offers in the API: WebP, widths for common layouts.
RENDITIONS = {
    "thumbnail": "fill-400x300|format-webp",
    "medium": "max-800x800|format-webp",
    "large": "max-1600x1600|format-webp",
    "social": "fill-1200x630|format-jpeg",
}


def absolute(request, url: str) -> str:
    from wagtail.api.v2.utils import get_full_url  # imports models: not at app loading

    return get_full_url(request, url) if request is not None else url


def image(value, request) -> dict | None:
    if value is None:
        return None
    renditions = value.get_renditions(*RENDITIONS.values())
    return {
        "id": value.pk,
        "title": value.title,
        "alt": value.alt_text,
        "caption": value.caption,
        "credit": value.credit,
        "width": value.width,
        "height": value.height,
        "renditions": {
            name: {
                "url": absolute(request, renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


def page_link(page, request) -> dict | None:
    if page is None:
        return None
    specific_class = page.specific_class or type(page)
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "type": f"{specific_class._meta.app_label}.{specific_class.__name__}",
    }


def page_card(page, request) -> dict | None:
    """A page as cards show it: its listing title, intro and picture."""
    link = page_link(page, request)
    if link is None:
        return None
    return {
        **link,
        "card_title": getattr(page, "card_title", page.title),
        "card_intro": getattr(page, "card_intro", ""),
        "card_image": image(getattr(page, "card_image", None), request),
    }


def author(value, request) -> dict | None:
    if value is None:
        return None
    return {
        "id": value.pk,
        "name": value.name,
        "credentials": value.credentials,
        "bio": value.bio,
        "photo": image(value.photo, request),
    }


def rich_text(html: str, request) -> str:
    """Rich text in the format the client asked for (HTML with links resolved by default)."""
    requested = request.GET.get("rich_text_format") if request is not None else None
    return APIRichText.serialize(html or "", format=APIRichText.resolve_format(requested))


def questions(items, request, topic=None) -> list[dict]:
    return [
        {
            "id": question.pk,
            "question": question.question,
            "answer": rich_text(question.answer, request),
            "topic": (topic or question.topic).name,
        }
        for question in items
    ]
