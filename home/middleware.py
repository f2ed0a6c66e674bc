"""The whole-page cache for visitors without a session, keyed on what each page reads; and the
site (with its home page) each page view starts from, kept per process (home.routing)."""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.http import urlencode
from wagtail import hooks
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from home import routing
from home.cache_headers import (
    STATE_HEADER,
    anonymous,
    is_keepable_status,
    set_shared_cache_headers,
)
from home.caching import (
    PAGES_KEY,
    VERSION_KEY,
    read_versions,
    request_content_version,
    within_budget,
)
from home.depends import page_depends

UNCACHED_PREFIXES = (
    "/admin/",
    "/documents/",
    "/media/",
    "/static/",
    "/search/",
    "/api/v2/preview/",
)
TRACKING_PARAMETERS = {"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "ref"}
CACHED_TYPES = (
    "text/html",
    "application/json",
    "application/xml",
    "application/rss+xml",
    "text/plain",
)
# Views that are not pages (the API, the sitemap) declare nothing: they are keyed on their
# whole query string, and only so many variants of one address are kept, so that made-up
# queries cannot fill the cache (home.caching.within_budget).
EVERY_PARAMETER = "*"
API_DETAIL = re.compile(r"^/api/v2/pages/(?P<pk>[0-9]{1,18})/$")
# The path of the page that served an answer (for a tag page or a feed, its index page), kept
# with the answer by the front-end cache so that purging the page drops its routes too.
PAGE_HEADER = "X-Stillpoint-Page"
# Views other than Wagtail's that serve pages and start from the site (KnownSites).
SITE_PREFIXES = ("/api/v2/", "/search/")
# How long one worker may take to render a page afresh while the others serve the stale copy.
RENDER_LOCK_SECONDS = 30


@hooks.register("before_serve_page", order=-100)
def note_query_parameters(page, request, serve_args, serve_kwargs):
    """Tell the page cache which query parameters the page being served reads.

    A page type lists them in ``query_parameters`` (the writing indexes read ``page``); a page
    that lists none is the same whatever its query string says.
    """
    request.page_query_parameters = tuple(getattr(page, "query_parameters", ()))
    request.page_for_cache = page


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(UNCACHED_PREFIXES)
        and anonymous(request)  # last: the only check that may read the session store
    )


def _is_tracking(name: str) -> bool:
    """Whether a query parameter is a campaign tag, which the page cache's keys leave out."""
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


def _tracked(request) -> bool:
    return any(_is_tracking(name) for name in request.GET)


def _cacheable_response(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        is_keepable_status(request, response)
        # A redirect repeats the query string (the API's find view): kept without campaign tags
        # only, or the first visitor's tags would be every visitor's.
        and (response.status_code == 200 or not _tracked(request))
        and not response.streaming
        # A cookie (a CSRF token, say) makes the page one visitor's. "Vary: Cookie" alone does
        # not: only requests without a session reach this cache, and they all see the same.
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and response.get("Content-Type", "").split(";")[0] in CACHED_TYPES
    )


def page_query(request, reads) -> str | None:
    """The part of the query string that decides the page, or None when it is ambiguous.

    ``reads`` names the parameters the page reads, or is EVERY_PARAMETER for a view that did
    not say (campaign tags such as utm_* and fbclid then do not count).
    """
    if reads == EVERY_PARAMETER:
        query = [
            (name, value)
            for name, values in request.GET.lists()
            if not _is_tracking(name)
            for value in values
        ]
    else:
        query = []
        for name in reads:
            values = request.GET.getlist(name)
            if len(values) > 1:  # which one the page would take is not ours to guess
                return None
            query += [(name, value) for value in values]
    return urlencode(sorted(query))


def _depends_on(request) -> list[str]:
    """The version keys the answer is kept under: the page that served it (and the pages above
    it), the page an API detail shows, or every page for answers that list pages."""
    page = getattr(request, "page_for_cache", None)
    if page is None and (match := API_DETAIL.match(request.path)):
        page = Page.objects.filter(pk=int(match["pk"])).only("pk", "path", "depth").first()
    if page is None:
        return [VERSION_KEY, PAGES_KEY]
    return [VERSION_KEY, *page_depends([page])[page.pk]]


def _store(request, response, place: str, listed: str) -> None:
    reads = getattr(request, "page_query_parameters", EVERY_PARAMETER)
    query = page_query(request, reads)
    if query is None or (reads == EVERY_PARAMETER and query and not within_budget(place)):
        return
    keys = _depends_on(request)
    versions = read_versions([*keys, PAGES_KEY])
    # A page changed while this one was being rendered: it may mix old and new, keep nothing.
    if versions is None or versions[PAGES_KEY] != listed:
        return
    headers = [(name, value) for name, value in response.items() if name != STATE_HEADER]
    cache.set_many(
        {
            f"stillpoint:page-reads:{place}": reads,
            f"stillpoint:page:{place}?{query}": (
                response.content,
                response.status_code,
                headers,
                [(key, versions[key]) for key in keys],
            ),
        },
        settings.PAGE_CACHE_SECONDS,
    )


def _stored_response(stored, state: str) -> HttpResponse:
    content, status, headers, _versions = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[STATE_HEADER] = state
    return response


def _is_current(stored) -> bool | None:
    """Whether a kept page is current (None when the shared cache does not answer)."""
    kept = dict(stored[3])
    found = read_versions(list(kept))
    return None if found is None else found == kept


def anonymous_page_cache(get_response):
    """Serve what a visitor without a session sees from the cache until what it shows changes.

    A page is kept under the versions of the pages it depends on (home.invalidation moves
    them on when something they show changes). When those have moved, one request re-renders
    the page (it holds a short lock) while the others are served the stale copy, so a publish
    never sends every worker to render the same page. A page is kept once for the query
    parameters it reads, whatever else the query string holds. With Redis down, pages are
    served uncached.
    """

    def middleware(request):
        if not _cacheable_request(request):
            return set_shared_cache_headers(request, get_response(request))
        # Read once for the request: the page's fragments are kept under the same reading.
        if request_content_version() is None:  # Redis down: uncached (home.caching logs it)
            return set_shared_cache_headers(request, get_response(request))
        place = f"{request.get_host()}:{request.path}"
        # Without a query string there is nothing to choose from; with one, the page's first
        # visit told which parameters it reads.
        reads = cache.get(f"stillpoint:page-reads:{place}") if request.GET else ()
        query = page_query(request, reads) if reads is not None else None
        key = f"stillpoint:page:{place}?{query}"
        stored = cache.get(key) if query is not None else None
        lock, locked = f"stillpoint:rendering:{key}", False
        if stored is not None:
            current = _is_current(stored)
            if current:
                return set_shared_cache_headers(request, _stored_response(stored, "hit"))
            locked = current is not None and cache.add(lock, 1, RENDER_LOCK_SECONDS)
            if current is not None and not locked:
                # Another worker is rendering it afresh: the copy in hand, for this request only.
                return set_shared_cache_headers(request, _stored_response(stored, "stale"))
        listed = read_versions([PAGES_KEY])
        try:
            response = get_response(request)
            response[STATE_HEADER] = "miss"
            if page := getattr(request, "page_for_cache", None):
                # Lets the front-end cache drop the routes a page serves (tags, feed) with it.
                response[PAGE_HEADER] = urlsplit(page.get_url(request) or "").path
            if listed is not None and _cacheable_response(request, response):
                _store(request, response, place, listed[PAGES_KEY])
            elif stored is not None:  # gone, moved or private now: drop the old copy
                cache.delete(key)
        finally:
            if locked:
                cache.delete(lock)
        return set_shared_cache_headers(request, response)

    return middleware


class KnownSites:
    """Gives the views that serve pages (Wagtail's, the API's, search) their request's site and
    home page before anything asks Wagtail for them; other views look them up if they need
    them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        serves_pages = view_func is wagtail_serve or request.path.startswith(SITE_PREFIXES)
        if serves_pages and not hasattr(request, "_wagtail_site"):
            request._wagtail_site = routing.site_for_request(request)
