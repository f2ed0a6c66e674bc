"""What every source reader hands the builder: items to import, their blocks and notes."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import unescape
from typing import Any

from importer.spill import Rows


class SourceError(Exception):
    """The source is not what it claims to be; nothing may be imported from it."""


def clean_title(raw: str) -> str:
    """A title as readers should see it: tags stripped, entities decoded once, spaces collapsed."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]*>", "", raw or ""))).strip()


@dataclass
class Block:
    """One body block, before pictures and links are looked up in the database.

    ``kind`` is heading, paragraph, quote, sayings, table, image, gallery, video, embed, code,
    divider or card; images carry what the old site knew of the picture (alt, title, src,
    caption, attachment id), galleries a list of those, cards the lines that name their page.
    """

    kind: str
    value: Any


@dataclass
class ImportItem:
    """One old post or page. Its blocks may be read later than the rest (see ``Source.bodies``)."""

    key: str
    kind: str  # "post" or "page"
    title: str
    slug: str
    blocks: list[Block] = field(default_factory=list)
    intro: str = ""
    date: datetime.date | None = None
    author: str = ""
    tags: list[str] = field(default_factory=list)
    # The featured picture: a reference like an image block's value.
    hero: dict | None = None
    # The key of the item this one sits under on the old site (WordPress page hierarchy).
    parent_key: str = ""
    # Addresses the old site knew this item by, so links between imported pages still work.
    aliases: list[str] = field(default_factory=list)
    # Paths that should lead here from now on (permanent redirects): /2013/01/a-post/, /?p=12.
    old_paths: list[str] = field(default_factory=list)
    # The old site's password for a protected post; the page keeps it as a view restriction.
    password: str = ""
    # Another key the item was stored under by an earlier version of the importer.
    legacy_key: str = ""
    # The id of the old post, for galleries that show "the pictures attached to this post".
    post_id: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass
class Source:
    """Everything read from SOURCE.

    ``items`` are known before any page is made (titles, addresses, where they sit); their bodies
    come from ``bodies``, one item at a time, so a large export is never held whole in memory.
    """

    label: str
    # A list, or for a large source ``Rows`` (kept on disk): iterate it, never index it.
    items: list[ImportItem] | Rows
    # Host names of the old site: links to them are links between imported pages.
    hosts: set[str] = field(default_factory=set)
    # (title, reason) of entries deliberately left out, e.g. posts in the trash.
    left_out: Rows = field(default_factory=Rows)
    # What the file holds, by kind ("post", "attachment", "comment", "status: draft"…).
    census: Counter[str] = field(default_factory=Counter)
    # (title, what became of it) for things the report must account for: sticky, statuses…
    fates: Rows = field(default_factory=Rows)
    # Pictures the old site had (attachments), if the source lists them.
    attachments: Any = None
    reader: Callable[[], Iterator[ImportItem]] | None = None

    def keep(self, wanted: Callable[[ImportItem], bool]) -> None:
        """Leaves out the items ``wanted`` refuses."""
        self.items = Rows(item for item in self.items if wanted(item))

    def bodies(self) -> Iterator[ImportItem]:
        """Every item again, with its blocks read, in the source's order."""
        return self.reader() if self.reader is not None else iter(self.items)
