"""What never reaches a page: scripts, event handlers, unsafe links, styles, unknown iframes.

Everything removed is noted for the report. Videos from known hosts, however they were embedded,
are kept as embed placeholders for the converter.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup

REMOVED_NOTED = {"script", "style", "iframe", "object", "embed", "form", "video", "audio", "svg"}
REMOVED_QUIETLY = {"noscript", "template", "head", "meta", "link", "button", "input", "select"}
SAFE_SCHEMES = ("http:", "https:", "mailto:", "tel:")
# Hosts whose videos become the site's video block (the only players the site's policy allows).
VIDEO_HOSTS = {
    "youtube.com",
    "m.youtube.com",
    "youtu.be",
    "youtube-nocookie.com",
    "vimeo.com",
    "player.vimeo.com",
}


def host_of(url: str) -> str:
    return (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")


def video_address(url: str) -> str:
    """The watch page of a YouTube or Vimeo player address; "" for any other host."""
    url = url.strip()
    if url.startswith("//"):
        url = f"https:{url}"
    host, parts = host_of(url), urlsplit(url)
    if host not in VIDEO_HOSTS or parts.scheme not in ("http", "https"):
        return ""
    if match := re.match(r"^/embed/([\w-]+)", parts.path):
        return f"https://www.youtube.com/watch?v={match.group(1)}"
    if host == "player.vimeo.com" and (match := re.match(r"^/video/(\d+)", parts.path)):
        return f"https://vimeo.com/{match.group(1)}"
    if host.endswith("youtube.com") and not parse_qs(parts.query).get("v"):
        return ""
    return url


def sanitise(soup: BeautifulSoup, notes: list[str]) -> BeautifulSoup:
    """Remove scripts, embeds, event handlers and inline styles in place, noting what went."""
    for frame in soup.find_all("iframe"):
        if address := video_address(frame.get("src", "")):
            placeholder = soup.new_tag("figure")
            placeholder["data-embed"] = address
            frame.replace_with(placeholder)
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
        if tag.get("style"):
            notes.append("removed an inline style")
            del tag["style"]
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
