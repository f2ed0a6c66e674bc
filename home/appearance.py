"""How a page appears in search results: its title with the site's name, a description that fits.

The <title>, og:title, twitter:title, the JSON-LD page name and the API's SEO title all come
from ``with_site_name``; the Promote tab's preview (seo/static/seo/js/search-preview.js)
follows the same rule to show editors what search engines will get.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from home.validators import DESCRIPTION_MAX, DESCRIPTION_MIN, SEO_TITLE_TARGET

SEPARATOR = " · "
# Separators editors type between a title and the site's name ("About | Stillpoint").
TYPED_SEPARATORS = "·|–—:-"
ELLIPSIS = "…"


def without_site_name(title: str, site_name: str) -> str:
    """The title without the site's name at its start or end, however it was joined."""
    title = title.strip()
    if not site_name:
        return title
    name = re.escape(site_name.strip())
    separators = re.escape(TYPED_SEPARATORS)
    title = re.sub(rf"^{name}\s*[{separators}]\s*", "", title, flags=re.IGNORECASE)
    title = re.sub(rf"\s*[{separators}]\s*{name}$", "", title, flags=re.IGNORECASE)
    return title.strip()


def with_site_name(title: str, site_name: str) -> str:
    """``Title · Site name``, or the title alone where the site's name would push it past what
    search results show (they would cut the title's own words to keep it)."""
    own = without_site_name(title, site_name)
    if not site_name:
        return own
    if not own or own.casefold() == site_name.casefold():
        return site_name
    full = f"{own}{SEPARATOR}{site_name}"
    return full if len(full) <= SEO_TITLE_TARGET else own


def shorten(text: str, maximum: int = DESCRIPTION_MAX) -> str:
    """The text cut at the last whole word that fits, with an ellipsis, as search results cut."""
    if len(text) <= maximum:
        return text
    cut = text[: maximum - len(ELLIPSIS) + 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut[: maximum - len(ELLIPSIS)]
    return cut.rstrip(" ,;:–—-.") + ELLIPSIS


def fit_description(
    sentences: Iterable[str],
    fallback: str = "",
    minimum: int = DESCRIPTION_MIN,
    maximum: int = DESCRIPTION_MAX,
) -> str:
    """A generated description within what search results show whole and find useful: whole
    sentences while they fit; if those are too short, the next one cut at a word, and the
    ``fallback`` sentence when there is no next one."""
    text = _fit(sentences, minimum, maximum)
    if len(text) < minimum and fallback:
        text = _fit([text, fallback], minimum, maximum)
    return text


def _fit(sentences: Iterable[str], minimum: int, maximum: int) -> str:
    text = ""
    for sentence in sentences:
        sentence = " ".join(sentence.split())
        if not sentence:
            continue
        joined = f"{text} {sentence}".strip()
        if len(joined) <= maximum:
            text = joined
            continue
        if len(text) < minimum:
            text = shorten(joined, maximum)
        break
    return text
