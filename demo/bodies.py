"""The demo's shorthand for body blocks, turned into the block library's own values.

The words name pages by path ("/faq/") and pictures by key ("hand"); the bodies are built and
checked by the page core's body builder, like any body made in code.
"""

from __future__ import annotations

import re

from home.bodies import body_json

LINK = re.compile(r'<a href="(/[^"]*)">')


class DemoBodies:
    def __init__(self, pages: dict, images: dict):
        self.pages = pages
        self.images = images

    def body(self, blocks) -> str:
        """A body's JSON; a call to action to a page the demo does not have is left out."""
        return body_json(
            self.block(kind, value) for kind, value in blocks if self.resolvable(kind, value)
        )

    def rich_text(self, html: str) -> str:
        def to_page_link(match: re.Match) -> str:
            page = self.pages.get(match.group(1))
            return f'<a linktype="page" id="{page.pk}">' if page else match.group(0)

        return LINK.sub(to_page_link, html)

    def resolvable(self, kind: str, value) -> bool:
        return not (kind == "cta" and value.get("page") and value["page"] not in self.pages)

    def block(self, kind: str, value) -> tuple[str, object]:
        if kind == "heading":
            return "heading", {"text": value, "level": "h2", "anchor": ""}
        if kind == "paragraph":
            return "paragraph", self.rich_text(value)
        if kind == "sayings":
            return "sayings", {"intro": value.get("intro", ""), "items": value["items"]}
        if kind == "quote":
            return "quote", value
        if kind == "image":
            image = self.images[value["image"]].pk
            return "image", {
                "image": image,
                "caption": value.get("caption", ""),
                "alt_override": "",
            }
        if kind == "cards":
            pages = [self.pages[path].pk for path in value["pages"]]
            return "teaser_cards", {"heading": value.get("heading", ""), "pages": pages}
        if kind == "cta":
            page = self.pages[value["page"]].pk if value.get("page") else None
            return "call_to_action", {
                "heading": value["heading"],
                "text": value.get("text", ""),
                "label": value.get("label", "Book a session"),
                "page": page,
                "url": "" if page else value.get("url", ""),
            }
        if kind == "qa":
            answer = self.rich_text(value["answer"])
            return "question", {"question": value["question"], "answer": answer}
        if kind == "table":
            return "table", {
                "data": [value["header"], *value["rows"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": value.get("caption", ""),
            }
        raise ValueError(f"Unknown demo block {kind!r}")
