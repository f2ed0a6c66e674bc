"""API endpoints: Wagtail's v2 viewsets with strict input checks, plus practice details and menus."""

import re

from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.api.rich_text import APIRichText, RichTextFormatError
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Site

from home.context_processors import menus as site_menus
from home.models import practice_for
from media.serializers import image

MAX_SEARCH_LENGTH = 200
MAX_PARAMETER_LENGTH = 1000


def check_query(request) -> None:
    """Refuse what no client means to send, with a message instead of a 200 or a 500."""
    for name, values in request.GET.lists():
        for value in values:
            if "\ufffd" in value or "\x00" in value:
                raise BadRequestError(f"'{name}' is not valid UTF-8 text")
            if len(value) > MAX_PARAMETER_LENGTH:
                raise BadRequestError(f"'{name}' is longer than {MAX_PARAMETER_LENGTH} characters")
    if request.GET.get("search_operator", "and") not in ("and", "or"):
        raise BadRequestError("search_operator must be 'and' or 'or'")
    if len(request.GET.get("search", "")) > MAX_SEARCH_LENGTH:
        raise BadRequestError(f"search is longer than {MAX_SEARCH_LENGTH} characters")
    for name in ("child_of", "descendant_of", "ancestor_of", "id"):
        value = request.GET.get(name)
        if value is not None and value != "root" and not value.isdigit():
            raise BadRequestError(f"{name} must be a page id")
    try:
        APIRichText.resolve_format(request.GET.get("rich_text_format"))
    except (RichTextFormatError, ValueError) as error:
        raise BadRequestError(str(error)) from error


def search_words(query: str) -> str:
    """The words of a search, without the operators some full-text engines would parse."""
    return " ".join(re.findall(r"\w+", query))


class CheckedQueryMixin:
    def check_query_parameters(self, queryset):
        check_query(self.request)
        super().check_query_parameters(queryset)
        if "search" in self.request.GET:
            # Full-text engines read punctuation as syntax (SQLite's FTS5 fails on "]"):
            # the filters that follow search for the words only.
            query = self.request._request.GET.copy()
            query["search"] = search_words(query["search"])
            self.request._request.GET = query

    def find_view(self, request):
        try:
            check_query(request)
        except BadRequestError as error:
            return self.handle_exception(error)
        return super().find_view(request)


class PagesEndpoint(CheckedQueryMixin, PagesAPIViewSet):
    # Worked out per page from other pages: for one page at a time, not for listings.
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "structured_data", "related"]

    def get_queryset(self):
        # Each item's meta names its locale: one join instead of one query per page. A listing
        # of one type also joins what its fields show (pictures, authors) and prefetches tags.
        queryset = super().get_queryset().select_related("locale")
        model = queryset.model
        related = [
            name
            for name in ("hero_image", "listing_image", "social_image", "author", "reviewed_by")
            if any(field.name == name for field in model._meta.get_fields())
        ]
        if "author" in related:
            related.append("author__photo")
        if related:
            queryset = queryset.select_related(*related)
        if any(field.name == "tags" for field in model._meta.get_fields()):
            queryset = queryset.prefetch_related("tags")
        return queryset


class ImagesEndpoint(CheckedQueryMixin, ImagesAPIViewSet):
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "alt", "renditions"]


class DocumentsEndpoint(CheckedQueryMixin, DocumentsAPIViewSet):
    pass


class RedirectsEndpoint(CheckedQueryMixin, BaseAPIViewSet):
    """Redirects, so a static front end can reproduce them."""

    model = Redirect
    name = "redirects"
    body_fields = [*BaseAPIViewSet.body_fields, "old_path", "is_permanent", "link"]
    listing_default_fields = [
        *BaseAPIViewSet.listing_default_fields,
        "old_path",
        "is_permanent",
        "link",
    ]

    def get_queryset(self):
        site = Site.find_for_request(self.request)
        # Redirects of this site and those for all sites (site is empty).
        this_site = Q(site=site) if site else Q(pk__in=[])
        return (
            Redirect.objects.filter(this_site | Q(site__isnull=True))
            .select_related("redirect_page")
            .order_by("id")
        )


@require_GET
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


@require_GET
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
