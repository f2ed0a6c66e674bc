"""Signal wiring: saved rich text is cleaned; what a change makes stale is invalidated alone."""

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete, pre_save
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import (
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    ReferenceIndex,
    Revision,
    Site,
)
from wagtail.search import index
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from home.invalidation import (
    Stale,
    aliases_changed,
    invalidate,
    object_changed,
    page_changed,
    tag_changed,
    tagged_page_ids,
)
from home.models import Author, NavigationSettings, PracticeSettings
from home.registry import registry
from home.richtext import clean_instance, clean_revision, rich_text_fields
from media.models import SiteImage

INDEXED_SETTINGS = (PracticeSettings, NavigationSettings)


def reindex_published_page(instance, **_kwargs) -> None:
    """Index a page again once published: its tags are saved after the page itself."""
    index.insert_or_update_object(instance.specific)


def clean_rich_text(sender, instance, update_fields=None, **_kwargs) -> None:
    """Whoever saves (editor, API, shell, importer, fixtures), rich text is stored as the editor
    writes it."""
    if sender is Revision:
        if update_fields is None or "content" in update_fields:
            clean_revision(instance)
    elif rich_text_fields(sender):
        clean_instance(instance, update_fields)


def page_shown_elsewhere(instance, **_kwargs) -> None:
    """Published, unpublished, renamed or about to be deleted: the pages that show it."""
    stale = Stale()
    page_changed(instance, stale)
    stale.trees.add(instance.pk)  # its address, breadcrumbs or section below it may change
    invalidate(stale)


def page_moved(instance, parent_page_before, parent_page_after, **_kwargs) -> None:
    stale = Stale()
    page_changed(instance, stale, parents=[parent_page_before, parent_page_after])
    stale.trees.add(instance.pk)
    aliases_changed(instance, stale)  # moved into (or out of) a private section, say
    # Every move refreshes every page: the tree rewrites the paths of the pages after it among
    # its new and old siblings, and of all below them, without a signal, and each process keeps
    # pages with their paths (home.routing); pages elsewhere also link to the pages below it.
    stale.site_wide = True
    invalidate(stale)


def section_renamed(instance, **_kwargs) -> None:
    """A new slug: the pages below it have new addresses, which pages elsewhere link to."""
    if instance.numchild:
        stale = Stale()
        stale.site_wide = True
        invalidate(stale)


def content_model_changed(sender, instance, **_kwargs) -> None:
    if sender not in registry.content_models:
        return
    stale = Stale()
    if isinstance(instance, PageViewRestriction):  # the page and those below it go private
        page_changed(instance.page, stale)
        stale.trees.add(instance.page_id)
        aliases_changed(instance.page, stale)  # and the aliases of any of them
        # Pages elsewhere link to them or show them as cards; rare enough to refresh all.
        stale.site_wide |= bool(instance.page.numchild)
    else:
        object_changed(instance, stale)
    invalidate(stale)


def tag_renamed_or_deleted(instance, created=False, **_kwargs) -> None:
    """Renamed (from a script or the shell; an editor's new tag changes no page) or about to
    be deleted (while its pages can still be found): those pages are shown and indexed for
    search again (their tags are part of what search reads)."""
    if created:
        return
    tagged = tagged_page_ids(instance)
    stale = Stale()
    tag_changed(tagged, stale)
    invalidate(stale)

    def reindex():
        for page in Page.objects.filter(pk__in=tagged).specific().iterator(chunk_size=200):
            index.insert_or_update_object(page)

    transaction.on_commit(reindex)


def index_settings(sender, plan=(), using=DEFAULT_DB_ALIAS, **_kwargs) -> None:
    """After a migrate forwards: index the settings saved before their references were
    (Wagtail does it on each later save; a no-op once they are). Not after a migrate
    backwards: the models' tables may not have their columns yet."""
    if sender.name != "home" or using != DEFAULT_DB_ALIAS:
        return
    if any(backwards for _migration, backwards in plan or ()):
        return
    for model in INDEXED_SETTINGS:
        for row in model.objects.all():
            ReferenceIndex.create_or_update_for_object(row)


def connect() -> None:
    # Every model, not a list: a section's snippet or a feature's page is cleaned as well.
    pre_save.connect(clean_rich_text, dispatch_uid="stillpoint-clean-rich-text")
    registry.add_content_models(
        SearchPromotion,
        PageViewRestriction,  # a page made private must leave menus, cards, search and caches
        CollectionViewRestriction,
        Redirect,
        get_document_model(),
        Site,
        PracticeSettings,
        NavigationSettings,
        SiteImage,
        Author,
    )
    registry.site_wide_models.extend([*INDEXED_SETTINGS, Site, CollectionViewRestriction])
    # The pages the settings point to (the privacy page, the menus' pages): Wagtail indexes the
    # references of pages, snippets, images and documents alone. A page the settings show then
    # refreshes every page when it changes (referring_pages), and the admin lists the settings
    # among its uses.
    for model in INDEXED_SETTINGS:
        ReferenceIndex.register_model(model)
    post_migrate.connect(index_settings, dispatch_uid="stillpoint-index-settings")
    registry.referenced_models.extend([SiteImage, get_document_model(), Author])
    registry.page_list_models.extend([SearchPromotion, Redirect])
    for signal in (page_published, page_unpublished, page_slug_changed):
        signal.connect(page_shown_elsewhere, dispatch_uid=f"stillpoint-{signal!r}")
    post_page_move.connect(page_moved, dispatch_uid="stillpoint-page-move")
    page_slug_changed.connect(section_renamed, dispatch_uid="stillpoint-section-renamed")
    # Before, while its parent and the pages linking to it can still be found.
    pre_delete.connect(page_shown_elsewhere, sender=Page, dispatch_uid="stillpoint-page-delete")
    page_published.connect(reindex_published_page, dispatch_uid="stillpoint-reindex")
    post_save.connect(tag_renamed_or_deleted, sender=Tag, dispatch_uid="stillpoint-tag-renamed")
    pre_delete.connect(tag_renamed_or_deleted, sender=Tag, dispatch_uid="stillpoint-tag-deleted")
    # Any model a section or feature registered as content, whenever it registered it.
    for signal in (post_save, post_delete):
        signal.connect(content_model_changed, dispatch_uid=f"stillpoint-content-{signal!r}")
