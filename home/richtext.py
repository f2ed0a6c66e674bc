"""Rich text held to what the editor can write: cleaned on every save, repaired when stored broken.

Wagtail's own converter for the editor (Draftail's contentstate) is the judge: whatever it would
not write back (scripts, event handlers, ``javascript:`` links, markup outside the field's
features) is gone once a page, snippet, setting or revision is saved, whoever saved it.
"""

from __future__ import annotations

import copy
import json
import re
from functools import cache, lru_cache

from bs4 import BeautifulSoup
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError
from django.utils.html import escape
from wagtail import blocks
from wagtail.admin.rich_text import DraftailRichTextArea, get_rich_text_editor_widget
from wagtail.blocks import StreamValue
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.fields import RichTextField, StreamField

REPAIRED_MESSAGE = (
    "Some text here was stored with broken or unsafe markup, which the editor cannot keep. "
    "It shows what could be recovered: check it, then save to keep it."
)
# Elements whose content is code or furniture, not words: they go with everything inside them.
CODE_ELEMENTS = ("script", "style", "template", "noscript", "iframe", "object", "svg", "math")
CODE = re.compile(rf"<(?:{'|'.join(CODE_ELEMENTS)})\b", re.IGNORECASE)
# Keys the converter adds to paragraphs (for comments); they change nothing a reader sees.
BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def _converter(features, editor: str = "default"):
    # A new converter each time: Wagtail's keeps parsing state, so one is not shared by threads.
    return get_rich_text_editor_widget(editor, features=features).converter


def without_code(html: str) -> tuple[str, bool]:
    """``html`` without code elements (the converter would keep a script's text as words)."""
    if not CODE.search(html):
        return html, False
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(CODE_ELEMENTS):
        element.decompose()
    return soup.decode(formatter="minimal"), True


def to_contentstate(converter, html: str) -> tuple[str, bool]:
    """The editor's form of stored rich text, and whether the markup had to be repaired."""
    html, repaired = without_code(html)
    try:
        return converter.from_database_format(html), repaired
    except DatabaseError:
        raise
    except Exception:  # noqa: BLE001 - Wagtail's converter asserts on markup it cannot follow
        pass
    try:
        return converter.from_database_format(repair(html)), True
    except DatabaseError:
        raise
    except Exception:  # noqa: BLE001 - beyond repair: keep the words, one paragraph
        words = BeautifulSoup(html, "html.parser").get_text(" ", strip=True)
        return converter.from_database_format(f"<p>{escape(words)}</p>"), True


def repair(html: str) -> str:
    """Balanced markup: every element closed, in the order it was opened."""
    return BeautifulSoup(html, "html.parser").decode(formatter="minimal")


@lru_cache(maxsize=512)
def _clean(html: str, features: tuple[str, ...] | None, editor: str) -> str:
    # The converter's output depends on the markup alone (a link keeps its page's id whether or
    # not the page exists), so the same text is cleaned once however often it is saved.
    converter = _converter(list(features) if features is not None else None, editor)
    cleaned = converter.to_database_format(to_contentstate(converter, html)[0])
    # Text the editor would write the same (block keys aside) stays as written, byte for byte.
    return html if html in (cleaned, BLOCK_KEY.sub("", cleaned)) else cleaned


def clean_html(html, features=None, editor: str = "default"):
    """``html`` as the editor would store it: anything its features cannot write is gone."""
    if not isinstance(html, str) or not html.strip():
        return html
    return _clean(html, tuple(features) if features is not None else None, editor)


def is_broken(html, features=None, editor: str = "default") -> bool:
    """Whether the editor can open ``html`` only after repairing it or taking code out."""
    if not isinstance(html, str) or not html.strip():
        return False
    return _is_broken(html, tuple(features) if features is not None else None, editor)


@lru_cache(maxsize=512)
def _is_broken(html: str, features: tuple[str, ...] | None, editor: str) -> bool:
    converter = _converter(list(features) if features is not None else None, editor)
    return to_contentstate(converter, html)[1]


# Rich text inside StreamFields -------------------------------------------------------------


def _rich_text_blocks(block, raw):
    """(block, container, key) of every rich text value in a block's raw data."""
    if isinstance(block, blocks.BaseStreamBlock) and isinstance(raw, list):
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                yield from _rich_text_in(child, item, "value")
    elif isinstance(block, blocks.BaseStructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            yield from _rich_text_in(child, raw, name)
    elif isinstance(block, TypedTableBlock) and isinstance(raw, dict):
        # A table's cells: each row's values, in the order of the columns' block types.
        kinds = [
            column.get("type") for column in raw.get("columns", []) if isinstance(column, dict)
        ]
        for row in raw.get("rows", []):
            values = row.get("values") if isinstance(row, dict) else None
            for index, kind in enumerate(kinds):
                child = block.child_blocks.get(kind)
                if child is not None and isinstance(values, list) and index < len(values):
                    yield from _rich_text_in(child, values, index)
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for index, item in enumerate(raw):
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                yield from _rich_text_in(block.child_block, item, "value")  # items with ids
            else:
                yield from _rich_text_in(block.child_block, raw, index)


def _rich_text_in(block, container, key):
    if isinstance(container, dict) and key not in container:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield block, container, key
    else:
        yield from _rich_text_blocks(block, container[key])


def _editor(field_or_block) -> str:
    editor = getattr(field_or_block, "editor", "default")
    return editor if isinstance(editor, str) else "default"


def _holds_rich_text(block) -> bool:
    if isinstance(block, blocks.RichTextBlock):
        return True
    if isinstance(block, blocks.ListBlock):
        return _holds_rich_text(block.child_block)
    return any(_holds_rich_text(child) for child in getattr(block, "child_blocks", {}).values())


@cache
def rich_text_fields(model) -> tuple:
    """The model's own fields that hold rich text: rich text fields, StreamFields with rich
    text blocks."""
    return tuple(
        field
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField)
        or (isinstance(field, StreamField) and _holds_rich_text(field.stream_block))
    )


def _raw(field, value):
    """A StreamField's value as raw data (a list of blocks)."""
    return field.stream_block.get_prep_value(value) if isinstance(value, StreamValue) else value


def clean_value(field, value):
    """A field's value (or raw StreamField data) with its rich text cleaned; None if unchanged."""
    if isinstance(field, RichTextField):
        cleaned = clean_html(value, field.features, _editor(field))
        return None if cleaned == value else cleaned
    raw = _raw(field, value)
    if not isinstance(raw, list):
        return None
    raw = copy.deepcopy(raw)
    changed = False
    for block, container, key in _rich_text_blocks(field.stream_block, raw):
        cleaned = clean_html(container[key], block.features, _editor(block))
        if cleaned != container[key]:
            container[key], changed = cleaned, True
    return raw if changed else None


def clean_instance(instance, only=None) -> None:
    """Clean the rich text of a page, snippet or setting in place, before it is saved.

    ``only``: the names of the fields being saved, when not all of them are.
    """
    for field in rich_text_fields(type(instance)):
        if only is not None and field.name not in only and field.attname not in only:
            continue
        cleaned = clean_value(field, field.value_from_object(instance))
        if cleaned is not None:
            setattr(instance, field.attname, cleaned)


def clean_revision(revision) -> None:
    """Clean the rich text of a revision's content (a draft saved outside the editor)."""
    model = revision.content_type.model_class() if revision.content_type_id else None
    content = revision.content
    if model is None or not isinstance(content, dict):
        return
    for field in rich_text_fields(model):
        value = content.get(field.name)
        as_json = isinstance(field, StreamField) and isinstance(value, str)
        try:
            cleaned = clean_value(field, json.loads(value) if as_json else value)
        except ValueError:
            continue  # not a stream Wagtail could read back either
        if cleaned is not None:
            # A revision holds a stream as JSON text, as the page serialised it.
            content[field.name] = json.dumps(cleaned, cls=DjangoJSONEncoder) if as_json else cleaned


def has_broken_rich_text(instance) -> bool:
    """Whether the editor opens some of this object's rich text only after repairing it."""
    for field in rich_text_fields(type(instance)):
        value = field.value_from_object(instance)
        if isinstance(field, RichTextField):
            if is_broken(value, field.features, _editor(field)):
                return True
            continue
        for block, container, key in _rich_text_blocks(field.stream_block, _raw(field, value)):
            if is_broken(container[key], block.features, _editor(block)):
                return True
    return False


class RepairingDraftailRichTextArea(DraftailRichTextArea):
    """The Draftail editor, which opens rich text stored with broken markup as far as it can."""

    def format_value(self, value):
        return to_contentstate(self.converter, "" if value is None else str(value))[0]
