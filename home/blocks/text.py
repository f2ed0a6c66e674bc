"""Text blocks: headings, paragraphs, quotes, sayings, numbered lists, Q&A, tables, code, rules."""

from django.utils.text import slugify
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# Within a line (a list item, a table cell): emphasis, links and inline marks, no block elements.
INLINE_FEATURES = ["bold", "italic", "link", "code", "subscript", "superscript", "strikethrough"]
# Running text also carries what old sites and technical notes need inline: code, chemical and
# footnote marks (H<sub>2</sub>O, 1<sup>st</sup>), struck-out words and a quotation with links.
PARAGRAPH_FEATURES = [
    *RICH_TEXT_FEATURES,
    *("code", "subscript", "superscript", "strikethrough", "blockquote"),
]


HEADING_LEVELS = [("h2", "Section heading"), ("h3", "Sub-heading"), ("h4", "Minor heading")]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="The heading as readers will see it.")
    level = blocks.ChoiceBlock(
        choices=HEADING_LEVELS,
        default="h2",
        help_text="Use a sub-heading only inside a section that already has a heading.",
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=(
            "Optional link name so others can link straight to this section, e.g. "
            "“what-to-expect”. Left empty, it is made from the heading."
        ),
    )

    api_schema = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "level": {"type": "string", "enum": [level for level, _ in HEADING_LEVELS]},
            "anchor": {"type": "string", "description": "The section's link name (#anchor)."},
        },
        "required": ["text", "level", "anchor"],
        "additionalProperties": False,
    }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = slugify(value["anchor"] or value["text"])
        return context

    def get_api_representation(self, value, context=None):
        return {
            **super().get_api_representation(value, context),
            "anchor": slugify(value["anchor"] or value["text"]),
        }

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        description = "A section heading; readers can jump to it with a link."
        preview_value = {"text": "What happens in a session", "level": "h2", "anchor": ""}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        kwargs.setdefault(
            "help_text",
            "Running text: bold, italic, links, lists, inline code, sub- and superscript, "
            "struck-out words. Keep paragraphs short.",
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        description = "Running text with bold, italic, links, lists and inline code."
        preview_value = (
            "<p>A session begins with a conversation about how you are feeling, "
            "then continues in quiet, with light touch.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text="The words being quoted, without quotation marks.")
    attribution = blocks.CharBlock(
        required=False, max_length=120, help_text="Who said it, e.g. “A client, 2025”."
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = "A quotation set apart from the text, with who said it."
        preview_value = {
            "text": "I left lighter than I came in.",
            "attribution": "A client",
        }


class SayingsBlock(blocks.StructBlock):
    intro = blocks.CharBlock(
        required=False, max_length=200, help_text="Optional line that introduces the list."
    )
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label="Saying"),
        min_num=1,
        help_text="One saying per line, e.g. “A weight on my shoulders”.",
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/sayings.html"
        description = "A short bulleted list of sayings or key points."
        preview_value = {
            "intro": "Everyday speech knows it already:",
            "items": ["A gut feeling", "A weight on my shoulders", "My heart sank"],
        }


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, help_text="The question, as a visitor would ask.")
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, help_text="A short, plain answer.")

    class Meta:
        icon = "help"
        template = "blocks/question.html"
        description = "A question that opens to show its answer."
        preview_value = {
            "question": "Do I need to undress?",
            "answer": "<p>No. You stay fully clothed; loose, comfortable clothes are best.</p>",
        }


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        template = "blocks/table.html"
        description = "A simple table, e.g. session lengths and fees."
        preview_value = {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Sessions",
            "data": [["Session", "Length"], ["First visit", "90 minutes"]],
        }


class NumberedListBlock(blocks.StructBlock):
    start = blocks.IntegerBlock(
        min_value=1,
        default=1,
        help_text="The number of the first item, e.g. 4 to go on from a list before a picture.",
    )
    items = blocks.ListBlock(
        blocks.RichTextBlock(features=INLINE_FEATURES, label="Step"),
        min_num=1,
        help_text="One step per item, in order.",
    )

    api_schema = {
        "type": "object",
        "properties": {
            "start": {"type": "integer", "description": "The number of the first item."},
            "items": {
                "type": "array",
                "items": {"type": "string", "description": "Rich text as HTML."},
            },
        },
        "required": ["start", "items"],
        "additionalProperties": False,
    }

    class Meta:
        icon = "list-ol"
        template = "blocks/numbered_list.html"
        description = "Numbered steps that may start at any number."
        preview_value = {
            "start": 4,
            "items": ["<p>Let the jaw soften.</p>", "<p>Breathe out a little <i>longer</i>.</p>"],
        }


class RichTableBlock(TypedTableBlock):
    text = blocks.RichTextBlock(features=INLINE_FEATURES, required=False, label="Text")

    api_schema = {
        "type": "object",
        "properties": {
            "caption": {"type": "string"},
            "columns": {"type": "array", "items": {"type": "string"}, "description": "Headings."},
            "rows": {
                "type": "array",
                "items": {
                    "type": "array",
                    "items": {"type": "string", "description": "A cell's rich text as HTML."},
                },
            },
        },
        "required": ["caption", "columns", "rows"],
        "additionalProperties": False,
    }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["headed"] = any(column["heading"] for column in value.columns)
        return context

    def get_api_representation(self, value, context=None):
        return {
            "caption": value.caption,
            "columns": [column["heading"] for column in value.columns],
            "rows": [
                [
                    column["block"].get_api_representation(cell, context)
                    for column, cell in zip(value.columns, row["values"], strict=False)
                ]
                for row in value.row_data
            ],
        }

    class Meta:
        icon = "table"
        template = "blocks/rich_table.html"
        description = "A table whose cells may hold links, emphasis or inline code."
        preview_value = {
            "caption": "Sessions",
            "columns": [{"type": "text", "heading": "Session"}, {"type": "text", "heading": "Fee"}],
            "rows": [
                {"values": ["<p><b>First</b> visit</p>", '<p><a href="/contact/">Ask us</a></p>']}
            ],
        }


class CodeBlock(blocks.StructBlock):
    language = blocks.CharBlock(
        required=False,
        max_length=40,
        help_text="Optional label shown above the code, e.g. “Python” or “Shell”.",
    )
    code = blocks.TextBlock(help_text="Pasted as is: spaces and line breaks are kept.")

    class Meta:
        icon = "code"
        template = "blocks/code.html"
        description = "Preformatted text or code, shown exactly as typed."
        preview_value = {
            "language": "Text",
            "code": "Breathe in  – 4 counts\nHold       – 4 counts\nBreathe out – 6 counts",
        }


class DividerBlock(blocks.StaticBlock):
    api_schema = {"type": "object", "properties": {}, "additionalProperties": False}

    def get_api_representation(self, value, context=None):
        return {}

    class Meta:
        icon = "horizontalrule"
        template = "blocks/divider.html"
        admin_text = "A quiet line between two parts of the page."
        description = "A horizontal line that separates two parts of the page."
        preview_value = None
