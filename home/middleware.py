"""The whole-page cache for visitors without a session, keyed on what each page reads."""

import hashlib
import re
from importlib import import_module

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core import signing
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse
from django.utils.http import urlencode
from wagtail import hooks

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
# Views that are not pages (the API, the sitemap) declare nothing: they are keyed on their
# whole query string, and this many variants of one address are kept, so that made-up queries
# cannot fill the cache.
EVERY_PARAMETER = "*"
MAX_VARIANTS = 50
# Django's server-side session stores name sessions with 32 lowercase letters and digits.
SESSION_KEY = re.compile(r"[a-z0-9]{32}")
SIGNED_COOKIE_SESSIONS = "django.contrib.sessions.backends.signed_cookies"
# Session cookies that matched no session, remembered by this process (a bounded number), so a
# forged cookie costs one look-up rather than one per request. Such a key never becomes valid:
# sessions are only ever created under new random keys.
_no_such_session = LocMemCache(
    "stillpoint-no-such-session", {"TIMEOUT": 60 * 60, "OPTIONS": {"MAX_ENTRIES": 5000}}
)


@hooks.register("before_serve_page", order=-100)
def note_query_parameters(page, request, serve_args, serve_kwargs):
    """Tell the page cache which query parameters the page being served reads.

    A page type lists them in ``query_parameters`` (the writing indexes read ``page``); a page
    that lists none is the same whatever its query string says.
    """
    request.page_query_parameters = tuple(getattr(page, "query_parameters", ()))


def has_session(request) -> bool:
    """Whether the visitor may see something of their own: a live session (a signed-in editor,
    a page password given) or signed messages. Cookies that merely bear those names do not
    count, so they cannot be used to skip the cache.
    """
    messages = request.COOKIES.get(CookieStorage.cookie_name)
    if messages:
        try:
            signing.get_cookie_signer(salt=CookieStorage.key_salt).unsign(messages)
            return True
        except signing.BadSignature:
            pass
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not key:
        return False
    if settings.SESSION_ENGINE != SIGNED_COOKIE_SESSIONS and not SESSION_KEY.fullmatch(key):
        return False
    remembered = hashlib.sha256(key.encode()).hexdigest()
    if _no_such_session.get(remembered):
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore(key)
    if store.load():  # the one read of the session store
        return True
    if store.session_key is None:  # not found (forged or expired), rather than found empty
        _no_such_session.set(remembered, True)
    return False


def _cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(UNCACHED_PREFIXES)
        and not has_session(request)  # last: the only check that may read the session store
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


def page_query(request, reads) -> str | None:
    """The part of the query string that decides the page, or None when it is ambiguous.

    ``reads`` names the parameters the page reads, or is EVERY_PARAMETER for a view that did
    not say (campaign tags such as utm_* and fbclid then do not count).
    """
    if reads == EVERY_PARAMETER:
        query = [
            (name, value)
            for name, values in request.GET.lists()
            if not name.startswith("utm_") and name not in TRACKING_PARAMETERS
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


def _within_budget(place: str) -> bool:
    key = f"stillpoint:page-variants:{place}"
    cache.add(key, 0, settings.PAGE_CACHE_SECONDS)
    try:
        variants = cache.incr(key)
    except ValueError:  # expired between add and incr
        return False
    return variants is not None and variants <= MAX_VARIANTS


def _store(request, response, place: str, version: str) -> None:
    reads = getattr(request, "page_query_parameters", EVERY_PARAMETER)
    query = page_query(request, reads)
    if query is None or (reads == EVERY_PARAMETER and query and not _within_budget(place)):
        return
    # Content changed while the page was being rendered: it may mix old and new, keep nothing.
    if content_version(fresh=True) != version:
        return
    cache.set_many(
        {
            f"stillpoint:page-reads:{place}": reads,
            f"stillpoint:page:{place}?{query}": (
                response.content,
                response.status_code,
                list(response.items()),
            ),
        },
        settings.PAGE_CACHE_SECONDS,
    )


def anonymous_page_cache(get_response):
    """Serve what a visitor without a session sees from the cache until content changes.

    Every publish, unpublish, move, privacy or settings change moves the content version on
    (home.signals), and the version carries the database's own record of the last change, so
    a cached page is never older than the content behind it, even when Redis comes back from
    an old snapshot. A page is kept once for the query parameters it reads, whatever else the
    query string holds. With Redis down, pages are served uncached.
    """

    def middleware(request):
        if not _cacheable_request(request):
            return get_response(request)
        version = content_version()
        if version is None:
            return get_response(request)
        place = f"{version}:{request.get_host()}:{request.path}"
        # Without a query string there is nothing to choose from; with one, the page's first
        # visit told which parameters it reads.
        reads = cache.get(f"stillpoint:page-reads:{place}") if request.GET else ()
        query = page_query(request, reads) if reads is not None else None
        if query is not None and (stored := cache.get(f"stillpoint:page:{place}?{query}")):
            content, status, headers = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            return response
        # A miss: what is stored goes under the database's record as it is now, not as this
        # process last read it.
        fresh = content_version(fresh=True)
        response = get_response(request)
        if fresh is not None and _cacheable_response(response):
            _store(request, response, f"{fresh}:{request.get_host()}:{request.path}", fresh)
        return response

    return middleware
