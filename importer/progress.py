"""A one-line progress bar for long imports, e.g. ``Filling pages [#####.....] 12/40``."""

from __future__ import annotations

from collections.abc import Callable

# Short imports finish before a bar could tell anyone anything, unless someone is watching.
QUIET_UP_TO = 10


class ProgressBar:
    def __init__(
        self,
        write: Callable[[str], object],
        total: int,
        watched: bool,
        width: int = 30,
        label: str = "",
    ):
        self.write = write
        self.total = total
        self.width = width
        self.label = label
        self.shown = total > 0 and (total > QUIET_UP_TO or watched)

    def show(self, done: int, total: int | None = None) -> None:
        if total is not None and total != self.total:
            # Fewer to go than first counted (items the first phase could not place).
            self.total = total
            self.shown = total > 0 and (total > QUIET_UP_TO or self.shown)
        if not self.shown:
            return
        filled = self.width * done // self.total
        bar = f"\r{self.label}[{'#' * filled}{'.' * (self.width - filled)}] {done}/{self.total}"
        self.write(bar + ("\n" if done >= self.total else ""))
