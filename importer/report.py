"""What an import did, item by item, and what it could not carry over."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

OUTCOMES = ("created", "updated", "unchanged", "skipped")
LISTED_MAX = 50  # long lists (missing pictures, unused attachments) are cut in the report


@dataclass
class Report:
    source: str = ""
    dry_run: bool = False
    # outcome → lines such as "“Title” → /blog/title/ (article)"
    pages: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in OUTCOMES})
    unmapped: list[tuple[str, str]] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    census: Counter = field(default_factory=Counter)
    fates: list[tuple[str, str]] = field(default_factory=list)
    redirects: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    # Pictures: new in the library, reused from an earlier run, missing (address → why), unused.
    pictures_new: list[str] = field(default_factory=list)
    pictures_reused: int = 0
    pictures_missing: dict[str, str] = field(default_factory=dict)
    attachments_unused: list[str] = field(default_factory=list)

    def add(self, outcome: str, line: str) -> None:
        self.pages[outcome].append(line)

    def note(self, title: str, notes: list[str]) -> None:
        for note, count in Counter(notes).items():
            self.unmapped.append((title, note if count == 1 else f"{note} (×{count})"))

    def count(self, outcome: str) -> int:
        return len(self.pages[outcome])

    def render(self) -> str:
        counts = ", ".join(f"{self.count(outcome)} {outcome}" for outcome in OUTCOMES)
        lines = [f"Imported {self.source}: {counts}."]
        if self.dry_run:
            lines.append("Dry run: nothing was saved.")
        elif self.count("created") or self.count("updated"):
            lines.append("New and updated pages are drafts: review and publish them in the admin.")
        if self.census:
            kinds = ", ".join(f"{count} × {kind}" for kind, count in sorted(self.census.items()))
            lines += ["", f"In the source: {kinds}."]
        for outcome in OUTCOMES:
            if self.pages[outcome]:
                lines += ["", f"{outcome.capitalize()}:"]
                lines += [f"  {line}" for line in self.pages[outcome]]
        lines += self.pictures_section()
        if self.redirects:
            lines += ["", f"Permanent redirects from old addresses ({len(self.redirects)} new):"]
            lines += listed(self.redirects)
        if self.authors:
            lines += ["", "New authors (snippets): " + ", ".join(self.authors)]
        if self.fates:
            lines += ["", "Kept differently:"]
            lines += [f"  “{title}”: {fate}" for title, fate in self.fates]
        if self.empty:
            lines += ["", "Imported with an empty body (check them):"]
            lines += [f"  {line}" for line in self.empty]
        if self.left_out:
            lines += ["", "Not imported:"]
            lines += [f"  “{title}”: {reason}" for title, reason in self.left_out]
        if self.unmapped:
            lines += ["", "Could not be mapped:"]
            lines += [f"  “{title}”: {note}" for title, note in self.unmapped]
        elif self.count("created") or self.count("updated"):
            lines += ["", "Everything was mapped."]
        return "\n".join(lines)

    def pictures_section(self) -> list[str]:
        counts = (self.pictures_new, self.pictures_reused, self.pictures_missing)
        if not any(counts) and not self.attachments_unused:
            return []
        lines = [
            "",
            f"Pictures: {len(self.pictures_new)} added to the image library, "
            f"{self.pictures_reused} already there, {len(self.pictures_missing)} missing, "
            f"{len(self.attachments_unused)} attachments not shown by any imported page.",
        ]
        if self.pictures_missing:
            lines.append("Missing pictures (their alt text is left in the body as a note):")
            lines += listed([f"{src}: {why}" for src, why in self.pictures_missing.items()])
        if self.attachments_unused:
            lines.append("Attachments no imported page shows (not imported):")
            lines += listed(self.attachments_unused)
        return lines


def listed(lines: list[str]) -> list[str]:
    shown = [f"  {line}" for line in lines[:LISTED_MAX]]
    if len(lines) > LISTED_MAX:
        shown.append(f"  … and {len(lines) - LISTED_MAX} more")
    return shown
