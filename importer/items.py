"""What every source reader hands the builder: items to import, their blocks and notes."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any


class SourceError(Exception):
    """The source is not what it claims to be; nothing may be imported from it."""


@dataclass
class Block:
    """One body block, before pictures and links are looked up in the database.

    ``kind`` is heading, paragraph, quote, sayings, table, image or card; images carry what the
    old site knew of the picture (alt, title, src), cards the lines that name their page.
    """

    kind: str
    value: Any


@dataclass
class ImportItem:
    """One old post or page, read but not yet saved."""

    key: str
    kind: str  # "post" or "page"
    title: str
    slug: str
    blocks: list[Block] = field(default_factory=list)
    intro: str = ""
    date: datetime.date | None = None
    author: str = ""
    tags: list[str] = field(default_factory=list)
    hero: dict | None = None
    # The key of the item this one sits under on the old site (WordPress page hierarchy).
    parent_key: str = ""
    # Addresses the old site knew this item by, so links between imported pages still work.
    aliases: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Source:
    """Everything read from SOURCE."""

    label: str
    items: list[ImportItem]
    # Host names of the old site: links to them are links between imported pages.
    hosts: set[str] = field(default_factory=set)
    # (title, reason) of entries deliberately left out, e.g. posts in the trash.
    left_out: list[tuple[str, str]] = field(default_factory=list)
