"""What an anonymous visitor may see: the one judge for the HTML and the API alike.

A page is visible when it is live and outside every private section (no view restriction on it
or above it: password, login or groups), and, for an alias, when the page it repeats is too. A document is visible when its collection and the
collections above it carry no view restriction. Links and cards to anything else are left out.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from home.caching import pages_version, request_memo

# Set on page objects whose visibility was worked out in bulk (cards, menus, choosers).
VISIBLE = "visible_to_visitors"
PRIVATE_PATHS = "private-paths"
PRIVATE_PATHS_UNDER = "private-paths-under"
# The private paths as this process last read them, and the versions they were read under.
_kept_paths: tuple[str | None, list[str]] = (None, [])


def private_paths() -> list[str]:
    """The paths at and below which pages are private: those of the pages that carry a view
    restriction, and of the aliases of any page at or below one (as private as the page they
    repeat, with what is below them). Read once per request, and kept by this process until a
    page changes (a restriction made, changed or removed is a change of its page: home.signals)
    or everything is refreshed."""
    memo = request_memo()
    if memo is not None and PRIVATE_PATHS in memo:
        return memo[PRIVATE_PATHS]
    global _kept_paths
    version = pages_version()
    if version is None or _kept_paths[0] != version:
        # The versions are read first: a change while the paths are read moves them on again.
        _kept_paths = (version, _read_private_paths())
    if memo is not None:
        memo[PRIVATE_PATHS] = _kept_paths[1]
        memo[PRIVATE_PATHS_UNDER] = version
    return _kept_paths[1]


def private_paths_current() -> bool:
    """Whether the private paths this request read are still those of the current versions:
    what was worked out with them may be kept under those versions (a section made private
    meanwhile moved them on)."""
    memo = request_memo()
    if memo is None or PRIVATE_PATHS not in memo:
        return True  # not read by this request: nothing was worked out with them
    version = pages_version()
    return version is not None and version == memo.get(PRIVATE_PATHS_UNDER)


def _read_private_paths() -> list[str]:
    paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    if not paths:
        return []
    aliased = Q()
    for path in paths:
        aliased |= Q(alias_of__path__startswith=path)
    return paths + list(Page.objects.filter(aliased).values_list("path", flat=True))


def private_q() -> Q | None:
    """Pages in a private section (at or below a page with a view restriction), and aliases of
    such pages, with what is below them; None when no page is private. Paths only, so that
    search backends can filter on it too."""
    private = Q()
    for path in private_paths():
        private |= Q(path__startswith=path)
    return private or None


def in_public_section(queryset):
    """The pages of ``queryset`` outside every private section, live or not."""
    private = private_q()
    return queryset.exclude(private) if private else queryset


def visible(queryset=None):
    """The pages of ``queryset`` (all pages by default) an anonymous visitor can open: Wagtail's
    public pages, less aliases of pages in a private section (their own address asks for a
    sign-in too: BasePage.get_view_restrictions). Use it wherever Wagtail's ``.public()`` would
    serve."""
    return in_public_section((Page.objects.all() if queryset is None else queryset).live())


def visible_page_ids(ids: Iterable[int | None]) -> set[int]:
    """The ids among ``ids`` of pages an anonymous visitor can open, in one query."""
    ids = {int(pk) for pk in ids if pk is not None}
    if not ids:
        return set()
    return set(visible(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))


def mark_visible(pages: Iterable) -> None:
    """Note on each page whether visitors can see it, so ``is_visible`` asks no more queries:
    from the pages in hand when they were loaded with their state and path (as ``visible``
    judges them: live, and below no private path), else in one query."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return
    if all(not {"live", "path"} & page.get_deferred_fields() for page in pages):
        private = tuple(private_paths())
        for page in pages:
            setattr(page, VISIBLE, page.live and not page.path.startswith(private))
        return
    shown = visible_page_ids(page.pk for page in pages)
    for page in pages:
        setattr(page, VISIBLE, page.pk in shown)


def is_visible(page) -> bool:
    """Whether an anonymous visitor can open ``page`` (None: no)."""
    if page is None or page.pk is None:
        return False
    if not hasattr(page, VISIBLE):
        mark_visible([page])
    return getattr(page, VISIBLE)


def visible_pages(pages: Iterable) -> list:
    """``pages`` without those visitors cannot see, in their order."""
    pages = [page for page in pages if page is not None]
    mark_visible(pages)
    return [page for page in pages if getattr(page, VISIBLE)]


def private_collections_q(field: str = "collection") -> Q:
    """Rows whose ``field`` is a collection with a view restriction, or one below it."""
    paths = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection_id")
    ).values_list("path", flat=True)
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(**{f"{field}__path__startswith": path})
    return condition


def outside_private_collections(queryset):
    """The documents (or pictures) of ``queryset`` outside every private collection."""
    return queryset.exclude(private_collections_q())
