"""Old HTML to our blocks: headings, paragraphs, lists, quotes, tables and pictures, nothing else."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from importer.items import Block
from importer.reading import shortcodes

# Rich text keeps only what our paragraph block allows (bold, italic, links, lists): other tags
# are unwrapped and attributes dropped. These go with everything inside them; the first group is
# worth telling the editor about.
REMOVED_NOTED = {"script", "style", "iframe", "object", "embed", "form", "video", "audio", "svg"}
REMOVED_QUIETLY = {"noscript", "template", "head", "meta", "link", "button", "input", "select"}
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
BOLD, ITALIC = {"b", "strong"}, {"i", "em"}
BLOCK_TAGS = [
    *HEADING_LEVELS,
    *("p", "div", "section", "article", "main", "ul", "ol", "blockquote", "figure", "img"),
    *("table", "pre", "hr", "header", "footer"),
]
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:")
HEADING_MAX = 120
NOT_CONTENT = (Comment, Declaration, Doctype, ProcessingInstruction)

Describe = Callable[[str], dict]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def text_html(text: str) -> str:
    return escape(collapse(text), quote=False)


def plain(node) -> str:
    return collapse(node.get_text(" ") if node is not None else "").strip()


def sanitise(soup: BeautifulSoup, notes: list[str]) -> BeautifulSoup:
    """Remove scripts, embeds and event handlers in place, noting what went."""
    for tag in soup.find_all([*REMOVED_NOTED, *REMOVED_QUIETLY]):
        if tag.decomposed:
            continue
        if tag.name in REMOVED_NOTED:
            source = tag.get("src") or tag.get("data", "")
            notes.append(f"removed <{tag.name}>" + (f" ({source})" if source else ""))
        tag.decompose()
    for tag in soup.find_all(True):
        for attribute in [name for name in tag.attrs if name.lower().startswith("on")]:
            notes.append(f"removed {attribute.lower()} event handler")
            del tag[attribute]
    return soup


def safe_href(href: str, notes: list[str]) -> str:
    """The link's address if it is one readers may follow; scripts in links are noted."""
    href = (href or "").strip()
    squeezed = re.sub(r"[\x00-\x20]", "", href).lower()
    if not href:
        return ""
    if squeezed.startswith(("javascript:", "vbscript:", "data:")):
        notes.append(f"removed a {squeezed.split(':')[0]}: link")
        return ""
    if ":" in squeezed.split("/")[0] and not squeezed.startswith(SAFE_SCHEMES):
        notes.append(f"removed a link to an unsupported address ({href[:60]})")
        return ""
    return href


class Converter:
    """Turns one piece of sanitised HTML into blocks; ``notes`` collects what was lost."""

    def __init__(self, describe: Describe | None = None):
        self.describe = describe or (lambda src: {})
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
                self.line.append(lead + "<br/>".join(lines) + tail)

    def element(self, tag: Tag) -> None:
        name = tag.name
        if name in HEADING_LEVELS:
            self.heading(tag)
        elif name == "p":
            self.end_line()
            self.paragraph(tag)
            self.end_line()
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
            self.end_run()
        elif name == "pre":
            self.end_line()
            self.loose_text(tag.get_text())
            self.end_line()
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
        paragraphs = [plain(p) for p in tag.find_all("p")] or [plain(tag)]
        lines = [line for line in paragraphs if line]
        if not attribution and len(lines) > 1 and lines[-1][:1] in "—–-":
            attribution = lines.pop().lstrip("—–- ")
        text = "\n\n".join(lines).strip().strip('"“”')
        if text:
            self.add(Block("quote", {"text": text, "attribution": attribution[:120]}))

    def figure(self, tag: Tag) -> None:
        images = tag.find_all("img")
        if not images:
            self.end_line()
            self.walk(tag)
            self.end_line()
            return
        caption_tag = tag.find("figcaption")
        if caption_tag is None:
            for image in images:
                image.extract()
            caption = plain(tag)
        else:
            caption = plain(caption_tag)
        for image in images:
            self.image(image, caption if len(images) == 1 else "")

    def image(self, tag: Tag, caption: str = "") -> None:
        src = safe_href(tag.get("src", ""), self.notes)
        reference = {
            "alt": collapse(tag.get("alt", "")).strip(),
            "title": collapse(tag.get("title", "")).strip(),
            "src": src,
            "caption": caption[:255],
        }
        known = self.describe(src) if src else {}
        for field in ("alt", "title"):
            reference[field] = reference[field] or known.get(field, "")
        self.add(Block("image", reference))

    def table(self, tag: Tag) -> None:
        rows = [[plain(cell) for cell in row.find_all(["td", "th"])] for row in tag.find_all("tr")]
        rows = [row for row in rows if any(row)]
        if not rows:
            return
        width = max(len(row) for row in rows)
        first = tag.find("tr")
        value = {
            "data": [row + [""] * (width - len(row)) for row in rows],
            "first_row_is_table_header": first is not None and first.find("th") is not None,
            "first_col_is_header": False,
            "table_caption": plain(tag.find("caption")),
        }
        self.add(Block("table", value))

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
        if name in BOLD:
            return f"<b>{inner}</b>"
        if name in ITALIC:
            return f"<i>{inner}</i>"
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


def to_blocks(html: str, describe: Describe | None = None) -> tuple[list[Block], list[str]]:
    """The blocks ``html`` maps to, and notes on what could not be kept."""
    converter = Converter(describe)
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
