"""Reads a plain-text page copied off the old site: headings, paragraphs, bullets, pictures."""

from __future__ import annotations

import re
from html import escape

from importer.items import Block, ImportItem

# Copying a page out of a browser leaves only line breaks to go by: a short line on its own without
# final punctuation is a heading, a list of keywords is what is left of a picture (its alt text),
# "  • " starts a bullet, and "Read More" closes a teaser that leads to another page.
BULLET = re.compile(r"^\s*[•·‣◦▪*–-]\s+")
READ_MORE = re.compile(r"^(read|learn|find out) more\W*$", re.IGNORECASE)
# A question mark does not stop a line being a heading ("What is Somato Emotional Release?").
FINAL_PUNCTUATION = tuple(".,;:!")
# A heading broken over two lines ends in a word that cannot end one ("Your Journey in").
CONNECTORS = {"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with", "your"}
FUNCTION_WORDS = CONNECTORS | {"is", "are", "my", "our", "we", "you"}
HEADING_MAX, SAYING_MAX, INTRO_MAX = 80, 200, 400


def is_short(line: str) -> bool:
    return len(line) <= HEADING_MAX and len(line.split()) <= 12


def looks_like_alt(line: str) -> bool:
    """Alt text left behind by a picture: lower-case keywords, or capitalised ones with commas."""
    if not is_short(line) or line.endswith(FINAL_PUNCTUATION) or line.endswith("?"):
        return False
    if line[:1].islower():
        return True
    parts = [part.strip() for part in line.split(",")]
    return len(parts) > 1 and all(
        part and len(part.split()) <= 3 and not FUNCTION_WORDS & set(part.lower().split())
        for part in parts
    )


def looks_like_heading(line: str) -> bool:
    return is_short(line) and not line.endswith(FINAL_PUNCTUATION) and line[:1].isupper()


def units(text: str) -> list[tuple[str, object]]:
    """The page as (kind, value): heading, alt, paragraph, bullets and more."""
    groups = [
        [line.rstrip() for line in group.split("\n") if line.strip()]
        for group in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    ]
    found: list[tuple[str, object]] = []
    for lines in filter(None, groups):
        prose: list[str] = []
        for line in [*lines, ""]:
            if line and not BULLET.match(line) and not READ_MORE.match(line.strip()):
                prose.append(line.strip())
                continue
            if prose:
                found.append(classify(prose, single_group=len(prose) == len(lines)))
                prose = []
            if BULLET.match(line):
                item = BULLET.sub("", line).strip()
                if found and found[-1][0] == "bullets":
                    found[-1][1].append(item)
                else:
                    found.append(("bullets", [item]))
            elif line:
                found.append(("more", None))
    return join_broken_headings(found)


def classify(lines: list[str], single_group: bool) -> tuple[str, object]:
    line = " ".join(lines)
    if len(lines) == 1 and single_group:
        if looks_like_alt(line):
            return ("alt", line)
        if looks_like_heading(line):
            return ("heading", line)
    return ("paragraph", line)


def join_broken_headings(found: list[tuple[str, object]]) -> list[tuple[str, object]]:
    joined: list[tuple[str, object]] = []
    for kind, value in found:
        if (
            joined
            and joined[-1][0] == "heading"
            and joined[-1][1].split()[-1].lower() in CONNECTORS
            and kind in ("heading", "paragraph")
            and len(joined[-1][1]) + len(value) < 120  # the heading block's limit
        ):
            joined[-1] = ("heading", f"{joined[-1][1]} {value.rstrip('.')}")
        else:
            joined.append((kind, value))
    return joined


def with_cards(found: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Each "Read More" with the picture and lines before it becomes one card."""
    result: list[tuple[str, object]] = []
    for kind, value in found:
        if kind != "more":
            result.append((kind, value))
            continue
        taken: list[tuple[str, object]] = []
        while result and result[-1][0] == "paragraph" and len(taken) < 2:
            taken.insert(0, result.pop())
        if result and result[-1][0] == "alt":
            taken.insert(0, result.pop())
        if taken:
            texts = [text for _, text in taken]
            blurb = " ".join(text for part, text in taken if part == "paragraph")
            result.append(("card", {"names": texts, "text": blurb}))
    return result


def to_blocks(found: list[tuple[str, object]]) -> list[Block]:
    blocks: list[Block] = []
    for kind, value in found:
        if kind == "heading":
            blocks.append(Block("heading", {"text": value.rstrip("."), "level": "h2"}))
        elif kind == "alt":
            blocks.append(Block("image", {"alt": value, "title": "", "src": "", "caption": ""}))
        elif kind == "card":
            blocks.append(Block("card", value))
        elif kind == "bullets" and all(len(item) <= SAYING_MAX for item in value):
            blocks.append(Block("sayings", {"intro": "", "items": value}))
        else:
            items = value if kind == "bullets" else [value]
            html = (
                "<ul>"
                + "".join(f"<li>{escape(item, quote=False)}</li>" for item in items)
                + "</ul>"
                if kind == "bullets"
                else f"<p>{escape(value, quote=False)}</p>"
            )
            if blocks and blocks[-1].kind == "paragraph":
                blocks[-1] = Block("paragraph", blocks[-1].value + html)
            else:
                blocks.append(Block("paragraph", html))
    return blocks


def read(text: str, key: str, name: str) -> ImportItem:
    """One standard page from the text; its first heading is its title."""
    found = with_cards(units(text))
    headings = [value for kind, value in found if kind == "heading"]
    title = headings[0] if headings else name.replace("-", " ").replace("_", " ").capitalize()
    intro = ""
    if found and found[0] == ("heading", title):
        found.pop(0)  # the page shows its title itself
    # A short opening paragraph before any heading is what our page's intro field is for.
    if found and found[0][0] == "paragraph" and len(found[0][1]) <= INTRO_MAX:
        intro = found.pop(0)[1]
    return ImportItem(
        key=key,
        kind="page",
        title=title[:255],
        slug=re.sub(r"[^\w-]+", "-", name.lower()).strip("-") or "imported-page",
        blocks=to_blocks(found),
        intro=intro,
    )
