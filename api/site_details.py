"""The site's own details over the API: the practice (Settings → Practice details) and the
menus."""

from django.http import JsonResponse

from api.views import read_only
from home.context_processors import menus as site_menus
from home.models import practice_for
from media.serializers import image


@read_only
def practice_details(request):
    """The practice's details (Settings → Practice details) for this site."""
    practice = practice_for(request)
    return JsonResponse(
        {
            "name": practice.name,
            "tagline": practice.tagline,
            "practitioner": practice.practitioner,
            "address": {
                "street_address": practice.street_address,
                "locality": practice.locality,
                "region": practice.region,
                "postal_code": practice.postal_code,
                "country": practice.country,
            },
            "geo": {
                "latitude": float(practice.latitude) if practice.latitude is not None else None,
                "longitude": float(practice.longitude) if practice.longitude is not None else None,
            },
            "phone": practice.phone,
            "email": practice.email,
            "booking_url": practice.booking_url,
            "price_range": practice.price_range,
            "opening_hours": [
                {
                    "day": row.value["day"],
                    "opens": row.value["opens"].strftime("%H:%M"),
                    "closes": row.value["closes"].strftime("%H:%M"),
                }
                for row in practice.opening_hours
            ],
            "social_links": [
                {"network": link.value["network"], "url": link.value["url"]}
                for link in practice.social_links
            ],
            "default_social_image": image(practice.default_social_image, request),
            "health_disclaimer": practice.health_disclaimer,
        }
    )


@read_only
def menus(request):
    """The site's menus as ordered links."""
    return JsonResponse(
        {
            name: [
                {"page": item.pk, "title": item.title, "url": request.build_absolute_uri(item.url)}
                for item in items
            ]
            for name, items in site_menus(request).items()
        }
    )
