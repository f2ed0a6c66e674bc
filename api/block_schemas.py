"""JSON schemas of StreamField blocks, derived from the block definitions.

A block that shapes its own API answer (``get_api_representation`` written in this project)
says what it returns in ``api_schema``; every other block is described from what Wagtail
returns for its kind (struct, list, stream, text, chooser…). A block of neither sort is
reported in ``missing`` so a test can name it, and gets an open schema meanwhile.
"""

from __future__ import annotations

import re

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock

STRING = {"type": "string"}
NULLABLE_ID = {"type": ["integer", "null"], "description": "The chosen item's id."}
TABLE = {
    "type": "object",
    "description": "A table: rows of cells, text or empty.",
    "properties": {
        "data": {
            "type": "array",
            "items": {"type": "array", "items": {"type": ["string", "null"]}},
        },
        "first_row_is_table_header": {"type": "boolean"},
        "first_col_is_header": {"type": "boolean"},
        "table_caption": {"type": "string"},
        "table_header_choice": {"type": "string"},
        "cell": {"type": "array", "items": {"type": "object"}},
        "mergeCells": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["data"],
}
# What Wagtail's own blocks of each kind return, most specific first.
SCALARS = [
    (blocks.RichTextBlock, {"type": "string", "description": "Rich text as HTML, links resolved."}),
    (blocks.BooleanBlock, {"type": "boolean"}),
    (blocks.IntegerBlock, {"type": ["integer", "null"]}),
    (blocks.FloatBlock, {"type": ["number", "null"]}),
    (blocks.DecimalBlock, {"type": ["number", "string", "null"]}),
    (blocks.DateBlock, {"type": ["string", "null"], "format": "date"}),
    (blocks.TimeBlock, {"type": ["string", "null"]}),
    (blocks.DateTimeBlock, {"type": ["string", "null"]}),
    (EmbedBlock, {"type": ["string", "null"], "description": "The embedded page's address."}),
    (TableBlock, TABLE),
    (blocks.ChooserBlock, NULLABLE_ID),
    (blocks.StaticBlock, {"type": "null"}),
    (blocks.FieldBlock, STRING),  # CharBlock, TextBlock, URLBlock, EmailBlock, RawHTMLBlock…
]


def own_representation(block) -> bool:
    """Whether the block's API answer is shaped by this project's code, not Wagtail's."""
    for cls in type(block).__mro__:
        if "get_api_representation" in vars(cls):
            return not cls.__module__.startswith("wagtail.")
    return False


def component_name(name: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[_\W]+", name) if part) + "Block"


class BlockSchemas:
    """Collects the component schemas of stream children while describing blocks."""

    def __init__(self, components: dict):
        self.components = components
        self.owners: dict[str, str] = {}  # component name: the stream child it describes
        self.missing: list[str] = []

    def value(self, block, path: str) -> dict:
        schema = getattr(block, "api_schema", None)
        if schema is not None:
            return dict(schema)
        if own_representation(block):
            self.missing.append(f"{path} ({type(block).__module__}.{type(block).__name__})")
            return {}
        if isinstance(block, blocks.StructBlock):
            return {
                "type": "object",
                "properties": {
                    name: self.value(child, f"{path}.{name}")
                    for name, child in block.child_blocks.items()
                },
                "required": list(block.child_blocks),
                "additionalProperties": False,
            }
        if isinstance(block, blocks.ListBlock):
            return {"type": "array", "items": self.value(block.child_block, f"{path}[]")}
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block, path)
        for kind, schema in SCALARS:
            if isinstance(block, kind):
                schema = dict(schema)
                if isinstance(block, blocks.ChoiceBlock):
                    schema["enum"] = [*(str(key) for key, _ in block.field.choices if key), ""]
                return schema
        self.missing.append(f"{path} ({type(block).__module__}.{type(block).__name__})")
        return {}

    def stream(self, stream_block, path: str) -> dict:
        """An array of the stream's blocks: one component per kind, told apart by ``type``.

        Streams of one class (every page's body, say) share their components."""
        stream_class = type(stream_block)
        if not stream_class.__module__.startswith("wagtail."):
            path = stream_class.__name__
        mapping = {}
        for name, child in stream_block.child_blocks.items():
            identity = f"{path}.{name}"
            component = component_name(name)
            if self.owners.get(component, identity) != identity:
                component = component_name(identity)
            mapping[name] = f"#/components/schemas/{component}"
            if self.owners.get(component) == identity:
                continue
            self.owners[component] = identity
            description = getattr(child.meta, "description", "") or str(child.label)
            self.components[component] = {
                "type": "object",
                "title": str(child.label),
                "description": str(description),
                "properties": {
                    "type": {"type": "string", "const": name},
                    "value": self.value(child, identity),
                    "id": {"type": "string"},
                },
                "required": ["type", "value", "id"],
                "additionalProperties": False,
            }
        return {
            "type": "array",
            "items": {
                "oneOf": [{"$ref": ref} for ref in mapping.values()],
                "discriminator": {"propertyName": "type", "mapping": mapping},
            },
        }
