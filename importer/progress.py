"""A one-line progress bar for long imports, e.g. ``[#####.....] 12/40``."""

from __future__ import annotations

from collections.abc import Callable

# Short imports finish before a bar could tell anyone anything, unless someone is watching.
QUIET_UP_TO = 10


class ProgressBar:
    def __init__(self, write: Callable[[str], object], total: int, watched: bool, width: int = 30):
        self.write = write
        self.total = total
        self.width = width
        self.shown = total > 0 and (total > QUIET_UP_TO or watched)

    def show(self, done: int) -> None:
        if not self.shown:
            return
        filled = self.width * done // self.total
        bar = f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total}"
        self.write(bar + ("\n" if done >= self.total else ""))
