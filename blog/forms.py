"""The writing pages' editor form: a new piece starts signed by its writer, ready to type into."""

from wagtail.rich_text import RichText

from home.forms import PageForm
from home.models import Author


class WritingPageForm(PageForm):
    def __init__(self, *args, instance=None, **kwargs):
        if instance is not None and instance.pk is None:
            # Only a new piece: what an editor chose (or cleared) later is never overridden.
            if instance.author_id is None:
                instance.author = Author.default_for(kwargs.get("for_user"))
            if not instance.body:
                instance.body = [("paragraph", RichText(""))]
        super().__init__(*args, instance=instance, **kwargs)
