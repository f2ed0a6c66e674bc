"""One way to build a body from code: blocks checked by the block library, ready to save.

The demo, the importer and the tests' factories all build bodies here, so a body made in code
is held to the same rules as one made in the editor.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

from home.blocks import BodyBlock

_library = BodyBlock()


def body_data(blocks: Iterable[tuple[str, Any]]) -> list[dict]:
    """Raw StreamField data for ``(block type, raw value)`` pairs, in the order given.

    Values are in the library's stored form (ids for pictures and pages). Each block is
    checked as the editor would check it; a ``ValidationError`` names what is wrong.
    """
    raw = [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]
    unknown = [item["type"] for item in raw if item["type"] not in _library.child_blocks]
    if unknown:
        raise ValueError(f"Not a block of the library: {', '.join(unknown)}")
    # Cleaned as the editor's form cleans it: empty text is "", not missing.
    return _library.get_prep_value(_library.clean(_library.to_python(raw)))


def body_json(blocks: Iterable[tuple[str, Any]]) -> str:
    """``body_data`` as the JSON a body field takes."""
    return json.dumps(body_data(blocks))
