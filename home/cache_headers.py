"""What shared caches (Varnish, a CDN) and browsers may keep: public pages, never anyone's own."""

import hashlib
import re
from importlib import import_module

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core import signing
from django.core.cache.backends.locmem import LocMemCache
from django.utils.cache import cc_delim_re

# Says how the page cache answered: hit, stale (another worker is rendering it afresh) or miss.
STATE_HEADER = "X-Stillpoint-Cache"
PRIVATE_PREFIXES = ("/admin/", "/api/v2/preview/", "/accounts/")
# Static files, media and documents carry headers of their own.
OWN_HEADER_PREFIXES = ("/static/", "/media/", "/documents/")
# Redirects that may be kept like pages: the API's find view sends a front end from a page's
# address to its item, and is purged with the listings on every page change.
KEPT_REDIRECT_PREFIXES = ("/api/v2/pages/find/",)
# Django's server-side session stores name sessions with 32 lowercase letters and digits.
SESSION_KEY = re.compile(r"[a-z0-9]{32}")
SIGNED_COOKIE_SESSIONS = "django.contrib.sessions.backends.signed_cookies"
# Session cookies that matched no session, remembered by this process (a bounded number), so a
# forged cookie costs one look-up rather than one per request. Such a key never becomes valid:
# sessions are only ever created under new random keys.
_no_such_session = LocMemCache(
    "stillpoint-no-such-session", {"TIMEOUT": 60 * 60, "OPTIONS": {"MAX_ENTRIES": 5000}}
)


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


def anonymous(request) -> bool:
    """has_session's answer, worked out once per request."""
    if not hasattr(request, "_stillpoint_anonymous"):
        request._stillpoint_anonymous = not has_session(request)
    return request._stillpoint_anonymous


def is_keepable_status(request, response) -> bool:
    """Whether an answer's status lets caches keep it: a page, or a redirect of the find view."""
    return response.status_code == 200 or (
        response.status_code in (301, 302, 307, 308)
        and request.path.startswith(KEPT_REDIRECT_PREFIXES)
    )


def _is_public(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(PRIVATE_PREFIXES)
        and not getattr(request, "is_preview", False)
        and anonymous(request)
        # A form's CSRF token (the contact page) or any other cookie makes it one visitor's.
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def set_shared_cache_headers(request, response):
    """``public, s-maxage, stale-while-revalidate`` without ``Vary: Cookie`` for visitors without
    a session; ``private, no-store`` for editors, previews, forms and the admin.

    Shared caches keep pages for SHARED_CACHE_SECONDS and are purged on publish
    (home.invalidation); browsers check again each time (cheap: ETags answer 304). A stale copy,
    served while another worker renders the page afresh, is for this request only.
    """
    if request.path.startswith(OWN_HEADER_PREFIXES):
        return response
    if not _is_public(request, response):
        cache_control = response.get("Cache-Control", "")
        if "private" not in cache_control or "no-store" not in cache_control:
            response["Cache-Control"] = "private, no-store"
        return response
    if not is_keepable_status(request, response):
        return response
    browsers = settings.API_CACHE_SECONDS if request.path.startswith("/api/") else 0
    if response.get(STATE_HEADER) == "stale":
        response["Cache-Control"] = "public, max-age=0, s-maxage=0"
    else:
        response["Cache-Control"] = (
            f"public, max-age={browsers}, s-maxage={settings.SHARED_CACHE_SECONDS}, "
            f"stale-while-revalidate={settings.STALE_WHILE_REVALIDATE_SECONDS}"
        )
    vary = [v for v in cc_delim_re.split(response.get("Vary", "")) if v and v.lower() != "cookie"]
    if vary:
        response["Vary"] = ", ".join(vary)
    elif "Vary" in response:
        del response["Vary"]
    return response
