"""Each host's Site and home page, read once per site-wide version in each process.

Wagtail looks up the request's Site, then its root page, then that page's specific type: three
of a page's dozen queries, the same on every request. A change to a Site or a home page moves the
site-wide version (home.invalidation), so the copies kept here are those of the version this
request reads. Visitors without a session only: editors read the rows afresh.
"""

from __future__ import annotations

import copy

from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.views import serve

from home.cache_headers import anonymous
from home.caching import request_content_version

# Made-up Host headers that pass ALLOWED_HOSTS fall back to the default site; each is kept
# apart, so the number kept is bounded.
MOST_HOSTS = 32

_known: dict[tuple[str, int], tuple[str, Site]] = {}


def _key(request) -> tuple[str, int]:
    # As Wagtail's Site.find_for_request reads them.
    return split_domain_port(request._get_raw_host())[0], int(request.get_port())


def _read(request) -> Site | None:
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site


def _for_this_request(site: Site) -> Site:
    """A copy whose home page this request may annotate without touching another's."""
    mine = copy.copy(site)
    mine.root_page = copy.copy(site.root_page)
    return mine


def known_site(request) -> Site | None:
    """The request's Site with its specific home page, from this process's copy when it is of
    the current site-wide version; None when the shared cache does not answer."""
    version = request_content_version()
    if version is None:
        return None
    key = _key(request)
    kept = _known.get(key)
    if kept is None or kept[0] != version:
        site = _read(request)
        if site is None:
            return None
        if len(_known) >= MOST_HOSTS:
            _known.clear()
        kept = _known[key] = (version, site)
    return _for_this_request(kept[1])


class KnownSites:
    """Middleware: give Wagtail's page view the request's Site (Site.find_for_request reads it
    from the request) before it routes; other views look it up as they need."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve and request.method in ("GET", "HEAD") and anonymous(request):
            site = known_site(request)
            if site is not None:
                request._wagtail_site = site
