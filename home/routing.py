"""The site a request is for, its home page and the pages below, kept by each process between
changes.

Wagtail finds the site of every request with a query, then routing loads the site's home page,
and each page below it on the way, twice (as a page, then as its own type): seven queries
before an article is in hand. A site and its home page change only with a site-wide change
(home.invalidation: a site's settings, its home page), any other page with its own version, so
each process keeps them under those versions (the pages most recently asked for) and gives
every request copies of its own (what one request caches on its page objects stays with it).
"""

from __future__ import annotations

import contextlib
import copy
import threading
from collections import OrderedDict

from django.contrib.contenttypes.models import ContentType
from django.http.request import split_domain_port
from wagtail.models import Page, Site

from home.caching import page_version_key, read_versions, request_content_version

# Host names are the visitor's to choose: beyond this many, the kept sites are forgotten.
MAX_HOSTS = 50
# Pages kept per process, the least recently asked for forgotten first (bodies included: some
# tens of MB at most).
MAX_CHILDREN = 500

_kept: dict[tuple[str, int | str], tuple[str, Site | None]] = {}
_children: OrderedDict[tuple[int, str], tuple[str, Page]] = OrderedDict()
_lock = threading.Lock()


def _site_with_home(request) -> tuple[str | None, Site | None]:
    """The request's site with its home page, and the versions read before the home page."""
    request_content_version()  # read before the site: a change after it moves it on again
    site = Site._find_for_request(request)  # Wagtail's own look-up, without the request's memo
    if site is None:
        return _versions(None), None
    versions = _versions(site.root_page_id)  # a change after this moves them on again
    root = Page.objects.filter(pk=site.root_page_id).values_list("content_type")
    site.root_page = _specific(site.root_page_id, root.get()[0])
    return versions, site


def _specific(pk: int, content_type: int) -> Page:
    """The page as its own type, with what its view shows through foreign keys and other
    relations (route_related, route_prefetch)."""
    model = ContentType.objects.get_for_id(content_type).model_class() or Page
    pages = model.objects.select_related(*getattr(model, "route_related", ()))
    return pages.prefetch_related(*getattr(model, "route_prefetch", ())).get(pk=pk)


def site_for_request(request) -> Site | None:
    """The request's site (as ``Site.find_for_request`` finds it), with its home page loaded as
    its own type; kept by this process until the site-wide version or the home page's own
    moves (a page its body shows as a card changed: home.invalidation), read again while the
    shared cache does not answer."""
    place = (split_domain_port(request._get_raw_host())[0], request.get_port())
    kept = _kept.get(place)
    home_pk = kept[1].root_page_id if kept is not None and kept[1] is not None else None
    if kept is None or kept[0] is None or kept[0] != _versions(home_pk):
        kept = _site_with_home(request)
        with _lock:
            if len(_kept) >= MAX_HOSTS:
                _kept.clear()
            _kept[place] = kept
    site = kept[1]
    if site is None:
        return None
    mine = copy.copy(site)
    mine.root_page = copy.copy(site.root_page)
    return mine


def child_for_request(parent: Page, slug: str, model: type[Page] | None = None) -> Page | None:
    """``parent``'s child at ``slug``, as its own type (``model`` when the parent holds one type)
    with what its view shows (route_related), kept by this process until its version or the
    site-wide one moves (a publish, a move, a new slug, a deletion, a picture or person it shows
    changing; anything that refreshes every page); None when there is none."""
    place = (parent.pk, slug)
    kept = _children.get(place)
    if kept is not None and kept[0] == _versions(kept[1].pk):
        with _lock, contextlib.suppress(KeyError):  # forgotten meanwhile by another thread
            _children.move_to_end(place)
        return _below(parent, kept[1])
    children = parent.get_children() if model is None else model.objects.child_of(parent)
    found = children.filter(slug=slug).values_list("pk", "content_type").first()
    if found is None:
        return None
    pk, content_type = found
    versions = _versions(pk)  # read before the page: a change in between moves them on again
    try:
        child = _specific(pk, content_type)
    except Page.DoesNotExist:  # deleted since it was found
        return None
    if child.slug != slug or child.path[: -child.steplen] != parent.path:
        return None  # renamed or moved since it was found: as Wagtail, no such child now
    if versions is not None:
        with _lock:
            _children[place] = (versions, child)
            if len(_children) > MAX_CHILDREN:
                _children.popitem(last=False)  # the one least recently asked for
    return _below(parent, child)


def _versions(pk: int | None) -> str | None:
    """The site-wide version and the page's own (if any), as one string (None without the
    cache)."""
    site_wide = request_content_version()
    if pk is None or site_wide is None:
        return site_wide
    own = read_versions([page_version_key(pk)])
    return None if own is None else f"{site_wide}.{own[page_version_key(pk)]}"


def _below(parent: Page, child: Page) -> Page:
    mine = copy.copy(child)
    mine._cached_parent_obj = parent  # as Wagtail's route: get_parent() is free
    return mine
