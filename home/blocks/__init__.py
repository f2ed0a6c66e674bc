"""The one block library every body on the site is built from, grouped for the block picker."""

from wagtail import blocks

from .links import CallToActionBlock, TeaserCardsBlock
from .media import ImageBlock, VideoBlock
from .text import (
    HeadingBlock,
    ParagraphBlock,
    QuestionAnswerBlock,
    QuoteBlock,
    SayingsBlock,
    TableBlock,
)

__all__ = ["BodyBlock"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(group="Text")
    paragraph = ParagraphBlock(group="Text")
    quote = QuoteBlock(group="Text")
    sayings = SayingsBlock(group="Text")
    question = QuestionAnswerBlock(group="Text")
    table = TableBlock(group="Text")
    image = ImageBlock(group="Media")
    video = VideoBlock(group="Media")
    call_to_action = CallToActionBlock(group="Links")
    teaser_cards = TeaserCardsBlock(group="Links")
