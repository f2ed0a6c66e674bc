"""Reads a WordPress eXtended RSS export (from WordPress or Squarespace) into items to import."""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlsplit

from django.utils.text import slugify

from importer.items import ImportItem, Source, SourceError
from importer.reading.markup import intro_from, text_of, to_blocks

PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
}
# WordPress has written export/1.0/, 1.1/ and 1.2/; Squarespace writes 1.2/.
WORDPRESS = re.compile(r"^https?://wordpress\.org/export/[\d.]+/(excerpt/)?$")
LEFT_OUT_STATUSES = {"trash", "auto-draft", "inherit"}
# WordPress's default category says nothing about a post.
NOT_TAGS = {"uncategorized", "uncategorised"}
SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")


def short_name(tag: str) -> str:
    """``{namespace}name`` as ``prefix:name``, whichever WXR version wrote it."""
    if not tag.startswith("{"):
        return tag
    namespace, name = tag[1:].split("}", 1)
    if match := WORDPRESS.match(namespace):
        return f"{'excerpt' if match.group(1) else 'wp'}:{name}"
    return f"{PREFIXES.get(namespace, namespace)}:{name}"


def children(element, name: str) -> list:
    return [child for child in element if child.tag == name]


def text(element, name: str) -> str:
    found = children(element, name)
    return (found[0].text or "").strip() if found else ""


def postmeta(item) -> dict[str, str]:
    return {
        text(meta, "wp:meta_key"): text(meta, "wp:meta_value")
        for meta in children(item, "wp:postmeta")
    }


def picture_path(url: str) -> str:
    """An upload's address reduced to what its resized copies share (host and size dropped)."""
    return SIZE_SUFFIX.sub("", unquote(urlsplit(url).path)).lower()


def parse(data: bytes, name: str):
    # Expat never fetches external entities; internal ones could still be used to blow up memory
    # and a real export never declares any.
    if re.search(rb"<!ENTITY", data[:65536]):
        raise SourceError(f"{name} declares XML entities; a WordPress export never does.")
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        line, column = error.position
        raise SourceError(
            f"{name} is not well-formed XML (line {line}, column {column}): it may be cut short "
            "or not an export at all. Export it again from WordPress or Squarespace."
        ) from error
    for element in root.iter():
        element.tag = short_name(element.tag)
    channel = children(root, "channel")
    if (
        root.tag != "rss"
        or not channel
        or not any(element.tag.startswith("wp:") for element in channel[0].iter())
    ):
        raise SourceError(f"{name} is XML but not a WordPress export (WXR): no wp: elements.")
    return channel[0]


class WxrReader:
    def __init__(self, channel):
        self.channel = channel
        self.authors = {
            text(author, "wp:author_login"): text(author, "wp:author_display_name")
            for author in children(channel, "wp:author")
        }
        self.pictures_by_path: dict[str, dict] = {}
        self.pictures_by_id: dict[str, dict] = {}
        for item in children(channel, "item"):
            if text(item, "wp:post_type") == "attachment":
                url = text(item, "wp:attachment_url") or text(item, "guid")
                picture = {
                    "alt": postmeta(item).get("_wp_attachment_image_alt", ""),
                    "title": text(item, "title"),
                    "src": url,
                    "caption": text_of(text(item, "excerpt:encoded")),
                }
                self.pictures_by_path[picture_path(url)] = picture
                self.pictures_by_id[text(item, "wp:post_id")] = picture

    def describe(self, src: str) -> dict:
        return self.pictures_by_path.get(picture_path(src), {})

    def read(self, name: str) -> Source:
        hosts = {
            urlsplit(text(self.channel, tag)).hostname
            for tag in ("link", "wp:base_site_url", "wp:base_blog_url")
        }
        source = Source(f"WordPress export (WXR) {name}", [], {host for host in hosts if host})
        other_types: Counter[str] = Counter()
        keys_by_id: dict[str, str] = {}
        parents: dict[str, str] = {}
        for element in children(self.channel, "item"):
            kind = text(element, "wp:post_type")
            if kind == "attachment":
                continue
            if kind not in ("post", "page"):
                other_types[kind or "untyped"] += 1
                continue
            title = text(element, "title") or "(untitled)"
            status = text(element, "wp:status")
            if status in LEFT_OUT_STATUSES:
                source.left_out.append((title, f"its status on the old site is “{status}”"))
                continue
            item = self.item(element, kind, title)
            post_id = text(element, "wp:post_id")
            keys_by_id[post_id] = item.key
            parents[item.key] = text(element, "wp:post_parent")
            source.items.append(item)
        for item in source.items:
            item.parent_key = keys_by_id.get(parents[item.key], "")
        for kind, count in sorted(other_types.items()):
            source.left_out.append((f"{count} × {kind}", "not a post or a page"))
        return source

    def item(self, element, kind: str, title: str) -> ImportItem:
        post_id = text(element, "wp:post_id")
        slug = unquote(text(element, "wp:post_name")) or slugify(title, allow_unicode=True)
        blocks, notes = to_blocks(text(element, "content:encoded"), self.describe)
        excerpt = text_of(text(element, "excerpt:encoded"))
        creator = text(element, "dc:creator")
        meta = postmeta(element)
        hero = None
        if thumbnail := meta.get("_thumbnail_id"):
            hero = self.pictures_by_id.get(thumbnail)
            if hero is None:
                notes.append(f"featured picture (attachment {thumbnail}) is not in the export")
        link = text(element, "link")
        return ImportItem(
            key=f"wxr:{text(element, 'guid') or post_id or slug}",
            kind=kind,
            title=title,
            slug=slug,
            blocks=blocks,
            intro=excerpt or (intro_from(blocks, 300) if kind == "post" else ""),
            date=self.date(element),
            author=self.authors.get(creator) or creator,
            tags=self.tags(element),
            hero=hero,
            aliases=[link, f"?p={post_id}", f"?page_id={post_id}", f"/{slug}/"],
            notes=notes,
        )

    def date(self, element) -> datetime.date | None:
        raw = text(element, "wp:post_date")
        try:
            return datetime.date.fromisoformat(raw[:10])
        except ValueError:
            pass  # drafts carry 0000-00-00; the RSS date may still be there
        try:
            return parsedate_to_datetime(text(element, "pubDate")).date()
        except (TypeError, ValueError):
            return None

    def tags(self, element) -> list[str]:
        names: dict[str, str] = {}
        for category in children(element, "category"):
            name = (category.text or "").strip()[:100]
            domain = category.get("domain", "category")
            if domain in ("category", "post_tag") and name and name.lower() not in NOT_TAGS:
                names.setdefault(name.lower(), name)
        return list(names.values())


def read(data: bytes, name: str) -> Source:
    return WxrReader(parse(data, name)).read(name)
