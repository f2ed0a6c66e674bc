"""The FAQ page is found by its questions' words: index it again when one changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.search import index

from modalities.models import FAQPage, Question, QuestionTopic


def reindex_faq(raw=False, **_kwargs) -> None:
    if raw:  # rows loaded as they are (a restore): the restore rebuilds the index itself
        return
    for page in FAQPage.objects.live():
        index.insert_or_update_object(page)


def connect() -> None:
    for model in (Question, QuestionTopic):
        for signal in (post_save, post_delete):
            signal.connect(
                reindex_faq,
                sender=model,
                dispatch_uid=f"stillpoint-faq-{model.__name__}-{signal!r}",
            )
