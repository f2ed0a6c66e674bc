"""Renditions as pages show them (an address and a size), kept by each process between requests.

A rendition's file does not change under its key: a new focal point makes another key, a new
file for the picture another file name, and both are part of the name a rendition is kept
under here. What can happen is that renditions are deleted (a picture's renditions purged):
this process then forgets every rendition it kept (media.signals), and another process stops
trusting what it kept after KEPT_SECONDS, as it would a page it had kept.

Pages that show a rendition found here ask the shared cache for nothing, and unpickle no model:
a page with a hero, an author's photo and three cards looks up about a hundred renditions.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings

KEPT_SECONDS = 300.0
KEPT_MAX = 5000


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
    """A least-recently-used map of names to Shown, each trusted for KEPT_SECONDS."""

    def __init__(self):
        self._entries: OrderedDict[str, tuple[float, Shown]] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, names: dict) -> dict:
        """What is kept under each of ``names`` (the names by any key), by key."""
        now = time.monotonic()
        found = {}
        with self._lock:
            for key, name in names.items():
                entry = self._entries.get(name)
                if entry is None:
                    continue
                if entry[0] < now:
                    del self._entries[name]
                    continue
                self._entries.move_to_end(name)
                found[key] = entry[1]
        return found

    def keep(self, shown: dict[str, Shown]) -> None:
        until = time.monotonic() + KEPT_SECONDS
        with self._lock:
            for name, value in shown.items():
                self._entries[name] = (until, value)
                self._entries.move_to_end(name)
            while len(self._entries) > KEPT_MAX:
                self._entries.popitem(last=False)

    def forget(self, **_kwargs) -> None:
        with self._lock:
            self._entries.clear()


kept = _Kept()


def shown(rendition) -> Shown:
    return Shown(rendition.url, rendition.width, rendition.height)
