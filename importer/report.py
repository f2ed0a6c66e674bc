"""What an import did, item by item, and what it could not carry over.

Its lines are kept in temporary SQLite files (``importer.spill``) and written out one at a time,
so a report of thousands of pages costs no more memory than one of ten.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from importer.spill import Rows, Shelf

OUTCOMES = ("created", "updated", "unchanged", "skipped")
LISTED_MAX = 50  # lists nobody needs whole (redirects, unused attachments) are cut in the report


@dataclass
class Report:
    source: str = ""
    dry_run: bool = False
    # outcome → lines such as "“Title” → /blog/title/ (article)"
    pages: dict[str, Rows] = field(default_factory=lambda: {name: Rows() for name in OUTCOMES})
    unmapped: Rows = field(default_factory=Rows)  # (title, note)
    left_out: Rows = field(default_factory=Rows)  # (title, reason)
    authors: list[str] = field(default_factory=list)
    census: Counter = field(default_factory=Counter)
    fates: Rows = field(default_factory=Rows)  # (title, fate)
    redirects: Rows = field(default_factory=Rows)
    empty: Rows = field(default_factory=Rows)
    # Pictures: new in the library, reused from an earlier run, missing (address → why), unused.
    pictures_new: int = 0
    pictures_reused: int = 0
    pictures_missing: Shelf = field(default_factory=Shelf)
    attachments_unused: Rows = field(default_factory=Rows)

    def add(self, outcome: str, line: str) -> None:
        self.pages[outcome].append(line)

    def note(self, title: str, notes: list[str]) -> None:
        for note, count in Counter(notes).items():
            self.unmapped.append((title, note if count == 1 else f"{note} (×{count})"))

    def count(self, outcome: str) -> int:
        return len(self.pages[outcome])

    def render(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> Iterator[str]:
        """The report, line by line: every page, refusal and missing picture is listed."""
        counts = ", ".join(f"{self.count(outcome)} {outcome}" for outcome in OUTCOMES)
        yield f"Imported {self.source}: {counts}."
        if self.dry_run:
            yield "Dry run: nothing was saved."
        elif self.count("created") or self.count("updated"):
            yield "New and updated pages are drafts: review and publish them in the admin."
        if kinds := ", ".join(f"{n} × {kind}" for kind, n in sorted(self.census.items()) if n):
            yield from ["", f"In the source: {kinds}."]
        for outcome in OUTCOMES:
            if self.pages[outcome]:
                yield from ["", f"{outcome.capitalize()}:"]
                yield from (f"  {line}" for line in self.pages[outcome])
        yield from self.pictures_section()
        if self.redirects:
            yield from ["", f"Permanent redirects from old addresses ({len(self.redirects)} new):"]
            yield from listed(self.redirects)
        if self.authors:
            yield from ["", "New authors (snippets): " + ", ".join(self.authors)]
        if self.fates:
            yield from ["", "Kept differently:"]
            yield from (f"  “{title}”: {fate}" for title, fate in self.fates)
        if self.empty:
            yield from ["", "Imported with an empty body (check them):"]
            yield from (f"  {line}" for line in self.empty)
        if self.left_out:
            yield from ["", "Not imported:"]
            yield from (f"  “{title}”: {reason}" for title, reason in self.left_out)
        if self.unmapped:
            yield from ["", "Could not be mapped:"]
            yield from (f"  “{title}”: {note}" for title, note in self.unmapped)
        elif self.count("created") or self.count("updated"):
            yield from ["", "Everything was mapped."]

    def pictures_section(self) -> Iterator[str]:
        counts = (self.pictures_new, self.pictures_reused, len(self.pictures_missing))
        if not any(counts) and not self.attachments_unused:
            return
        yield from [
            "",
            f"Pictures: {self.pictures_new} added to the image library, "
            f"{self.pictures_reused} already there, {len(self.pictures_missing)} missing, "
            f"{len(self.attachments_unused)} attachments not shown by any imported page.",
        ]
        if self.pictures_missing:
            yield "Missing pictures (their alt text is left in the body as a note):"
            yield from (f"  {src}: {why}" for src, why in self.pictures_missing.items())
        if self.attachments_unused:
            yield "Attachments no imported page shows (not imported):"
            yield from listed(self.attachments_unused)


def listed(lines: Rows) -> Iterator[str]:
    for shown, line in enumerate(lines):
        if shown == LISTED_MAX:
            yield f"  … and {len(lines) - LISTED_MAX} more"
            return
        yield f"  {line}"
