"""Old HTML to our blocks: text, lists, quotes, tables, pictures, galleries, videos, code, rules."""

from __future__ import annotations

import re
from html import escape

from bs4 import BeautifulSoup, NavigableString, Tag

from importer.items import Block
from importer.reading import shortcodes
from importer.reading.cleaning import safe_href, sanitise
from importer.reading.pieces import (
    BARE_ADDRESS,
    BLOCK_TAGS,
    HEADING_LEVELS,
    HEADING_MAX,
    INLINE,
    NOT_CONTENT,
    Pieces,
    code_language,
    plain,
    text_html,
)


class Converter(Pieces):
    """Turns one piece of sanitised HTML into blocks; ``notes`` collects what was lost."""

    def __init__(self):
        self.blocks: list[Block] = []
        self.notes: list[str] = []
        self.run: list[str] = []  # <p>, <ul>, <ol> of the paragraph block being built
        self.line: list[str] = []  # inline HTML of the <p> being built

    def convert(self, html: str) -> list[Block]:
        soup = BeautifulSoup(shortcodes.expand(html, self.notes), "html.parser")
        self.walk(sanitise(soup, self.notes))
        self.end_run()
        return self.blocks

    # Paragraph blocks are built up line by line ------------------------------------------

    def end_line(self) -> None:
        html = re.sub(r"^(\s|<br/>)+|(\s|<br/>)+$", "", "".join(self.line))
        if re.sub(r"<[^>]+>", "", html).strip():
            self.run.append(f"<p>{html}</p>")
        self.line = []

    def end_run(self) -> None:
        self.end_line()
        if self.run:
            self.blocks.append(Block("paragraph", "".join(self.run)))
        self.run = []

    def add(self, block: Block) -> None:
        self.end_run()
        self.blocks.append(block)

    # Block level -------------------------------------------------------------------------

    def walk(self, node) -> None:
        for child in node.children:
            if isinstance(child, NOT_CONTENT):
                continue
            if isinstance(child, NavigableString):
                self.loose_text(str(child))
            else:
                self.element(child)

    def loose_text(self, text: str) -> None:
        # Classic WordPress posts have no <p>: a blank line ends a paragraph, a newline breaks it.
        for number, part in enumerate(re.split(r"\n\s*\n", text)):
            if number:
                self.end_line()
            lines = [text_html(line).strip() for line in part.split("\n") if line.strip()]
            if not lines and part and self.line:
                self.line.append(" ")  # the space between two inline elements
            elif lines:
                lead = " " if part[:1].isspace() else ""
                tail = " " if part[-1:].isspace() else ""
                if len(lines) == 1 and (bare := BARE_ADDRESS.match(part)) and not self.line:
                    # A video address alone on its line is how WordPress embeds one.
                    self.embed(bare.group(1))
                    continue
                self.line.append(lead + "<br/>".join(lines) + tail)

    def element(self, tag: Tag) -> None:
        name = tag.name
        if name in HEADING_LEVELS:
            self.heading(tag)
        elif name == "p" and (bare := BARE_ADDRESS.match(tag.get_text())) and not tag.find(True):
            self.embed(bare.group(1))
        elif name == "p":
            self.end_line()
            self.paragraph(tag)
            self.end_line()
        elif name == "ol" and self.numbered_list(tag):
            pass
        elif name in ("ul", "ol"):
            self.end_line()
            if html := self.list_html(tag):
                self.run.append(html)
        elif name == "blockquote":
            self.quote(tag)
        elif name == "figure":
            self.figure(tag)
        elif name == "img":
            self.image(tag)
        elif name == "table":
            self.table(tag)
        elif name == "hr":
            self.add(Block("divider", None))
        elif name == "pre":
            code = tag.get_text().strip("\n")
            if code.strip():
                self.add(Block("code", {"language": code_language(tag)[:40], "code": code}))
        elif name == "dl":
            self.definitions(tag)
        elif name == "br":
            self.line.append("<br/>")
        elif tag.find(BLOCK_TAGS) is not None or name in BLOCK_TAGS:
            self.end_line()
            self.walk(tag)
            self.end_line()
        else:
            self.line.append(self.inline_tag(tag))

    def heading(self, tag: Tag) -> None:
        text = plain(tag)
        if not text:
            return
        if len(text) > HEADING_MAX:
            # Too long for a heading block: kept as a bold line rather than cut short.
            self.end_line()
            self.run.append(f"<p><b>{escape(text, quote=False)}</b></p>")
            return
        self.add(Block("heading", {"text": text, "level": HEADING_LEVELS[tag.name]}))
        for image in tag.find_all("img"):
            self.image(image)

    def paragraph(self, tag: Tag) -> None:
        for child in tag.children:
            if isinstance(child, NOT_CONTENT):
                continue
            if isinstance(child, NavigableString):
                self.line.append(text_html(str(child)))
            elif child.name == "img":
                self.image(child)
            elif child.find("img") is not None:
                self.paragraph(child)
            else:
                self.line.append(self.inline_tag(child))

    def quote(self, tag: Tag) -> None:
        cite = tag.find(["cite", "footer"])
        attribution = plain(cite)
        if cite is not None:
            cite.extract()
        if tag.find(["a", *INLINE]) is not None:
            self.rich_quote(tag, attribution)
            return
        paragraphs = [plain(p) for p in tag.find_all("p")] or [plain(tag)]
        lines = [line for line in paragraphs if line]
        if not attribution and len(lines) > 1 and lines[-1][:1] in "—–-":
            attribution = lines.pop().lstrip("—–- ")
        text = "\n\n".join(lines).strip().strip('"“”')
        if text:
            self.add(Block("quote", {"text": text, "attribution": attribution[:120]}))

    # Inline level ------------------------------------------------------------------------

    def inline(self, node) -> str:
        parts = []
        for child in node.children:
            if isinstance(child, NOT_CONTENT):
                continue
            if isinstance(child, NavigableString):
                parts.append(text_html(str(child)))
            else:
                parts.append(self.inline_tag(child))
        return "".join(parts)

    def inline_tag(self, tag: Tag) -> str:
        name = tag.name
        if name == "br":
            return "<br/>"
        if name == "img":
            self.notes.append("a picture inside a list or heading was left out")
            return ""
        if name in ("ul", "ol"):
            return self.list_html(tag)
        inner = self.inline(tag)
        if name == "p":
            return f"{inner}<br/>"
        if not inner.strip():
            return inner
        if name in INLINE:
            return f"<{INLINE[name]}>{inner}</{INLINE[name]}>"
        if name == "a" and (href := safe_href(tag.get("href", ""), self.notes)):
            return f'<a href="{escape(href)}">{inner}</a>'
        return inner

    def list_html(self, tag: Tag) -> str:
        items = []
        for item in tag.find_all("li", recursive=False):
            # A nested list comes out of inline() in place, as our rich text nests lists.
            text = re.sub(r"^(\s|<br/>)+|(\s|<br/>)+$", "", self.inline(item))
            if text:
                items.append(f"<li>{text}</li>")
        return f"<{tag.name}>{''.join(items)}</{tag.name}>" if items else ""


def to_blocks(html: str) -> tuple[list[Block], list[str]]:
    """The blocks ``html`` maps to, and notes on what could not be kept."""
    converter = Converter()
    return converter.convert(html), converter.notes


def text_of(html: str) -> str:
    """Visible text of a fragment (scripts and styles left out), e.g. for an excerpt."""
    return plain(sanitise(BeautifulSoup(shortcodes.expand(html, []), "html.parser"), []))


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def intro_from(blocks: list[Block], limit: int) -> str:
    """The first paragraph's text, for a page type that needs an intro and has no excerpt."""
    for block in blocks:
        if block.kind == "paragraph":
            return shorten(text_of(block.value), limit)
    return ""
