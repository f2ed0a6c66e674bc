"""Renditions as pages show them (an address and a size), kept by each process between requests.

A rendition's file does not change under its key: a new focal point makes another key, a new
file for the picture another file name, and both are part of the name a rendition is kept
under here. What can happen is that renditions are deleted (a picture's renditions purged, by
any process): every deletion moves the renditions version in the shared cache on, each request
reads it once, and what a process kept under another version is not trusted. Kept renditions
are also forgotten after KEPT_SECONDS, and all at once by the process that deleted one.

Pages that show a rendition found here ask the shared cache for nothing more than that version,
and unpickle no model: a page with a hero, an author's photo and three cards looks up about a
hundred renditions.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import transaction

KEPT_SECONDS = 300.0
KEPT_MAX = 5000
VERSION_KEY = "stillpoint:renditions-version"


@dataclass(frozen=True)
class Shown:
    """A rendition as a page shows it."""

    url: str
    width: int
    height: int

    @property
    def full_url(self) -> str:
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
        return f"{base}{self.url}" if self.url.startswith("/") else self.url


class _Kept:
    """A least-recently-used map of names to Shown, each trusted for KEPT_SECONDS under the
    renditions version it was kept under."""

    def __init__(self):
        self._entries: OrderedDict[str, tuple[float, str, Shown]] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, names: dict, version: str) -> dict:
        """What is kept under each of ``names`` (the names by any key) and ``version``, by key."""
        now = time.monotonic()
        found = {}
        with self._lock:
            for key, name in names.items():
                entry = self._entries.get(name)
                if entry is None:
                    continue
                if entry[0] < now or entry[1] != version:
                    del self._entries[name]
                    continue
                self._entries.move_to_end(name)
                found[key] = entry[2]
        return found

    def keep(self, shown: dict[str, Shown], version: str) -> None:
        until = time.monotonic() + KEPT_SECONDS
        with self._lock:
            for name, value in shown.items():
                self._entries[name] = (until, version, value)
                self._entries.move_to_end(name)
            while len(self._entries) > KEPT_MAX:
                self._entries.popitem(last=False)

    def forget(self) -> None:
        with self._lock:
            self._entries.clear()


kept = _Kept()


def shown(rendition) -> Shown:
    return Shown(rendition.url, rendition.width, rendition.height)


def current_version() -> str | None:
    """The renditions version (made when missing); None when the shared cache does not answer,
    and then nothing is kept nor trusted."""
    versions = caches["shared"]
    found = versions.get(VERSION_KEY)
    if found is None:
        versions.add(VERSION_KEY, uuid.uuid4().hex[:12], None)
        found = versions.get(VERSION_KEY)
    return found


def _move_version() -> None:
    caches["shared"].set(VERSION_KEY, uuid.uuid4().hex[:12], None)


def rendition_deleted(**_kwargs) -> None:
    """A rendition was deleted: no process trusts what it kept, now and once the deletion is
    committed (until then another process may still find the row and keep it again)."""
    kept.forget()
    _move_version()
    transaction.on_commit(_move_version)
