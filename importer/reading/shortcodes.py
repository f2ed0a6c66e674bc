"""WordPress shortcodes: [caption] becomes a figure; any other shortcode is removed and reported."""

from __future__ import annotations

import re

# Shortcodes WordPress and its common plugins write. Any other bracketed word only counts as a
# shortcode when it has attributes or a closing tag, so "[sic]" or "[1]" stay as text.
KNOWN = {
    "audio",
    "caption",
    "contact-form",
    "contact-form-7",
    "embed",
    "gallery",
    "gravityform",
    "playlist",
    "video",
    "wp_caption",
}
CAPTIONS = {"caption", "wp_caption"}
SHORTCODE = re.compile(r"\[(/?)([a-zA-Z][\w-]*)(\s[^\[\]]*)?\](?!\()")


def expand(html: str, notes: list[str]) -> str:
    """``html`` with captions as <figure> elements and other shortcodes gone (noted once each)."""
    closing = {match.group(2).lower() for match in SHORTCODE.finditer(html) if match.group(1)}

    def replace(match: re.Match) -> str:
        is_closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if name not in KNOWN and not attributes and name not in closing:
            return match.group(0)
        if name in CAPTIONS:
            return "</figure>" if is_closing else "<figure>"
        if not is_closing:
            notes.append(f"unsupported shortcode [{name}] removed")
        return ""

    return SHORTCODE.sub(replace, html)
