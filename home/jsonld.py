"""The schema.org vocabulary every JSON-LD node shares: ids, pictures, people, plain text.

Sections describe their own pages' nodes with these; the SEO app links them into one graph.
"""

from __future__ import annotations

from django.utils.html import strip_tags
from wagtail.models import Site

from media.ready import SOCIAL, ready_one

SCHEMA = "https://schema.org"


def site_root(request) -> str:
    site = Site.find_for_request(request)
    return site.root_url if site else ""


def absolute(request, url: str) -> str:
    return url if url.startswith("http") else f"{site_root(request)}{url}"


def image_node(request, image) -> dict | None:
    if not image:
        return None
    rendition = ready_one(image, SOCIAL)
    return {
        "@type": "ImageObject",
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "caption": image.alt_text,
    }


def ids(request) -> dict[str, str]:
    root = site_root(request)
    return {
        "business": f"{root}/#practice",
        "website": f"{root}/#website",
        "practitioner": f"{root}/#practitioner",
    }


def is_practitioner(practice, author) -> bool:
    def name(value: str) -> str:
        return value.split(",")[0].strip().casefold()

    return bool(author and practice.practitioner) and name(author.name) == name(
        practice.practitioner
    )


def person_ref(request, practice, author) -> dict:
    """The practitioner by reference, anyone else described in place."""
    if is_practitioner(practice, author):
        return {"@id": ids(request)["practitioner"]}
    person = {"@type": "Person", "name": author.name}
    if author.credentials:
        person["honorificSuffix"] = author.credentials
    return person


def plain(html) -> str:
    return " ".join(strip_tags(str(html)).split())


def price_specifications(practice) -> list[dict]:
    """The practice's session lengths and fees, as schema.org prices per length of time."""
    return [
        {
            "@type": "UnitPriceSpecification",
            "name": session.value["name"],
            "price": f"{session.value['price']:.2f}",
            "priceCurrency": session.value["currency"],
            "referenceQuantity": {
                "@type": "QuantitativeValue",
                "value": session.value["minutes"],
                "unitCode": "MIN",
            },
        }
        for session in practice.sessions
    ]
