"""One walk over a body's raw StreamField data: its prose, and the pictures and pages it uses.

Reading time, search text and the SEO checks all read bodies through ``walk``, so they agree on
what is prose and what is a setting, an id or an address.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from django.utils.html import strip_tags

# Keys in a StreamField's raw JSON that hold settings, ids or addresses rather than prose.
NOT_PROSE = frozenset(
    {
        "id",
        "type",
        "level",
        "anchor",
        "url",
        "page",
        "pages",
        "image",
        "embed",
        "alt_override",
        "cell",
        "mergeCells",
        "table_header_choice",
        "first_row_is_table_header",
        "first_col_is_header",
    }
)
WORD = re.compile(r"\w+")
PAGE_LINK = re.compile(r'<a[^>]*\blinktype="page"[^>]*\bid="(\d+)"')


@dataclass
class BodyContents:
    """What a body holds: prose in reading order (rich text as HTML), and what it refers to."""

    texts: list[str] = field(default_factory=list)
    images: set[int] = field(default_factory=set)
    pages: set[int] = field(default_factory=set)


def _ids(value) -> list[int]:
    """Ids from a chooser's raw value: an id, or a list of ids or of list-block items."""
    if isinstance(value, list):
        return [
            pk
            for item in value
            for pk in _ids(item.get("value") if isinstance(item, dict) else item)
        ]
    return [value] if isinstance(value, int) and not isinstance(value, bool) else []


def _walk(raw, found: BodyContents) -> None:
    if isinstance(raw, str):
        found.texts.append(raw)
        found.pages.update(int(pk) for pk in PAGE_LINK.findall(raw))
    elif isinstance(raw, list | tuple):
        for item in raw:
            _walk(item, found)
    elif isinstance(raw, dict):
        for key, value in raw.items():
            if key == "image":
                found.images.update(_ids(value))
            elif key in ("page", "pages"):
                found.pages.update(_ids(value))
            elif key not in NOT_PROSE:
                _walk(value, found)


def walk(stream) -> BodyContents:
    """The contents of a StreamField value (or of its raw data, a list of blocks)."""
    found = BodyContents()
    if stream is None:
        return found
    raw = stream.raw_data if hasattr(stream, "raw_data") else stream
    _walk(list(raw), found)
    return found


WORDS_PER_MINUTE = 220


def word_count(texts) -> int:
    """Words in pieces of prose (HTML or plain text)."""
    return sum(len(WORD.findall(strip_tags(text))) for text in texts)


def minutes_for(words: int) -> int:
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def reading_minutes(stream) -> int:
    """Minutes a reader needs for a body, from the words of its prose."""
    return minutes_for(word_count(walk(stream).texts))
