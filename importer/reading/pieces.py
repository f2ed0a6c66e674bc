"""The parts of old HTML that become blocks of their own: quotes, definitions, pictures, tables.

``Pieces`` is the half of the converter that knows them; ``markup.Converter`` walks the HTML.
"""

from __future__ import annotations

import re
from html import escape

from bs4 import Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from importer.items import Block
from importer.reading.cleaning import safe_href, video_address

# Rich text keeps only what our paragraph block allows (bold, italic, links, lists, inline code,
# sub- and superscript, struck-out words): other tags are unwrapped and attributes dropped.
HEADING_LEVELS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
INLINE = {
    **dict.fromkeys(("b", "strong"), "b"),
    **dict.fromkeys(("i", "em"), "i"),
    **dict.fromkeys(("code", "kbd", "samp", "tt"), "code"),
    **dict.fromkeys(("s", "del", "strike"), "s"),
    "sub": "sub",
    "sup": "sup",
}
BLOCK_TAGS = [
    *HEADING_LEVELS,
    *("p", "div", "section", "article", "main", "ul", "ol", "blockquote", "figure", "img"),
    *("table", "pre", "hr", "header", "footer", "dl"),
]
HEADING_MAX = 120
NOT_CONTENT = (Comment, Declaration, Doctype, ProcessingInstruction)
BARE_ADDRESS = re.compile(r"^\s*(https?://\S+)\s*$")
LANGUAGE_CLASS = re.compile(r"^(?:language|lang)-([\w+#-]+)$")
BRUSH = re.compile(r"brush:\s*([\w+#-]+)")
WP_IMAGE = re.compile(r"^wp-image-(\d+)$")
GALLERY_CLASS = re.compile(r"gallery")


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def text_html(text: str) -> str:
    return escape(collapse(text), quote=False)


def plain(node) -> str:
    return collapse(node.get_text(" ") if node is not None else "").strip()


def code_language(tag: Tag) -> str:
    """The language a <pre> names: data-language, a language-x class, or "brush: x"."""
    if tag.get("data-language"):
        return tag["data-language"]
    for element in (tag, tag.find("code")):
        for name in (element.get("class") or []) if element is not None else []:
            if match := LANGUAGE_CLASS.match(name):
                return match.group(1)
    match = BRUSH.search(" ".join(tag.get("class") or []))
    return match.group(1) if match else ""


class Pieces:
    """Blocks other than running text; the converter supplies ``add``, ``run`` and ``inline``."""

    def rich_quote(self, tag: Tag, attribution: str) -> None:
        """A quote with links or emphasis: a quotation in running text, so they are kept."""
        self.end_line()
        parts = tag.find_all("p") or [tag]
        for part in parts:
            if text := re.sub(r"^(\s|<br/>)+|(\s|<br/>)+$", "", self.inline(part)):
                self.run.append(f"<blockquote>{text}</blockquote>")
        if attribution:
            self.run.append(f"<p>— {text_html(attribution)}</p>")

    def definitions(self, tag: Tag) -> None:
        """A definition list as heading-and-paragraph pairs, one level below the last heading."""
        last = next((b.value["level"] for b in reversed(self.blocks) if b.kind == "heading"), "")
        level = {"h2": "h3", "h3": "h4", "h4": "h4"}.get(last, "h3")
        for child in tag.find_all(["dt", "dd"]):
            if child.name == "dt" and (term := plain(child)):
                if len(term) <= HEADING_MAX:
                    self.add(Block("heading", {"text": term, "level": level}))
                else:
                    self.run.append(f"<p><b>{text_html(term)}</b></p>")
            elif child.name == "dd":
                self.end_line()
                self.paragraph(child)
                self.end_line()
        self.end_run()

    def embed(self, address: str) -> None:
        video = video_address(address)
        self.add(Block("video", {"url": video}) if video else Block("embed", {"url": address}))

    def gallery(self, tag: Tag) -> None:
        pictures = []
        for image in tag.find_all("img"):
            holder = image.find_parent(["figure", "li"])
            caption = (
                holder.find("figcaption") if holder is not None and holder is not tag else None
            )
            pictures.append(self.reference(image, plain(caption)))
        if pictures:
            self.add(Block("gallery", {"pictures": pictures, "ids": ""}))

    def figure(self, tag: Tag) -> None:
        if tag.get("data-embed"):
            self.embed(tag["data-embed"])
            return
        if tag.get("data-gallery"):
            self.add(Block("gallery", {"pictures": [], "ids": tag["data-gallery"]}))
            return
        wrapper = tag.find(class_="wp-block-embed__wrapper")
        if "wp-block-embed" in (tag.get("class") or []) and (
            address := BARE_ADDRESS.match(plain(wrapper))
        ):
            self.embed(address.group(1))
            return
        if GALLERY_CLASS.search(" ".join(tag.get("class") or [])) or len(tag.find_all("figure")):
            self.gallery(tag)
            return
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

    def reference(self, tag: Tag, caption: str = "") -> dict:
        """What the old site said of a picture: alt, title, address, caption, attachment id."""
        # Squarespace's lazy-loaded pictures keep their address in data-src or data-image.
        src = tag.get("src") or tag.get("data-src") or tag.get("data-image") or ""
        ids = [m.group(1) for name in tag.get("class") or [] if (m := WP_IMAGE.match(name))]
        return {
            "alt": collapse(tag.get("alt", "")).strip(),
            "title": collapse(tag.get("title", "")).strip(),
            "src": safe_href(src, self.notes),
            "caption": caption[:255],
            "id": ids[0] if ids else (tag.get("data-id") or ""),
        }

    def image(self, tag: Tag, caption: str = "") -> None:
        self.add(Block("image", self.reference(tag, caption)))

    def table(self, tag: Tag) -> None:
        if tag.find(["a", *INLINE]) is not None:
            self.rich_table(tag)
            return
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

    def cell_html(self, cell: Tag) -> str:
        html = re.sub(r"^(\s|<br/>)+|(\s|<br/>)+$", "", self.inline(cell))
        return f"<p>{html}</p>" if html else ""

    def rich_table(self, tag: Tag) -> None:
        """A table with links or emphasis in its cells: a table of rich text cells."""
        rows = [
            (row, [self.cell_html(cell) for cell in row.find_all(["td", "th"])])
            for row in tag.find_all("tr")
        ]
        rows = [(row, cells) for row, cells in rows if any(cells)]
        if not rows:
            return
        width = max(len(cells) for _, cells in rows)
        headings = []
        if rows[0][0].find("td") is None:  # a first row of <th> names the columns
            headings = [plain(cell) for cell in rows.pop(0)[0].find_all("th")]
        value = {
            "caption": plain(tag.find("caption")),
            "columns": [
                {"type": "text", "heading": (headings[i] if i < len(headings) else "")[:255]}
                for i in range(width)
            ],
            "rows": [{"values": cells + [""] * (width - len(cells))} for _, cells in rows],
        }
        self.add(Block("rich_table", value))

    def numbered_list(self, tag: Tag) -> bool:
        """An <ol> that starts past 1 keeps its start, as numbered steps; False if it cannot."""
        start = tag.get("start", "1")
        if not start.isdigit() or int(start) <= 1 or tag.find(["ul", "ol"]) is not None:
            return False
        items = [self.cell_html(item) for item in tag.find_all("li", recursive=False)]
        if items := [item for item in items if item]:
            self.add(Block("numbered_list", {"start": int(start), "items": items}))
        return True
