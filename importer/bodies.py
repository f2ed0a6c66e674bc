"""Our StreamField body from imported blocks: pictures from the library, cards to pages."""

from __future__ import annotations

from html import escape

from importer.items import Block
from importer.lookups import Library, Pages

TEASER_CARDS_MAX = 12


def picture_name(reference: dict) -> str:
    return reference.get("alt") or reference.get("title") or reference.get("src") or "unnamed"


def body(blocks: list[Block], library: Library, pages: Pages, notes: list[str]) -> list[dict]:
    """Raw StreamField data (type and value, no ids) for the blocks, in the order given."""
    stream: list[dict] = []
    for block in blocks:
        kind, value = block.kind, block.value
        if kind == "heading":
            stream.append({"type": "heading", "value": {**value, "anchor": ""}})
        elif kind == "paragraph":
            stream.append({"type": "paragraph", "value": pages.rewrite_links(value, notes)})
        elif kind in ("quote", "sayings", "table"):
            stream.append({"type": kind, "value": value})
        elif kind == "image":
            image = library.find(value)
            if image is None:
                notes.append(f"picture not in the image library: “{picture_name(value)}”")
                continue
            value = {"image": image.pk, "caption": value["caption"], "alt_override": ""}
            stream.append({"type": "image", "value": value})
        elif kind == "card":
            card(stream, value, pages, notes)
        else:
            raise ValueError(f"Unknown imported block {kind!r}")
    return stream


def card(stream: list[dict], value: dict, pages: Pages, notes: list[str]) -> None:
    """A "Read More" teaser joins the cards just before it, or starts a row of its own."""
    pk = pages.named(value["names"])
    if pk is None:
        notes.append(f"“Read More” after “{value['names'][-1][:60]}” matches no page here")
        if value["text"]:
            stream.append(
                {"type": "paragraph", "value": f"<p>{escape(value['text'], quote=False)}</p>"}
            )
        return
    last = stream[-1] if stream else None
    if last and last["type"] == "teaser_cards" and len(last["value"]["pages"]) < TEASER_CARDS_MAX:
        if pk not in last["value"]["pages"]:
            last["value"]["pages"].append(pk)
    else:
        stream.append({"type": "teaser_cards", "value": {"heading": "", "pages": [pk]}})
