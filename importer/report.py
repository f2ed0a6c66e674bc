"""What an import did, page by page, and what it could not carry over."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

OUTCOMES = ("created", "updated", "unchanged", "skipped")


@dataclass
class Report:
    source: str = ""
    dry_run: bool = False
    # outcome → lines such as "“Title” → /blog/title/ (article)"
    pages: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in OUTCOMES})
    unmapped: list[tuple[str, str]] = field(default_factory=list)
    left_out: list[tuple[str, str]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)

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
        for outcome in OUTCOMES:
            if self.pages[outcome]:
                lines += ["", f"{outcome.capitalize()}:"]
                lines += [f"  {line}" for line in self.pages[outcome]]
        if self.authors:
            lines += ["", "New authors (snippets): " + ", ".join(self.authors)]
        if self.left_out:
            lines += ["", "Not imported:"]
            lines += [f"  “{title}”: {reason}" for title, reason in self.left_out]
        if self.unmapped:
            lines += ["", "Could not be mapped:"]
            lines += [f"  “{title}”: {note}" for title, note in self.unmapped]
        elif self.count("created") or self.count("updated"):
            lines += ["", "Everything was mapped."]
        return "\n".join(lines)
