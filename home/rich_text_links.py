"""Rich-text links as visitors get them: a link to a page or document they cannot open is text.

Wagtail's own handlers print the address of any page, published or not, and of any document,
private or not; these print ``<a>`` without an address instead (the words stay, the link goes),
in the HTML and in the API's rich text alike.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from home.visibility import VISIBLE, mark_visible, outside_private_collections

# The pages linked from a whole listing's rich text, loaded at once (``page_links_loaded``),
# by their id as the links write it.
_loaded: ContextVar[dict | None] = ContextVar("page_links_loaded", default=None)


class VisiblePageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list[Page | None]:
        """The linked pages in one query, as plain pages: a link needs only their address,
        which no page type here works out differently (Wagtail loads each as its own type, a
        query more per type linked)."""
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        found = Page.objects.filter(id__in=[pk for pk in ids if pk.isdigit()]).in_bulk()
        return [found.get(int(pk)) if pk.isdigit() else None for pk in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        loaded = _loaded.get() or {}
        if all(str(attrs.get("id")) in loaded for attrs in attrs_list):
            pages = [loaded[str(attrs.get("id"))] for attrs in attrs_list]
        else:
            pages = cls.get_many(attrs_list)
            mark_visible(pages)
        return [
            f'<a href="{escape(page.localized.url)}">' if page and getattr(page, VISIBLE) else "<a>"
            for page in pages
        ]


class PublicDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        documents = cls.get_many(attrs_list)
        ids = [document.pk for document in documents if document]
        public = set(
            outside_private_collections(
                get_document_model().objects.filter(pk__in=ids)
            ).values_list("pk", flat=True)
        )
        return [
            f'<a href="{escape(document.url)}">' if document and document.pk in public else "<a>"
            for document in documents
        ]


def _strings(value) -> Iterator[str]:
    """Every string inside stored field data (stream blocks nest dicts and lists)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def page_link_ids(pages: Iterable) -> set[str]:
    """The ids of the pages linked from the rich text (stream blocks included) of ``pages``."""
    ids = set()
    for page in pages:
        for field in page._meta.concrete_fields:
            if field.name in page.get_deferred_fields():
                continue
            value = getattr(page, field.attname)
            if isinstance(field, StreamField):
                value = list(value.raw_data)
            elif not isinstance(field, RichTextField):
                continue
            for text in _strings(value):
                for match in FIND_A_TAG.finditer(text) if "linktype" in text else ():
                    attrs = extract_attrs(match.group(1))
                    if attrs.get("linktype") == "page" and attrs.get("id"):
                        ids.add(attrs["id"])
    return ids


@contextmanager
def page_links_loaded(pages: Iterable):
    """Within this block, the page links in the rich text of ``pages`` are expanded without a
    query of their own: their targets (and whether visitors may open them) are read at once."""
    ids = sorted(page_link_ids(pages))
    targets = VisiblePageLinkHandler.get_many([{"id": pk} for pk in ids]) if ids else []
    mark_visible(targets)
    token = _loaded.set(dict(zip(ids, targets, strict=True)))
    try:
        yield
    finally:
        _loaded.reset(token)
