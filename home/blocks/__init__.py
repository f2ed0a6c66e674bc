"""The one block library every body on the site is built from, grouped for the block picker."""

from django.utils.html import strip_tags
from wagtail import blocks

from .links import CallToActionBlock, TeaserCardsBlock
from .media import GalleryBlock, ImageBlock, VideoBlock
from .text import (
    CodeBlock,
    DividerBlock,
    HeadingBlock,
    NumberedListBlock,
    ParagraphBlock,
    QuestionAnswerBlock,
    QuoteBlock,
    RichTableBlock,
    SayingsBlock,
    TableBlock,
)

__all__ = ["BodyBlock"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(group="Text")
    paragraph = ParagraphBlock(group="Text")
    quote = QuoteBlock(group="Text")
    sayings = SayingsBlock(group="Text")
    numbered_list = NumberedListBlock(group="Text")
    question = QuestionAnswerBlock(group="Text")
    table = TableBlock(group="Text")
    rich_table = RichTableBlock(group="Text")
    code = CodeBlock(group="Text")
    divider = DividerBlock(group="Text")
    image = ImageBlock(group="Media")
    gallery = GalleryBlock(group="Media")
    video = VideoBlock(group="Media")
    call_to_action = CallToActionBlock(group="Links")
    teaser_cards = TeaserCardsBlock(group="Links")

    def clean(self, value):
        # A new piece starts with an empty paragraph to type into; left empty, it is dropped
        # rather than refused, as an empty paragraph says nothing.
        kept = [
            (child.block_type, child.value, child.id)
            for child in value
            if not (child.block_type == "paragraph" and not strip_tags(child.value.source).strip())
        ]
        return super().clean(blocks.StreamValue(self, kept))
