"""The FAQ page is found by its questions' words: index it again when one changes. A question
given to or taken from a modality changes what every page shows, as a question's edit does."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.search import index

from home.caching import bump_content_version
from modalities.models import FAQPage, Question, QuestionTopic


def reindex_faq(raw=False, **_kwargs) -> None:
    if raw:  # rows loaded as they are (a restore): the restore rebuilds the index itself
        return
    for page in FAQPage.objects.live():
        index.insert_or_update_object(page)


def modalities_changed(action: str, **_kwargs) -> None:
    """Questions added to or removed from a modality outside the admin's form (whose save of
    the question already refreshes every page), by a script or an import."""
    if action in ("post_add", "post_remove", "post_clear"):
        bump_content_version()
        reindex_faq()


def connect() -> None:
    m2m_changed.connect(
        modalities_changed,
        sender=Question.modalities.through,
        dispatch_uid="stillpoint-question-modalities",
    )
    for model in (Question, QuestionTopic):
        for signal in (post_save, post_delete):
            signal.connect(
                reindex_faq,
                sender=model,
                dispatch_uid=f"stillpoint-faq-{model.__name__}-{signal!r}",
            )
