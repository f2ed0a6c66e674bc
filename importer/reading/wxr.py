"""Reads a WordPress eXtended RSS export (from WordPress or Squarespace), streaming it twice.

The first pass notes a few lines per item (titles, addresses, attachments) in temporary SQLite
files; the second reads each post's body when the builder comes to it. Elements are cleared as
soon as they are read, so memory holds one post at a time however large the export is.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.utils.text import slugify

from importer.items import ImportItem, Source, SourceError, clean_title
from importer.reading.markup import text_of, to_blocks
from importer.spill import Rows, Shelf

PREFIXES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
}
# WordPress has written export/1.0/, 1.1/ and 1.2/; Squarespace writes 1.2/.
WORDPRESS = re.compile(r"^https?://wordpress\.org/export/[\d.]+/(excerpt/)?$")
LEFT_OUT_STATUSES = {"trash", "auto-draft", "inherit"}
# Statuses that were not public on the old site: imported as drafts all the same, and reported.
NOT_PUBLIC_STATUSES = {"draft", "pending", "future", "private"}
# WordPress's default category says nothing about a post.
NOT_TAGS = {"uncategorized", "uncategorised"}
SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")
CREDIT = re.compile(r's:6:"credit";s:\d+:"([^"]*)"')


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
    """An upload's address reduced to what its resized copies share (host, size, query dropped)."""
    return SIZE_SUFFIX.sub("", unquote(urlsplit(url).path)).lower()


def check_entities(path: Path) -> None:
    # Expat never fetches external entities; internal ones could still be used to blow up memory
    # and a real export never declares any.
    with path.open("rb") as file:
        if re.search(rb"<!ENTITY", file.read(65536)):
            raise SourceError(f"{path.name} declares XML entities; a WordPress export never does.")


def elements(path: Path) -> Iterator[tuple[str, object]]:
    """("channel", element) for each channel-level element, ("item", element) for each item.

    Each element is cleared once the caller has had it, and dropped from its parent.
    """
    depth, root, channel = 0, "", None
    try:
        for event, element in ElementTree.iterparse(path, events=("start", "end")):
            if event == "start":
                depth += 1
                root = root or element.tag
                if depth == 2 and element.tag == "channel" and root == "rss":
                    channel = element
                continue
            depth -= 1
            if depth == 2 and channel is not None:
                for child in element.iter():
                    child.tag = short_name(child.tag)
                yield ("item" if element.tag == "item" else "channel", element)
                element.clear()
                channel.remove(element)
    except ElementTree.ParseError as error:
        line, column = error.position
        raise SourceError(
            f"{path.name} is not well-formed XML (line {line}, column {column}): it may be cut "
            "short or not an export at all. Export it again from WordPress or Squarespace."
        ) from error
    if root != "rss" or channel is None:
        raise SourceError(f"{path.name} is XML but not a WordPress export (WXR): no RSS channel.")


class Attachments:
    """The old site's pictures: what each one is, and which posts they were attached to."""

    def __init__(self):
        self.by_id = Shelf()  # post id → what the attachment is
        self.by_path = Shelf()  # picture_path(address) → post id
        self.by_parent = Shelf()  # the post's id → its attachments' ids
        self.used = Shelf()  # ids of the attachments an imported page shows → True

    def add(self, element) -> None:
        post_id = text(element, "wp:post_id")
        url = text(element, "wp:attachment_url") or text(element, "guid")
        meta = postmeta(element)
        credit = CREDIT.search(meta.get("_wp_attachment_metadata", ""))
        self.by_id[post_id] = {
            "id": post_id,
            "alt": meta.get("_wp_attachment_image_alt", ""),
            "title": clean_title(text(element, "title")),
            "src": url,
            "caption": text_of(text(element, "excerpt:encoded"))[:255],
            "credit": credit.group(1).strip()[:255] if credit else "",
        }
        self.by_path[picture_path(url)] = post_id
        if parent := text(element, "wp:post_parent"):
            self.by_parent[parent] = [*self.by_parent.get(parent, []), post_id]

    def find(self, reference: dict) -> dict | None:
        """The attachment a picture in a body refers to (by its id or by its address)."""
        if found := self.by_id.get(reference.get("id") or ""):
            return found
        return self.by_id.get(self.by_path.get(picture_path(reference.get("src", ""))) or "")


class WxrReader:
    def __init__(self, path: Path):
        self.path = path
        self.site = ""
        self.authors: dict[str, str] = {}
        self.attachments = Attachments()

    def read(self) -> Source:
        check_entities(self.path)
        name = self.path.name
        source = Source(f"WordPress export (WXR) {name}", Rows(), attachments=self.attachments)
        source.reader = self.bodies
        seen_wp = False
        other_types: dict[str, int] = {}
        keys_by_id, parents, guids = Shelf(), Shelf(), Shelf()
        for where, element in elements(self.path):
            if where == "channel":
                seen_wp = seen_wp or element.tag.startswith("wp:")
                self.channel_element(element, source)
                continue
            seen_wp = True if any(c.tag.startswith("wp:") for c in element) else seen_wp
            kind = text(element, "wp:post_type")
            source.census["comment"] += len(children(element, "wp:comment"))
            if kind == "attachment":
                source.census["attachment"] += 1
                self.attachments.add(element)
                continue
            if kind not in ("post", "page"):
                other_types[kind or "untyped"] = other_types.get(kind or "untyped", 0) + 1
                continue
            source.census[kind] += 1
            title = clean_title(text(element, "title")) or "(untitled)"
            status = text(element, "wp:status")
            source.census[f"status: {status or 'none'}"] += 1
            if status in LEFT_OUT_STATUSES:
                source.left_out.append((title, f"its status on the old site is “{status}”"))
                continue
            item = self.item(element, kind, title, with_body=False)
            self.fates(element, item, status, source)
            keys_by_id[item.post_id] = item.key
            parents[item.key] = text(element, "wp:post_parent")
            guid = text(element, "guid")
            guids[guid] = guids.get(guid, 0) + 1
            item.legacy_key = f"wxr:{guid}" if guid else ""
            source.items.append(item)
        if not seen_wp:
            raise SourceError(f"{name} is XML but not a WordPress export (WXR): no wp: elements.")
        read, source.items = source.items, Rows()
        for item in read:
            item.parent_key = keys_by_id.get(parents[item.key], "")
            # Two posts sharing a guid cannot be told apart by it: no fallback for them.
            if guids.get(item.legacy_key.removeprefix("wxr:"), 0) > 1:
                item.legacy_key = ""
            source.items.append(item)
        for kind, count in sorted(other_types.items()):
            source.census[kind] += count
            source.left_out.append((f"{count} × {kind}", "not a post or a page"))
        return source

    def channel_element(self, element, source: Source) -> None:
        if element.tag in ("link", "wp:base_site_url", "wp:base_blog_url"):
            url = (element.text or "").strip()
            if host := urlsplit(url).hostname:
                source.hosts.add(host)
            if element.tag != "wp:base_site_url" and url and not self.site:
                parts = urlsplit(url)
                self.site = f"{(parts.hostname or '').removeprefix('www.')}{parts.path}".rstrip("/")
        elif element.tag == "wp:author":
            login = text(element, "wp:author_login")
            self.authors[login] = text(element, "wp:author_display_name")

    def fates(self, element, item: ImportItem, status: str, source: Source) -> None:
        if status in NOT_PUBLIC_STATUSES:
            source.fates.append((item.title, f"was {status} on the old site: imported as a draft"))
        if text(element, "wp:is_sticky") == "1":
            source.census["sticky"] += 1
            source.fates.append((item.title, "was sticky on the old site: not kept (no such flag)"))
        if comments := len(children(element, "wp:comment")):
            source.fates.append((item.title, f"{comments} comment(s) not imported"))
        if item.password:
            source.census["password-protected"] += 1
            source.fates.append((item.title, "password-protected: private page, same password"))

    def bodies(self) -> Iterator[ImportItem]:
        for where, element in elements(self.path):
            if where != "item" or text(element, "wp:post_type") not in ("post", "page"):
                continue
            if text(element, "wp:status") in LEFT_OUT_STATUSES:
                continue
            title = clean_title(text(element, "title")) or "(untitled)"
            yield self.item(element, text(element, "wp:post_type"), title, with_body=True)

    def item(self, element, kind: str, title: str, with_body: bool) -> ImportItem:
        post_id = text(element, "wp:post_id")
        slug = unquote(text(element, "wp:post_name")) or slugify(title, allow_unicode=True)
        blocks, notes = [], []
        if with_body:
            blocks, notes = to_blocks(text(element, "content:encoded"))
        meta = postmeta(element)
        hero = None
        if thumbnail := meta.get("_thumbnail_id"):
            hero = self.attachments.by_id.get(thumbnail)
            if hero is None and with_body:
                notes.append(f"featured picture (attachment {thumbnail}) is not in the export")
        link = text(element, "link")
        creator = text(element, "dc:creator")
        query = f"?p={post_id}" if kind == "post" else f"?page_id={post_id}"
        return ImportItem(
            key=f"wxr:{self.site}#{post_id}" if post_id else f"wxr:{self.site}/{slug}",
            kind=kind,
            title=title,
            slug=slug,
            blocks=blocks,
            intro=text_of(text(element, "excerpt:encoded")),
            date=self.date(element),
            author=self.authors.get(creator) or creator,
            tags=self.tags(element),
            hero=hero,
            aliases=[link, f"?p={post_id}", f"?page_id={post_id}", f"/{slug}/"],
            old_paths=[path for path in (urlsplit(link).path, f"/{query}") if path],
            password=text(element, "wp:post_password"),
            post_id=post_id,
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
            name = clean_title(category.text or "")[:100]
            domain = category.get("domain", "category")
            if domain in ("category", "post_tag") and name and name.lower() not in NOT_TAGS:
                names.setdefault(name.lower(), name)
        return list(names.values())


def read(path: Path) -> Source:
    return WxrReader(path).read()
