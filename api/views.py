"""API endpoints: Wagtail's v2 viewsets with strict input checks (practice details and menus:
api.site_details)."""

import hashlib
import re
from collections import namedtuple
from functools import wraps

from django.conf import settings
from django.core.exceptions import (
    BadRequest,
    ObjectDoesNotExist,
    SuspiciousOperation,
    ValidationError,
)
from django.core.signals import got_request_exception
from django.db.models import Q
from django.http import JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.log import log_response
from django.views.decorators.csrf import csrf_exempt
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.rich_text import APIRichText, RichTextFormatError
from wagtail.api.v2.filters import FieldsFilter, LocaleFilter, OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from api.filters import (
    AncestorOfFilter,
    AnyTypeTagsFilter,
    ChildOfFilter,
    DescendantOfFilter,
    SearchAfterFiltersFilter,
    TranslationOfFilter,
)
from home.caching import PAGES_KEY, cached, cached_many, within_budget
from home.depends import page_depends
from home.rich_text_links import page_links_loaded
from home.visibility import in_public_section, outside_private_collections, private_paths_current
from media.images import warm_renditions
from media.ready import RENDITIONS

MAX_SEARCH_LENGTH = 200
MAX_PARAMETER_LENGTH = 1000
# Far past the end of any listing, and small enough that offset + limit fits every database's
# integers (SQLite and PostgreSQL fail on an OFFSET past 2**63 - 1).
MAX_OFFSET = 2**31 - 1
# Ids and sizes in a query: nine digits at most (not str.isdigit(), which takes "²").
NUMBER = re.compile(r"[0-9]{1,9}")
SITE = re.compile(r"[^:]*(:[0-9]{1,9})?")
NUMBER_PARAMETERS = (
    "child_of", "descendant_of", "ancestor_of", "translation_of", "alias_of", "id", "width", "height",
)  # fmt: skip
# How long a listing's pick is kept at most, and the span over which only so many kinds of
# listing are kept per host (home.caching.within_budget).
LISTING_SECONDS = 600
# A page of a listing, as kept: what its item is found and kept by (PagesEndpoint.items).
Listed = namedtuple("Listed", ["pk", "path"])
SERVER_ERROR = "Something went wrong on our side; it has been logged."
ITEM_PARAMETERS = ("type", "fields", "rich_text_format", "site")  # shape an item, with the host


def check_query(request) -> None:
    """Refuse what no client means to send, with a message instead of a 200 or a 500."""
    for name, values in request.GET.lists():
        if len(values) > 1:
            raise BadRequestError(f"'{name}' is given more than once")
        for value in values:
            if "\ufffd" in value or "\x00" in value:
                raise BadRequestError(f"'{name}' is not valid UTF-8 text")
            if len(value) > MAX_PARAMETER_LENGTH:
                raise BadRequestError(f"'{name}' is longer than {MAX_PARAMETER_LENGTH} characters")
    if request.GET.get("type") == "":  # Wagtail would read it as every type
        raise BadRequestError("type must name a page type, such as blog.ArticlePage")
    if not SITE.fullmatch(request.GET.get("site", "")):
        raise BadRequestError("site must be a host name, with :port as a number if given")
    if "random" in request.GET.get("order", "").split(","):
        raise BadRequestError("order=random is not offered: answers are cached and shared")
    if request.GET.get("search_operator", "and") not in ("and", "or"):
        raise BadRequestError("search_operator must be 'and' or 'or'")
    if len(request.GET.get("search", "")) > MAX_SEARCH_LENGTH:
        raise BadRequestError(f"search is longer than {MAX_SEARCH_LENGTH} characters")
    for name in NUMBER_PARAMETERS:
        value = request.GET.get(name)
        if value is not None and value != "root" and not NUMBER.fullmatch(value):
            raise BadRequestError(f"{name} must be a number of at most nine digits")
    try:
        offset = int(request.GET.get("offset", "0"))  # as Wagtail reads it: "９" is 9 too
    except ValueError:
        offset = 0  # not a number: Wagtail's pagination says so
    if offset > MAX_OFFSET:
        raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
    try:
        APIRichText.resolve_format(request.GET.get("rich_text_format"))
    except (RichTextFormatError, ValueError) as error:
        raise BadRequestError(str(error)) from error


def read_only(view):
    """A view that answers GET and HEAD, and any other method with a 405 in JSON. Exempt from
    the CSRF check, which would answer a POST with its HTML page first: nothing here changes."""

    @csrf_exempt
    @wraps(view)
    def read(request, *args, **kwargs):
        if request.method in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        message = f'Method "{request.method}" not allowed.'
        return JsonResponse({"message": message}, status=405, headers={"Allow": "GET, HEAD"})

    return read


def search_words(query: str) -> str:
    """The words of a search, without the operators some full-text engines would parse."""
    return " ".join(re.findall(r"\w+", query))


class CheckedQueryMixin:
    """What every endpoint shares: JSON only, the query checked before any filter reads it, and
    every error answered as ``{"message": …}``."""

    # Not DRF's browsable HTML pages: clients of this API read JSON, errors included.
    renderer_classes = [JSONRenderer]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Listing, detail and find views all run the filters (Wagtail's detail view searches
        # too, with ?search=), so each checks the query first.
        check_query(request)
        query = request._request.GET.copy()
        if "search" in query:
            # Full-text engines read punctuation as syntax (SQLite's FTS5 fails on "]"):
            # the filters search for the words only.
            query["search"] = search_words(query["search"])
        if query.get("order") == "":
            # The default order, as documented: with a search, by relevance (Wagtail reads
            # any ?order=, even empty, as asking for another order).
            del query["order"]
        request._request.GET = query

    def get_renderer_context(self):
        # Compact JSON (Wagtail indents by four): a quarter fewer bytes, and Python's C encoder,
        # which an indent turns off (the pure-Python one cost 8 ms for a listing of 20 articles).
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except ObjectDoesNotExist:
            # With ?type=, the queryset is of one page model, whose DoesNotExist is not
            # Page.DoesNotExist when an abstract model stands between them (Django inherits the
            # exception from concrete parents only), so Wagtail's find view would miss it.
            return None

    def handle_exception(self, exc):
        try:
            response = super().handle_exception(exc)
        except (BadRequest, SuspiciousOperation, MultiPartParserError):
            raise  # a request Django could not read: its 400 handler answers JSON under /api/
        except (ValidationError, OverflowError) as error:
            # A filter's value the field cannot hold (a date that is no date, an id past the
            # database's integers): the query is wrong, not the server.
            reason = "; ".join(error.messages) if isinstance(error, ValidationError) else error
            return Response({"message": f"A filter's value is not valid: {reason}"}, status=400)
        except Exception as error:
            if settings.DEBUG:
                raise  # Django's debug page
            return self.server_error(error)
        data = response.data if isinstance(response.data, dict) else {}
        if set(data) == {"detail"}:
            # DRF's own errors (405, 406, 415) say "detail"; this API says "message".
            response.data = {"message": str(data["detail"])}
        elif response.status_code == 404 and not data.get("message"):
            response.data = {"message": "Not found."}  # DRF's Http404 for an unknown ?format=
        return response

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        if show_details and any(negated or name == "_" for name, negated, _ in fields_config):
            # A detail has every field, as the OpenAPI document promises its clients.
            raise BadRequestError(
                "fields can only add to a detail, which has every field: choose fields in a "
                "listing (?id=… selects one item)"
            )
        # Every item keeps its id and meta.type whatever ?fields= removes: clients tell
        # items apart by them, and the OpenAPI document requires them.
        kept = [("id", False, None), ("type", False, None)]
        return super()._get_serializer_class(
            router, model, [*fields_config, *kept], show_details=show_details, nested=nested
        )

    def server_error(self, error):
        """A 500 in JSON, reported as Django reports one: the signal error reporters (and the
        test client) listen to, and the django.request log with the traceback."""
        request = self.request._request
        got_request_exception.send(sender=type(self), request=request)
        response = Response({"message": SERVER_ERROR}, status=500)
        log_response(
            "Internal Server Error: %s",
            request.path,
            response=response,
            request=request,
            exception=error,
        )
        return response


class PagesEndpoint(CheckedQueryMixin, PagesAPIViewSet):
    # Worked out per page from other pages: for one page at a time, not for listings.
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "structured_data", "related"]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["tags"])
    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        AnyTypeTagsFilter,
        SearchAfterFiltersFilter,  # last: search results cannot be filtered further
    ]

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        if "search" in request.GET:  # search results come as whole pages
            pages = list(self.paginate_queryset(self.filter_queryset(queryset)))
            return self.get_paginated_response(self.items(pages, "listing"))
        # Which pages, by their paths alone: the items kept need nothing more, and joining
        # what an item shows (pictures, people) cost PostgreSQL more to plan than to run.
        lean = queryset.select_related(None).prefetch_related(None).only("path")

        def pick():
            listed = self.paginate_queryset(self.filter_queryset(lean))
            return self.paginator.total_count, [Listed(page.pk, page.path) for page in listed]

        # Kept until any page changes, as the site's listings are (home.selections): a listing
        # asked for again reads nothing from the database until the next change. Only so many
        # kinds of listing are kept per host at a time (query strings are the client's to
        # choose), and none worked out with private paths older than the versions it is kept
        # under (a section made private meanwhile).
        host = f"{request.get_host()}:{request.get_port()}"
        asked = repr([host, *sorted(request.GET.lists())])
        shape = hashlib.sha1(asked.encode()).hexdigest()[:20]
        total, listed = cached(
            f"api-listing:{shape}",
            pick,
            timeout=LISTING_SECONDS,
            depends=[PAGES_KEY],
            keep=lambda _pick: (
                private_paths_current() and within_budget(f"api-listing:{host}", LISTING_SECONDS)
            ),
        )
        self.paginator.total_count = total

        def whole(pages):  # a page unpublished since it was listed is left out
            found = queryset.in_bulk([page.pk for page in pages])
            return [found.get(page.pk) for page in pages]

        return self.get_paginated_response(self.items(listed, "listing", whole))

    def detail_view(self, request, pk):
        return Response(self.items([self.get_object()], "detail")[0])

    def items(self, pages, view: str, whole=list) -> list[dict]:
        """Each page's answer, kept until it or a section above it changes (as the page cache
        keeps its HTML), for this host and the parameters that shape an item; the others made
        as Wagtail makes them, in one go, from ``whole(pages)``."""
        if not pages:  # ?fields= checked all the same (items kept passed the check)
            self.get_serializer_class()
        shape = [self.request.get_host(), view]
        shape += [self.request.GET.get(name, "") for name in ITEM_PARAMETERS]
        variant = hashlib.sha1("|".join(shape).encode()).hexdigest()[:16]
        named = {f"api-page:{variant}:{page.pk}": page for page in pages}
        depends = page_depends(pages)

        def make(names):
            found = dict(zip(names, whole([named[name] for name in names]), strict=True))
            present = [name for name in names if found[name] is not None]
            made = self.serialize([found[name] for name in present])
            return {**dict.fromkeys(names), **dict(zip(present, made, strict=True))}

        values = cached_many({name: depends[page.pk] for name, page in named.items()}, make)
        return [values[name] for name in named if values[name] is not None]

    def serialize(self, pages) -> list[dict]:
        """As Wagtail's views, with the page links in the pages' rich text read at once rather
        than in four queries for each page, the pictures' renditions in one cache round trip,
        and the sites' root paths read once (each html_url would otherwise ask the cache)."""
        warm_renditions(pages, list(RENDITIONS.values()))
        root_paths = Site.get_site_root_paths()
        for page in pages:
            page._wagtail_cached_site_root_paths = root_paths
        with page_links_loaded(pages):
            return list(self.get_serializer(pages, many=True).data)

    def get_base_queryset(self):
        """The live pages of the request's site (``?site=`` or its host), as Wagtail's
        get_public_pages_queryset finds them, outside every private section (home.visibility:
        every restricted page whoever asks, and the aliases of pages in them). Wagtail's own
        exclusion, which that covers, would read every restriction once more per request."""
        try:  # the site is looked up when first read: a name of several sites is refused then
            asked = self.request.GET.get("site")
            site = SiteFilterValidator(site=asked, request=self.request).site_obj
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        if site is None:  # no site configured
            return Page.objects.none()
        pages = Page.objects.live()
        found = pages.descendant_of(site.root_page, inclusive=True)
        if getattr(settings, "WAGTAIL_I18N_ENABLED", False):  # other language trees
            for translation in site.root_page.get_translations():
                found |= pages.descendant_of(translation, inclusive=True)
        return in_public_section(found)

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
        related += [f"{name}__photo" for name in ("author", "reviewed_by") if name in related]
        if related:
            queryset = queryset.select_related(*related)
        if any(field.name == "tags" for field in model._meta.get_fields()):
            queryset = queryset.prefetch_related("tags")
        return queryset


class ImagesEndpoint(CheckedQueryMixin, ImagesAPIViewSet):
    filter_backends = [FieldsFilter, OrderingFilter, SearchAfterFiltersFilter]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "alt", "renditions"]

    def get_queryset(self):
        # Pictures kept in a private collection are not listed, as their documents are not.
        return outside_private_collections(super().get_queryset())


class DocumentsEndpoint(CheckedQueryMixin, DocumentsAPIViewSet):
    filter_backends = [FieldsFilter, OrderingFilter, SearchAfterFiltersFilter]

    def get_queryset(self):
        # A document in a private collection asks visitors to sign in: not listed for them.
        return outside_private_collections(super().get_queryset())


class RedirectsEndpoint(CheckedQueryMixin, BaseAPIViewSet):
    """Redirects, so a static front end can reproduce them."""

    model = Redirect
    name = "redirects"
    filter_backends = [FieldsFilter, OrderingFilter]
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
