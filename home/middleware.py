"""The whole-page cache for visitors without a session."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.http import urlencode

from home.caching import content_version

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


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.path.startswith(UNCACHED_PREFIXES)
    )


def _cacheable_response(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        # A cookie (a CSRF token, say) makes the page one visitor's. "Vary: Cookie" alone does
        # not: only requests without a session reach this cache, and they all see the same.
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and response.get("Content-Type", "").split(";")[0] in CACHED_TYPES
    )


def cache_path(request) -> str:
    """The path and query that decide the page: campaign tags (utm_*, fbclid…) do not."""
    query = [
        (name, value)
        for name, value in request.GET.items()
        if not name.startswith("utm_") and name not in TRACKING_PARAMETERS
    ]
    return f"{request.path}?{urlencode(sorted(query))}" if query else request.path


def anonymous_page_cache(get_response):
    """Serve what a visitor without a session sees from the cache until content changes.

    Every publish, unpublish, move, privacy or settings change moves the content version on
    (home.signals), so a cached page is never older than the content behind it.
    """

    def middleware(request):
        if not _cacheable_request(request):
            return get_response(request)
        key = f"stillpoint:page:{content_version()}:{request.get_host()}:{cache_path(request)}"
        if stored := cache.get(key):
            content, status, headers = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            return response
        response = get_response(request)
        if _cacheable_response(response):
            cache.set(
                key,
                (response.content, response.status_code, list(response.items())),
                settings.PAGE_CACHE_SECONDS,
            )
        return response

    return middleware
