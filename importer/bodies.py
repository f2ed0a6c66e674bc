"""Our StreamField body from imported blocks: pictures from the library, cards to pages."""

from __future__ import annotations

from html import escape

from importer.items import Block
from importer.lookups import Pages
from importer.pictures import Pictures

TEASER_CARDS_MAX = 12
PASSED_ON = ("heading", "quote", "sayings", "table", "code")


def picture_name(reference: dict) -> str:
    return reference.get("alt") or reference.get("title") or reference.get("src") or "unnamed"


class BodyMaker:
    """Raw StreamField data (type and value, no ids) for one item's blocks, in their order."""

    def __init__(self, pictures: Pictures, pages: Pages, embeds):
        self.pictures = pictures
        self.pages = pages
        # A callable telling whether the site can show a video address (its oEmbed answers).
        self.embeds = embeds

    def body(self, blocks: list[Block], notes: list[str], tags: list[str], post_id: str = ""):
        self.notes, self.tags, self.post_id = notes, tags, post_id
        stream: list[dict] = []
        for block in blocks:
            kind, value = block.kind, block.value
            if kind == "heading":
                stream.append({"type": "heading", "value": {**value, "anchor": ""}})
            elif kind == "paragraph":
                html = self.pages.rewrite_links(value, notes)
                stream.append({"type": "paragraph", "value": html})
            elif kind == "numbered_list":
                items = [self.pages.rewrite_links(item, notes) for item in value["items"]]
                stream.append({"type": kind, "value": {**value, "items": items}})
            elif kind == "rich_table":
                rows = [
                    {"values": [self.pages.rewrite_links(cell, notes) for cell in row["values"]]}
                    for row in value["rows"]
                ]
                stream.append({"type": kind, "value": {**value, "rows": rows}})
            elif kind in PASSED_ON:
                stream.append({"type": kind, "value": value})
            elif kind == "divider":
                stream.append({"type": "divider", "value": None})
            elif kind == "image":
                stream.append(self.image(value))
            elif kind == "gallery":
                stream.extend(self.gallery(value))
            elif kind in ("video", "embed"):
                stream.append(self.video(value["url"], kind))
            elif kind == "card":
                card(stream, value, self.pages, notes)
            else:
                raise ValueError(f"Unknown imported block {kind!r}")
        return stream

    def missing(self, reference: dict) -> dict:
        """A note in the body where the picture stood, for the editor to replace."""
        address = reference.get("src") or "no address"
        self.notes.append(
            f"picture not in the image library: “{picture_name(reference)}” ({address})"
        )
        text = escape(f"[Missing picture: {picture_name(reference)}]", quote=False)
        return {"type": "paragraph", "value": f"<p><i>{text}</i></p>"}

    def image(self, reference: dict) -> dict:
        image = self.pictures.find(reference, self.tags)
        if image is None:
            return self.missing(self.pictures.describe(reference))
        caption = reference.get("caption") or ""
        value = {"image": image.pk, "caption": caption[:255], "alt_override": ""}
        return {"type": "image", "value": value}

    def gallery(self, value: dict) -> list[dict]:
        references = list(value["pictures"])
        attachments = self.pictures.attachments
        if value["ids"] == "attached":
            ids = attachments.by_parent.get(self.post_id, [])
        else:
            ids = [part.strip() for part in value["ids"].split(",") if part.strip()]
        for pk in ids:
            if attachments.find({"id": pk}) is None:
                self.notes.append(f"gallery picture (attachment {pk}) is not in the export")
            else:
                references.append({"id": pk, "src": "", "alt": "", "title": "", "caption": ""})
        pictures, left = [], []
        for reference in references:
            image = self.pictures.find(reference, self.tags)
            if image is None:
                left.append(self.missing(self.pictures.describe(reference)))
            else:
                pictures.append({"image": image.pk, "caption": reference.get("caption") or ""})
        gallery = [{"type": "gallery", "value": {"heading": "", "pictures": pictures}}]
        return (gallery if pictures else []) + left

    def video(self, url: str, kind: str) -> dict:
        if kind == "video" and self.embeds(url):
            return {"type": "video", "value": {"embed": url, "caption": ""}}
        why = "could not be embedded" if kind == "video" else "is not a YouTube or Vimeo video"
        self.notes.append(f"embed {url} {why}: kept as a link")
        link = escape(url)
        return {"type": "paragraph", "value": f'<p><a href="{link}">{link}</a></p>'}


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
