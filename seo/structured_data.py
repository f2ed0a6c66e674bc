"""One JSON-LD @graph per page: the practice, its website, the practitioner, the page, and its type.

Nodes are linked by @id, so the practice, website and practitioner are described once and
referred to everywhere else. Page types add their own nodes through ``structured_data_nodes``,
and sections add the practice's offers through ``registry.offers``.
"""

from __future__ import annotations

import json

from django.utils.safestring import mark_safe
from wagtail.models import Site

from home.caching import cached
from home.jsonld import SCHEMA, ids, image_node, is_practitioner, person_ref, site_root
from home.models import practice_for
from home.registry import registry


def offers(request) -> list[dict]:
    """What the practice offers, as its sections register it (cached until content changes)."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    return cached(
        f"services:{site.pk}",
        lambda: [offer for source in registry.offers for offer in source(request, site)],
    )


def business_node(request, practice) -> dict:
    """The practice, as every page of a site describes it (kept until the next site-wide change:
    practice details are one), with its picture looked up afresh (a new file for it is not a
    change of the practice's details)."""
    node = cached(f"business-node:{site_root(request)}", lambda: _business_node(request, practice))
    if image := image_node(request, practice.default_social_image):
        node = {**node, "image": image}
    return node


def _business_node(request, practice) -> dict:
    node_ids = ids(request)
    node = {
        "@type": "HealthAndBeautyBusiness",
        "@id": node_ids["business"],
        "name": practice.name,
        "url": f"{site_root(request)}/",
        "telephone": practice.phone,
        "email": practice.email,
        "priceRange": practice.price_range,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": practice.street_address,
            "addressLocality": practice.locality,
            "addressRegion": practice.region,
            "postalCode": practice.postal_code,
            "addressCountry": practice.country,
        },
        "sameAs": [link.value["url"] for link in practice.social_links],
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"{SCHEMA}/{row.value['day']}",
                "opens": row.value["opens"].strftime("%H:%M"),
                "closes": row.value["closes"].strftime("%H:%M"),
            }
            for row in practice.opening_hours
        ],
        "hasOfferCatalog": {
            "@type": "OfferCatalog",
            "name": "Bodywork sessions",
            "itemListElement": offers(request),
        },
    }
    if practice.latitude is not None and practice.longitude is not None:
        node["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(practice.latitude),
            "longitude": float(practice.longitude),
        }
    if practice.practitioner:
        node["employee"] = {"@id": node_ids["practitioner"]}
        node["founder"] = {"@id": node_ids["practitioner"]}
    if practice.booking_url:
        node["potentialAction"] = {
            "@type": "ReserveAction",
            "target": practice.booking_url,
            "name": "Book a session",
        }
    return {key: value for key, value in node.items() if value not in ("", None, [])}


def practitioner_node(request, practice, author=None) -> dict:
    node = {
        "@type": "Person",
        "@id": ids(request)["practitioner"],
        "name": practice.practitioner.split(",")[0].strip(),
        "worksFor": {"@id": ids(request)["business"]},
        "jobTitle": "Bodywork practitioner",
    }
    if is_practitioner(practice, author):
        node["honorificSuffix"] = author.credentials
        node["description"] = author.bio
        if image := image_node(request, author.photo):
            node["image"] = image
    return {key: value for key, value in node.items() if value}


def breadcrumb_node(request, page, canonical: str) -> dict:
    crumbs = [*page.breadcrumbs, page]
    return {
        "@type": "BreadcrumbList",
        "@id": f"{canonical}#breadcrumb",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": "Home" if crumb.depth == 2 else crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(crumbs, start=1)
        ],
    }


def webpage_node(request, page, meta, practice) -> dict:
    node = {
        "@type": page.schema_page_type,
        "@id": f"{meta.canonical}#webpage",
        "url": meta.canonical,
        "name": meta.title,
        "description": meta.description,
        "isPartOf": {"@id": ids(request)["website"]},
        "about": {"@id": ids(request)["business"]},
        "inLanguage": "en-US",
    }
    if (page.depth or 0) > 2:
        node["breadcrumb"] = {"@id": f"{meta.canonical}#breadcrumb"}
    if page.last_published_at:
        node["dateModified"] = page.last_published_at.isoformat()
    if image := image_node(request, meta.image):
        node["primaryImageOfPage"] = image
    if getattr(page, "last_reviewed", None):
        node["lastReviewed"] = page.last_reviewed.isoformat()
    if getattr(page, "reviewed_by", None):
        node["reviewedBy"] = person_ref(request, practice, page.reviewed_by)
    return {key: value for key, value in node.items() if value not in ("", None)}


def graph_for(page, context) -> dict:
    request = context["request"]
    practice = context["practice"]
    meta = context["meta"]
    author = getattr(page, "author", None) or getattr(page, "reviewed_by", None)
    nodes = [
        business_node(request, practice),
        {
            "@type": "WebSite",
            "@id": ids(request)["website"],
            "url": f"{site_root(request)}/",
            "name": practice.name,
            "publisher": {"@id": ids(request)["business"]},
            "inLanguage": "en-US",
        },
        {**webpage_node(request, page, meta, practice), **page.structured_data_page(context)},
    ]
    if practice.practitioner:
        nodes.append(practitioner_node(request, practice, author))
    if (page.depth or 0) > 2:
        nodes.append(breadcrumb_node(request, page, meta.canonical))
    nodes.extend(page.structured_data_nodes(context))
    return {"@context": SCHEMA, "@graph": nodes}


def as_script(graph: dict) -> str:
    data = json.dumps(graph, ensure_ascii=False, separators=(",", ":"))
    # Keep the JSON from closing the <script> element or opening a comment.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{data}</script>')


def page_graph(page, request) -> dict:
    """The graph of a page outside a template (the API): the same context the page builds."""
    practice = practice_for(request)
    context = {
        "request": request,
        "practice": practice,
        "meta": page.get_meta(request, practice),
        **page.structured_data_context(request),
    }
    return graph_for(page, context)
