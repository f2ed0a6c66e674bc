"""Finding what imported content refers to: pictures in our library, pages on our site."""

from __future__ import annotations

import re
from html import unescape
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from django.utils.text import slugify
from wagtail.models import Page

from importer.reading.wxr import SIZE_SUFFIX
from importer.spill import Rows, Shelf
from media.models import SiteImage


def phrase_in(phrase: str, text: str) -> bool:
    return bool(phrase) and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None


class Library:
    """The site's pictures, found by alt text, title, file name or the keywords they are tagged with."""

    def __init__(self):
        self.by_text: dict[str, SiteImage] = {}
        self.tagged: list[tuple[SiteImage, set[str]]] = []
        for image in SiteImage.objects.prefetch_related("tags").order_by("pk"):
            for text in (image.description, image.title, slugify(image.title)):
                self.by_text.setdefault(text.strip().lower(), image)
            tags = {tag.name.lower() for tag in image.tags.all()}
            if tags:
                self.tagged.append((image, tags))

    def find(self, reference: dict) -> SiteImage | None:
        alt, title = reference.get("alt", "").lower(), reference.get("title", "").lower()
        stem = SIZE_SUFFIX.sub("", PurePosixPath(urlsplit(reference.get("src", "")).path).name)
        for text in (alt, title, slugify(PurePosixPath(stem).stem)):
            if text and text in self.by_text:
                return self.by_text[text]
        return self.by_keywords(alt)

    def by_keywords(self, text: str) -> SiteImage | None:
        # Old alt texts were often keyword lists ("hand, somato emotional release"): the picture
        # is the one tagged with all of those words, or whose tags all appear in the line.
        keywords = {part.strip() for part in text.split(",") if part.strip()}
        best, best_score = None, 0
        for image, tags in self.tagged:
            # One shared word ("hand") is too weak a sign: it takes two keywords or two tags.
            named = len(keywords) > 1 and keywords <= tags
            if named or (len(tags) > 1 and all(phrase_in(tag, text) for tag in tags)):
                score = len(tags & keywords) + sum(phrase_in(tag, text) for tag in tags)
                if score > best_score:
                    best, best_score = image, score
        return best


class Pages:
    """Pages links and "Read More" cards may point at: the site's own and this run's."""

    def __init__(self, site_root: Page, hosts: set[str]):
        self.root = site_root
        self.hosts = {host.lower().removeprefix("www.") for host in hosts}
        # Kept on disk: an import adds four addresses and a name or two for each of its pages.
        self.aliases = Shelf()  # old address ("/about/", "?p=12") → page id
        self.names = Rows()  # (lowercase title or slug's words, page id)
        pages = Page.objects.descendant_of(site_root).values_list("pk", "title", "slug")
        for pk, title, slug in pages.iterator():
            self.remember_names(pk, title, slug)

    def remember_names(self, pk: int, title: str, slug: str) -> None:
        for name in {title.lower(), slug.replace("-", " ")}:
            if len(name) > 3:
                self.names.append((name, pk))

    def add(self, page: Page, aliases: list[str]) -> None:
        self.remember_names(page.pk, page.title, page.slug)
        for alias in aliases:
            if key := self.address(alias):
                self.aliases.setdefault(key, page.pk)

    def address(self, href: str) -> str:
        """The part of an old-site address that names a page ("/about/", "?p=12"); "" if external."""
        if href.strip().startswith("#"):
            return ""  # an anchor on the same page ("#" included) stays as it is
        parts = urlsplit(href.strip())
        host = (parts.hostname or "").removeprefix("www.")
        if parts.scheme not in ("", "http", "https") or (host and host not in self.hosts):
            return ""
        if re.fullmatch(r"(p|page_id)=\d+", parts.query):
            return f"?{parts.query}"
        path = unquote(parts.path).strip("/").lower()
        return f"/{path}/" if path else ("" if parts.fragment else "/")

    def link(self, href: str) -> int | None:
        key = self.address(href)
        if not key:
            return None
        if key in self.aliases:
            return self.aliases[key]
        if key.startswith("?"):
            return None
        url_path = self.root.url_path + key.lstrip("/")
        return Page.objects.filter(url_path=url_path).values_list("pk", flat=True).first()

    def named(self, texts: list[str]) -> int | None:
        """The page whose title (or slug) the texts mention, most specific name first."""
        for text in texts:
            lowered = text.lower()
            matches = [(len(name), pk) for name, pk in self.names if phrase_in(name, lowered)]
            if matches:
                return max(matches)[1]
        return None

    def rewrite_links(self, html: str, notes: list[str]) -> str:
        """Rich text with links to known pages as page links, so they follow moves and renames."""

        def replace(match: re.Match) -> str:
            href = unescape(match.group(1))
            if (pk := self.link(href)) is not None:
                return f'<a linktype="page" id="{pk}">'
            if self.address(href) not in ("", "/"):
                notes.append(f"link to the old site's {href} matches no page here; kept as is")
            return match.group(0)

        return re.sub(r'<a href="([^"]*)">', replace, html)
