"""Text blocks: headings with anchors, paragraphs, quotes, sayings, inline Q&A and tables."""

from django.utils.text import slugify
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text="The heading as readers will see it.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section heading"), ("h3", "Sub-heading")],
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
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault(
            "help_text", "Running text: bold, italic, links and lists. Keep paragraphs short."
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"
        description = "Running text with bold, italic, links and lists."
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
