"""Signal wiring: any published or edited content changes the site-wide content version."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from home.caching import bump_content_version


def reindex_published_page(instance, **_kwargs) -> None:
    """Index a page again once published: its tags are saved after the page itself."""
    from wagtail.search import index

    index.insert_or_update_object(instance.specific)


def reindex_faq(**_kwargs) -> None:
    """The FAQ page is found by its questions' words: index it again when one changes."""
    from wagtail.search import index

    from modalities.models import FAQPage

    for page in FAQPage.objects.live():
        index.insert_or_update_object(page)


def connect() -> None:
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.documents import get_document_model
    from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site

    from blog.models import Author
    from home.models import NavigationSettings, PracticeSettings
    from media.models import SiteImage
    from modalities.models import Question, QuestionTopic

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(bump_content_version, dispatch_uid=f"stillpoint-{signal!r}")
    post_delete.connect(bump_content_version, sender=Page, dispatch_uid="stillpoint-page-delete")
    page_published.connect(reindex_published_page, dispatch_uid="stillpoint-reindex")
    for model in (Question, QuestionTopic):
        for signal in (post_save, post_delete):
            signal.connect(
                reindex_faq,
                sender=model,
                dispatch_uid=f"stillpoint-faq-{model.__name__}-{signal!r}",
            )
    for model in (
        SearchPromotion,
        PageViewRestriction,  # a page made private must leave menus, cards, search and caches
        CollectionViewRestriction,
        Redirect,
        get_document_model(),
        Site,
        PracticeSettings,
        NavigationSettings,
        SiteImage,
        Question,
        QuestionTopic,
        Author,
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                bump_content_version,
                sender=model,
                dispatch_uid=f"stillpoint-{model.__name__}-{signal!r}",
            )
