"""Reads saved HTML pages (one file or a folder of them) into items to import."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.utils.text import slugify

from importer.items import ImportItem
from importer.reading.markup import plain, to_blocks

# Site furniture around the content: left out without a note (scripts are still reported).
CHROME = ["nav", "aside"]
TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+")


def meta(soup: BeautifulSoup, name: str) -> str:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    return (tag.get("content") or "").strip() if tag else ""


def content_of(soup: BeautifulSoup):
    for candidate in (
        soup.find("main"),
        soup.find("article"),
        soup.find(class_=re.compile(r"\b(entry-content|post-content|sqs-layout)\b")),
    ):
        if candidate is not None:
            return candidate
    body = soup.body or soup
    for tag in body.find_all(["header", "footer"], recursive=False):
        tag.decompose()
    return body


def published(soup: BeautifulSoup) -> datetime.date | None:
    time = soup.find("time", attrs={"datetime": True})
    for raw in (meta(soup, "article:published_time"), time.get("datetime") if time else ""):
        try:
            return datetime.date.fromisoformat(raw[:10])
        except ValueError:
            continue
    return None


def read_page(markup: str, key: str, relative: Path) -> tuple[ImportItem, str]:
    """The page in ``markup`` and the host name the old site gave it, if any."""
    soup = BeautifulSoup(markup, "html.parser")
    main = content_of(soup)
    heading = main.find("h1")
    head_title = TITLE_SEPARATORS.split(plain(soup.title))[0] if soup.title else ""
    title = plain(heading) or head_title or relative.stem.replace("-", " ").capitalize()
    if heading is not None:
        heading.decompose()  # the page shows its title itself
    for tag in main.find_all(CHROME):
        tag.decompose()
    blocks, notes = to_blocks(main.decode_contents())
    canonical = soup.find("link", rel="canonical")
    address = (canonical.get("href") if canonical else "") or meta(soup, "og:url")
    stem = relative.parent.name if relative.stem == "index" and relative.parent.name else ""
    slug = slugify(stem or relative.stem, allow_unicode=True) or slugify(title)
    is_post = meta(soup, "og:type") == "article"
    item = ImportItem(
        key=key,
        kind="post" if is_post else "page",
        title=title[:255] or "(untitled)",
        slug=slug,
        blocks=blocks,
        intro=meta(soup, "description") or meta(soup, "og:description"),
        date=published(soup),
        author=meta(soup, "author") if is_post else "",
        tags=[tag["content"] for tag in soup.find_all("meta", property="article:tag")][:20],
        aliases=[address, f"/{relative.as_posix()}", f"/{relative.with_suffix('').as_posix()}/"],
        old_paths=[path for path in (urlsplit(address).path, f"/{relative.as_posix()}") if path],
        notes=notes,
    )
    return item, urlsplit(address).hostname or ""
