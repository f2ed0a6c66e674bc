"""What a change makes stale: the pages that show it, invalidated alone, and purged downstream.

A page's cached HTML (and its fragments, and its API detail) is kept under the version of that
page, the versions of the trees above it and the site-wide version. A publish moves the versions
of the pages that show the change: the page, its parent (whose listings, tag pages and feed it
serves), the site's home page (latest writing), pages of its kind that share a tag (related
cards) and pages that link to it (Wagtail's reference index). Only what every page repeats
(menus, practice details, the practice's offers) moves the site-wide version.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import ModelLogEntry, Page, PageLogEntry, ReferenceIndex, Site

from home.caching import (
    LIVE_PAGE_ACTIONS,
    PAGES_KEY,
    QUIET_MODEL_ACTIONS,
    bump_content_version,
    database_stamp,
    move_versions,
    page_version_key,
    shared_cache,
    stamp_listeners,
    tree_version_key,
)
from home.purging import send_purges
from home.registry import registry

logger = logging.getLogger(__name__)

# The newest database stamp whose changes the shared cache has seen (see catch_up).
SEEN_KEY = "stillpoint:seen-stamp"
# Beyond this many pages sharing a tag, or log entries to replay, precision costs more than
# it saves.
RELATED_LIMIT = 200
REPLAY_LIMIT = 200
# Page log actions that rewrite the paths of other pages (home.signals.page_moved).
MOVES = ("wagtail.move", "wagtail.reorder")
# Answers that list pages of every kind, purged on every page change; each page's API detail
# is purged with the page.
LISTING_PATHS = ("/sitemap.xml", "/search/", "/api/v2/pages/", "/api/v2/pages/find/")


class Stale:
    """The pages a change makes stale, whether it touches every page, and the URLs to purge."""

    def __init__(self):
        self.pages: dict[int, Page] = {}
        self.trees: set[int] = set()  # pages whose descendants are stale too
        self.site_wide = False

    def add_page(self, page: Page | None) -> None:
        if page is not None and page.pk and page.pk not in self.pages:
            self.pages[page.pk] = page

    def keys(self) -> list[str]:
        return [PAGES_KEY, *map(page_version_key, self.pages), *map(tree_version_key, self.trees)]

    def purge_urls(self) -> list[str]:
        """Each stale page's URL (the front-end cache drops its query variants and the routes
        it serves, such as tag pages and feeds, with it), its API detail, and the listings: the
        pages in the order they were found (the changed page first), then the rest."""
        urls = {}
        roots = [site.root_url for site in Site.objects.all()]
        if self.site_wide:  # the VCL drops every answer of a site purged as "/*"
            urls.update(dict.fromkeys(f"{root}/*" for root in roots))
        for page in self.pages.values():
            if url := page.get_full_url():
                urls[url] = None
        for page in self.pages.values():
            urls.update(dict.fromkeys(f"{root}/api/v2/pages/{page.pk}/" for root in roots))
        urls.update(dict.fromkeys(f"{root}{path}" for root in roots for path in LISTING_PATHS))
        return list(urls)


def is_site_wide(page: Page) -> bool:
    """Whether every page shows this one: a site's home page, a page in the header menu (the
    root's children that show in menus), or a page type whose pages feed every page (offers)."""
    if page.is_root() or page.depth <= 2:
        return True
    specific_class = page.specific_class
    if any(issubclass(specific_class, model) for model in registry.site_wide_pages):
        return True
    return page.depth == 3 and page.show_in_menus


def referring_pages(obj, stale: Stale, depth: int = 2) -> None:
    """Pages that link to ``obj`` (rich text, choosers, cards), through snippets as well."""
    if depth == 0:
        return
    references = ReferenceIndex.get_references_to(obj).group_by_source_object()
    for source, _references in references:
        if source is None:
            continue
        if isinstance(source, Page):
            stale.add_page(source)
        elif type(source) in registry.site_wide_models:
            stale.site_wide = True
        else:
            referring_pages(source, stale, depth - 1)


def related_pages(page: Page, stale: Stale) -> None:
    """Pages of the same kind that share a tag with ``page`` (their related cards may show it)."""
    specific = page.specific_deferred
    tags = getattr(specific, "tags", None)
    if tags is None:
        return
    tag_ids = list(tags.values_list("pk", flat=True))
    if not tag_ids:
        return
    model = type(specific)
    sharing = (
        model.objects.live()
        .filter(tags__in=tag_ids)
        .exclude(pk=page.pk)
        .order_by("-pk")
        .distinct()
        .values_list("pk", flat=True)[:RELATED_LIMIT]
    )
    for related in Page.objects.filter(pk__in=list(sharing)):
        stale.add_page(related)


def page_changed(page: Page, stale: Stale, parents=(), references: bool = True) -> None:
    """Work out what showing ``page`` makes stale (its parents may be given, after a move)."""
    if is_site_wide(page):
        stale.site_wide = True
    stale.add_page(page)
    if page.numchild:  # breadcrumbs, sections and the paths below it
        stale.trees.add(page.pk)
    for parent in parents or [page.get_parent()]:
        stale.add_page(parent)
    site = page.get_site()
    if site is not None:
        stale.add_page(site.root_page)
    if references:
        referring_pages(page, stale)
    related_pages(page, stale)


def aliases_changed(section: Page, stale: Stale) -> None:
    """Aliases of ``section`` and of the pages below it: as private or public as those pages."""
    aliases = Page.objects.filter(alias_of__path__startswith=section.path).order_by("path")
    for alias in aliases[:RELATED_LIMIT]:
        page_changed(alias, stale, references=False)


def object_changed(obj, stale: Stale) -> None:
    """A snippet, picture or setting changed: the pages that show it, and the listings and
    cards that show those (a card carries its page's picture)."""
    model = type(obj)
    if model in registry.page_list_models:
        return  # search promotions, redirects: only the listings (PAGES_KEY) change
    if model not in registry.referenced_models:
        stale.site_wide = True  # shown in ways the reference index does not record
        return
    showing = Stale()
    referring_pages(obj, showing)
    stale.site_wide |= showing.site_wide
    for page in showing.pages.values():
        page_changed(page, stale, references=False)


def tagged_page_ids(tag) -> set[int]:
    """The pages tagged with ``tag``, whichever tagged model of pages holds them."""
    tagged = set()
    for relation in type(tag)._meta.related_objects:
        through = relation.related_model
        fields = {field.name: field for field in through._meta.get_fields()}
        target = getattr(fields.get("content_object"), "related_model", None)
        if relation.field.name == "tag" and isinstance(target, type) and issubclass(target, Page):
            ids = through.objects.filter(tag=tag).values_list("content_object_id", flat=True)
            tagged.update(ids)
    return tagged


def tag_changed(tagged: set[int], stale: Stale) -> None:
    """A tag renamed or deleted: the ``tagged`` pages show its name (and its tag pages, under
    their listings, its address)."""
    if len(tagged) > RELATED_LIMIT:
        stale.site_wide = True
        return
    for page in Page.objects.filter(pk__in=tagged):
        page_changed(page, stale, references=False)


def invalidate(stale: Stale) -> None:
    """Move the versions now and once committed; purge the front-end cache once committed
    (from this process: home.purging)."""
    keys = stale.keys()
    if stale.site_wide:
        bump_content_version()
    move_versions(keys)

    def after_commit():
        move_versions(keys)
        record_seen()
        if settings.WAGTAILFRONTENDCACHE and (urls := stale.purge_urls()):
            send_purges(urls)

    transaction.on_commit(after_commit)


def record_seen() -> None:
    """The shared cache has seen every change the database records so far."""
    shared_cache().set(SEEN_KEY, database_stamp(fresh=True), None)


# Replaying missed changes ------------------------------------------------------------------


def _parse(stamp: str) -> tuple[int, int]:
    page, _, model = stamp.partition("-")
    return int(page or 0), int(model or 0)


def catch_up(stamp: str) -> None:
    """Invalidate what changed since the newest change the shared cache has seen.

    Signals invalidate as changes happen; this covers a shared cache that missed some (Redis
    restored from an old snapshot brings back old versions and the pages kept under them).
    """
    versions = shared_cache()
    seen = versions.get(SEEN_KEY)
    if seen == stamp:
        return
    versions.set(SEEN_KEY, stamp, None)
    if seen is None:  # a new or emptied cache holds nothing older than now
        return
    (page_seen, model_seen), (page_now, model_now) = _parse(seen), _parse(stamp)
    stale = Stale()
    if page_now < page_seen or model_now < model_seen:  # the database went back in time
        stale.site_wide = True
    entries = list(
        PageLogEntry.objects.filter(
            pk__gt=page_seen, pk__lte=page_now, action__in=LIVE_PAGE_ACTIONS
        ).values_list("page_id", "action")[: REPLAY_LIMIT + 1]
    )
    page_ids = {page_id for page_id, _action in entries}
    if any(action in MOVES for _page_id, action in entries):  # as page_moved: every page
        stale.site_wide = True
    objects = list(
        ModelLogEntry.objects.filter(pk__gt=model_seen, pk__lte=model_now)
        .exclude(action__in=QUIET_MODEL_ACTIONS)
        .values_list("content_type_id", "object_id")[: REPLAY_LIMIT + 1]
    )
    if len(entries) + len(objects) > REPLAY_LIMIT:  # some were left unread
        stale.site_wide = True
    if not stale.site_wide:
        pages = Page.objects.filter(pk__in=page_ids)
        if len(pages) < len(page_ids):  # deleted since: where they were is not known
            stale.site_wide = True
        for page in pages:  # as the signals do, aliases and sections included
            page_changed(page, stale)
            aliases_changed(page, stale)
            stale.trees.add(page.pk)
            # A section made private or public, or published under a new slug (the log does
            # not say which), as the signals do: pages elsewhere show or link to those below it.
            stale.site_wide |= bool(page.numchild)
        for content_type_id, object_id in objects:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            obj = model and model._default_manager.filter(pk=object_id).first()
            if obj is None:
                stale.site_wide = True
            else:
                object_changed(obj, stale)
    logger.info("The cache had missed changes; invalidating %d pages.", len(stale.pages))
    invalidate(stale)


stamp_listeners.append(catch_up)
