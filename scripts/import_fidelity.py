"""How much of an old site survives an import: counts in the source against the rendered pages.

    VAR_DIR=var python scripts/import_fidelity.py SOURCE [import_content options…]

Imports SOURCE (as ``manage.py import_content`` would) inside a transaction that is rolled back
at the end, renders every imported page's latest revision, and prints one table: words,
headings, lists, tables, images, captions, embeds and code, in the source and on the pages.
``--assume-videos`` answers YouTube and Vimeo addresses as if their hosts had been reached, for a
machine without network access.
"""

from __future__ import annotations

import io
import os
import re
import sys
from collections import Counter
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
django.setup()

from bs4 import BeautifulSoup  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from wagtail.embeds.embeds import get_embed_hash  # noqa: E402
from wagtail.embeds.models import Embed  # noqa: E402

from importer.builder import record_key  # noqa: E402
from importer.models import ImportRecord  # noqa: E402
from importer.reading import htmlpages, wxr  # noqa: E402
from importer.reading.cleaning import video_address  # noqa: E402
from importer.reading.sources import read_source  # noqa: E402

KINDS = ("words", "headings", "lists", "tables", "images", "captions", "embeds", "code")
EMBED_LINE = re.compile(r"^\s*https?://\S+\s*$", re.MULTILINE)
VIDEO = re.compile(
    r"https?://(?:www\.)?(?:youtube\.com/watch\?v=[\w-]+|youtu\.be/[\w-]+|vimeo\.com/\d+)"
)


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def source_counts(html: str) -> Counter:
    """What a reader of the old page saw, counted from its HTML and shortcodes."""
    found = Counter()
    found["captions"] += len(re.findall(r"\[caption\b", html))
    found["embeds"] += len(re.findall(r"\[(?:embed|video)\b", html)) + len(EMBED_LINE.findall(html))
    found["code"] += len(re.findall(r"\[(?:code|sourcecode)\b", html))
    gallery_ids = re.findall(r'\[gallery[^\]]*ids="([^"]*)"', html)
    found["images"] += sum(len(ids.split(",")) for ids in gallery_ids)
    text = re.sub(r"\[/?\w[^\]]*\]", " ", html)
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(["script", "style"]):
        tag.decompose()
    found["embeds"] += len(soup.select("iframe, figure.wp-block-embed"))
    found["embeds"] -= len(soup.select("figure.wp-block-embed"))  # its address line counted above
    found["words"] += words(soup.get_text(" "))
    found["headings"] += len(soup.find_all(re.compile(r"^h[1-6]$")))
    found["lists"] += len(soup.find_all(["ul", "ol", "dl"])) - len(
        soup.select("figure.wp-block-gallery ul, .blocks-gallery-grid")
    )
    found["tables"] += len(soup.find_all("table"))
    found["images"] += len(soup.find_all("img"))
    found["captions"] += len(soup.find_all("figcaption"))
    found["code"] += len(soup.find_all("pre"))
    return found


def rendered_counts(html: str, intro: str) -> Counter:
    soup = BeautifulSoup(html, "html.parser")
    found = Counter()
    found["words"] = words(soup.get_text(" ")) + words(intro)
    found["headings"] = len(soup.find_all(["h2", "h3", "h4"]))
    found["lists"] = len(soup.find_all(["ul", "ol"])) - len(soup.select("ul.gallery__grid"))
    found["lists"] -= len(soup.select(".sayings ul"))
    found["tables"] = len(soup.find_all("table"))
    found["images"] = len(soup.find_all("img"))
    found["captions"] = len(soup.select(".figure figcaption, .gallery figcaption"))
    found["embeds"] = len(soup.select("figure.video"))
    found["code"] = len(soup.find_all("pre"))
    return found


def source_html(location: str) -> list[str]:
    path = Path(location)
    if path.is_dir():
        return [
            htmlpages.content_of(
                BeautifulSoup(file.read_text(errors="replace"), "html.parser")
            ).decode_contents()
            for file in sorted(path.rglob("*.htm*"))
        ]
    if path.suffix.lower() == ".xml":
        pages = []
        for where, element in wxr.elements(path):
            kind, status = wxr.text(element, "wp:post_type"), wxr.text(element, "wp:status")
            if where == "item" and kind in ("post", "page") and status not in wxr.LEFT_OUT_STATUSES:
                pages.append(wxr.text(element, "content:encoded"))
        return pages
    return [path.read_text()]


def assume_videos(pages: list[str]) -> None:
    for html in pages:
        for address in set(VIDEO.findall(html)) | {
            video_address(src) for src in re.findall(r'<iframe[^>]*src="([^"]+)"', html)
        }:
            if address:
                Embed.objects.get_or_create(
                    hash=get_embed_hash(address),
                    defaults={"url": address, "type": "video", "html": "<iframe></iframe>"},
                )


def main(location: str, options: list[str]) -> None:
    pages = source_html(location)
    keys = [record_key(item.key) for item in read_source(location).items]
    source = sum((source_counts(html) for html in pages), Counter())
    with transaction.atomic():
        if "--assume-videos" in options:
            options.remove("--assume-videos")
            assume_videos(pages)
        call_command("import_content", location, *options, stdout=io.StringIO())
        result = Counter()
        for record in ImportRecord.objects.filter(source_key__in=keys).select_related("page"):
            page = record.page.specific.get_latest_revision_as_object()
            result += rendered_counts(str(page.body), getattr(page, "intro", "") or "")
        transaction.set_rollback(True)
    print(f"{'':10} {'source':>8} {'pages':>8}")
    for kind in KINDS:
        print(f"{kind:10} {source[kind]:>8} {result[kind]:>8}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
