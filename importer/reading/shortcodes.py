"""WordPress shortcodes as markup the converter reads: captions, galleries, embeds and code.

[caption] becomes a <figure>, [gallery] a gallery placeholder, [embed] and [video] an embed
placeholder, [code]/[sourcecode] a <pre>; any other shortcode is removed and reported.
"""

from __future__ import annotations

import re
from html import escape

# Shortcodes WordPress and its common plugins write. Any other bracketed word only counts as a
# shortcode when it has attributes or a closing tag, so "[sic]" or "[1]" stay as text.
KNOWN = {
    "audio",
    "caption",
    "code",
    "contact-form",
    "contact-form-7",
    "embed",
    "gallery",
    "gravityform",
    "playlist",
    "sourcecode",
    "video",
    "wp_caption",
}
CAPTIONS = {"caption", "wp_caption"}
CODE = {"code", "sourcecode"}
SHORTCODE = re.compile(r"\[(/?)([a-zA-Z][\w-]*)(\s[^\[\]]*)?\](?!\()")
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
# [embed]address[/embed] and [code lang="x"]…[/code] wrap their content.
WRAPPING = re.compile(
    r"\[(embed|code|sourcecode)(\s[^\]]*)?\](.*?)\[/\1\]", re.IGNORECASE | re.DOTALL
)
VIDEO_SOURCES = ("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv")


def attributes(raw: str | None) -> dict[str, str]:
    return {
        match.group(1).lower(): next(group for group in match.groups()[1:] if group is not None)
        for match in ATTRIBUTE.finditer(raw or "")
    }


def wrapping(match: re.Match) -> str:
    name, found, inner = match.group(1).lower(), attributes(match.group(2)), match.group(3)
    if name == "embed":
        return f'<figure data-embed="{escape(inner.strip())}"></figure>'
    language = found.get("lang") or found.get("language") or ""
    # Code plugins keep the code as typed; entities the editor wrote are already escaped.
    code = inner if re.search(r"&(lt|gt|amp);", inner) else escape(inner, quote=False)
    return f'<pre data-language="{escape(language)}">{code.strip(chr(10))}</pre>'


def expand(html: str, notes: list[str]) -> str:
    """``html`` with shortcodes as markup (see the module's docstring), others removed and noted."""
    html = WRAPPING.sub(wrapping, html)
    closing = {match.group(2).lower() for match in SHORTCODE.finditer(html) if match.group(1)}

    def replace(match: re.Match) -> str:
        is_closing, name, raw = match.group(1), match.group(2).lower(), match.group(3)
        if name not in KNOWN and not raw and name not in closing:
            return match.group(0)
        if name in CAPTIONS:
            return "</figure>" if is_closing else "<figure>"
        if is_closing:
            return ""
        found = attributes(raw)
        if name == "gallery":
            ids = found.get("ids") or found.get("include") or ""
            return f'<figure data-gallery="{escape(ids or "attached")}"></figure>'
        if name == "video" and (src := next((found[k] for k in VIDEO_SOURCES if k in found), "")):
            return f'<figure data-embed="{escape(src)}"></figure>'
        notes.append(f"unsupported shortcode [{name}] removed")
        return ""

    return SHORTCODE.sub(replace, html)
