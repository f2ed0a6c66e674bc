"""The request's CSP nonce on the inline initialisers Wagtail's admin writes, and on nothing else.

Wagtail 8 starts some widgets with an inline script written from Python or from templates that
see no request (``<script>new ImageChooser("id_hero_image", {...});</script>``), so the nonce
cannot be printed there. This middleware gives it to exactly those scripts: one call of a known
admin initialiser whose arguments are JSON, data and not code. Any other inline script keeps no
nonce and the browser refuses to run it.
"""

from __future__ import annotations

import json
import re

from django.urls import reverse

# Widgets' initialisers (choosers, date and time pickers), called with JSON arguments.
INITIALISERS = frozenset(
    {
        "Chooser",
        "PageChooser",
        "ImageChooser",
        "DocumentChooser",
        "SnippetChooser",
        "createTaskChooser",
        "initDateChooser",
        "initTimeChooser",
        "initDateTimeChooser",
    }
)
# Inline panels, started with their options as a JSON string.
PANELS = frozenset({"InlinePanel", "MultipleChooserPanel"})

# Wagtail writes these scripts as a bare "<script>"; the browser ends one at the first "</script".
INLINE_SCRIPT = re.compile(r"<script>(.*?)(?=</script)", re.DOTALL | re.IGNORECASE)
CALL = re.compile(r"\s*(?:new\s+)?([A-Za-z]+)\((.*)\);?\s*", re.DOTALL)
PANEL = re.compile(
    r"\s*\(function\(\)\s*\{\s*var\s+panel\s*=\s*new\s+([A-Za-z]+)"
    r'\(JSON\.parse\(("(?:[^"\\]|\\.)*")\)\);\s*\}\)\(\);\s*',
    re.DOTALL,
)


def _refuse(name: str):
    raise ValueError(f"{name} is a name in JavaScript, not data")


def _is_json(text: str) -> bool:
    try:
        json.loads(text, parse_constant=_refuse)  # strict JSON: no NaN or Infinity
    except ValueError:
        return False
    return True


def is_admin_initialiser(code: str) -> bool:
    """Whether an inline script only starts one of Wagtail's admin widgets with data."""
    if "<!--" in code or "<script" in code.lower():
        return False  # could make the browser read the script further than we did
    if match := PANEL.fullmatch(code):
        name, options = match.groups()
        return name in PANELS and _is_json(options) and _is_json(json.loads(options))
    if match := CALL.fullmatch(code):
        name, arguments = match.groups()
        return name in INITIALISERS and _is_json(f"[{arguments}]")
    return False


def _admin_prefix() -> str:
    return reverse("wagtailadmin_home")


def admin_script_nonces(get_response):
    """Add the request's nonce to Wagtail's inline widget initialisers in admin pages.

    Stands inside django-csp's middleware, so the nonce it uses is the one the header names.
    """

    def middleware(request):
        response = get_response(request)
        nonce = getattr(request, "csp_nonce", None)
        if (
            nonce is None
            or response.streaming
            or not request.path.startswith(_admin_prefix())
            or not response.get("Content-Type", "").startswith("text/html")
        ):
            return response
        content = response.content.decode(response.charset)
        if "<script>" not in content.lower():
            return response

        def give_nonce(match):
            if not is_admin_initialiser(match[1]):
                return match[0]
            return f'<script nonce="{nonce}">{match[1]}'

        response.content = INLINE_SCRIPT.sub(give_nonce, content)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response

    return middleware
