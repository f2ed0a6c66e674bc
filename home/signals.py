"""Signal wiring: any published or edited content changes the site-wide content version."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from home.caching import bump_content_version


def connect() -> None:
    from wagtail.models import Page, Site

    from blog.models import Author
    from home.models import NavigationSettings, PracticeSettings
    from media.models import SiteImage
    from modalities.models import Question, QuestionTopic

    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(bump_content_version, dispatch_uid=f"stillpoint-{signal!r}")
    post_delete.connect(bump_content_version, sender=Page, dispatch_uid="stillpoint-page-delete")
    for model in (
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
