"""A page's readable text, and a short excerpt of it with the searched words marked."""

from __future__ import annotations

import html
import re

from django.utils.html import escape, format_html, format_html_join, strip_tags
from django.utils.safestring import SafeString

from home.walker import walk

EXCERPT_LENGTH = 200
# Fields that hold what a reader sees near the top of a page, in the order they read. The
# search description comes after the body: it often repeats the intro in other words.
TEXT_FIELDS = ("summary", "hero_heading", "hero_lead", "intro")
# Words too common to centre an excerpt on or to mark.
COMMON_WORDS = frozenset(
    "a an and are as at be by can do does for from how i in is it me my of on or the to what "  # noqa: SIM905
    "when where which who why will with you your".split()
)
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|div|td|th|tr)>|<br\s*/?>", re.I)
WORD = re.compile(r"\w+")


def plain(value: str) -> str:
    """Text without tags or entities, on one line."""
    text = html.unescape(strip_tags(BLOCK_END.sub(" ", value)))
    return " ".join(text.split())


def page_text(page) -> str:
    """What a reader can read on a page: its opening fields, its body, its search description."""
    found: list[str] = [getattr(page, name, "") for name in TEXT_FIELDS]
    body = getattr(page, "body", None)
    if body is not None and hasattr(body, "raw_data"):
        found.extend(walk(body).texts)
    found.append(getattr(page, "search_description", ""))
    parts = [text for text in (plain(value) for value in found if isinstance(value, str)) if text]
    return " ".join(dict.fromkeys(parts))


def search_terms(query: str) -> list[str]:
    """The words of a query, lower-cased and without repeats."""
    return list(dict.fromkeys(word.lower() for word in WORD.findall(query)))


def _term_pattern(terms: list[str]) -> re.Pattern | None:
    wanted = [term for term in terms if term not in COMMON_WORDS and len(term) > 1]
    if not wanted:
        return None
    # Longest first, so "breathing" wins over "breath"; a word's endings are marked with it.
    alternatives = "|".join(re.escape(term) for term in sorted(wanted, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.I)


def excerpt(text: str, terms: list[str], length: int = EXCERPT_LENGTH) -> SafeString | None:
    """About ``length`` characters of ``text`` around the first searched word, words marked.

    None when no searched word appears literally (the search itself may have matched a stem).
    """
    pattern = _term_pattern(terms)
    first = pattern.search(text) if pattern else None
    if first is None:
        return None
    start = max(0, first.start() - (length - len(first.group())) // 2)
    end = min(len(text), start + length)
    start = max(0, end - length)
    # Cut at spaces, not inside words.
    if start > 0:
        space = text.find(" ", start, first.start())
        start = space + 1 if space != -1 else first.start()
    if end < len(text):
        space = text.rfind(" ", first.end(), end)
        end = space if space != -1 else end
    fragment = text[start:end]

    pieces, position = [], 0
    for match in pattern.finditer(fragment):
        pieces.append((fragment[position : match.start()], match.group()))
        position = match.end()
    marked = format_html_join("", "{}<mark>{}</mark>", pieces) + escape(fragment[position:])
    return format_html("{}{}{}", "…" if start > 0 else "", marked, "…" if end < len(text) else "")
