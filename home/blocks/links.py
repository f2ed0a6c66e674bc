"""Link blocks: a call to action and "Read More" teaser cards to other pages."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page

from home.serializers import page_card, page_link
from media.images import attach_card_images


def require_page_or_url(value) -> None:
    """A link block leads to a page of this site or to an address elsewhere: exactly one."""
    if bool(value.get("page")) == bool(value.get("url")):
        message = "Choose a page or enter an address: exactly one of the two."
        raise StructBlockValidationError(
            block_errors={
                "page": ErrorList([ValidationError(message)]),
                "url": ErrorList([ValidationError(message)]),
            }
        )


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="e.g. “Ready when you are”.")
    text = blocks.TextBlock(required=False, help_text="One or two sentences.")
    label = blocks.CharBlock(
        max_length=40, default="Book a session", help_text="The words on the button."
    )
    page = blocks.PageChooserBlock(required=False, help_text="Link to a page of this site…")
    url = blocks.URLBlock(required=False, help_text="…or to an address elsewhere (not both).")

    def clean(self, value):
        value = super().clean(value)
        require_page_or_url(value)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("page")
        # A call to action to a page that is no longer live is left out, not a dead end.
        context["href"] = (page.url if page.live else None) if page else value.get("url")
        return context

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        page = value.get("page")
        return {
            "heading": value["heading"],
            "text": value["text"],
            "label": value["label"],
            "page": page_link(page, request) if page else None,
            "url": page.get_full_url(request) if page else value.get("url"),
        }

    class Meta:
        icon = "link"
        template = "blocks/call_to_action.html"
        description = "A short invitation with a button, e.g. to book a session."
        preview_value = {
            "heading": "Ready when you are",
            "text": "Sessions are unhurried and tailored to you.",
            "label": "Book a session",
            "url": "https://example.com/book",
        }


class CardPageChooserBlock(blocks.PageChooserBlock):
    """Loads every card's page in one query per page type, and their pictures in two more."""

    def bulk_to_python(self, values):
        ids = [value for value in values if value is not None]
        pages = (
            {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()} if ids else {}
        )
        # Every page stays chosen in the editor; visitors only see cards of live, public pages.
        shown = set(Page.objects.filter(pk__in=ids).live().public().values_list("pk", flat=True))
        for page in pages.values():
            page.shown_as_card = page.pk in shown
        attach_card_images(pages.values())
        return [pages.get(value) for value in values]

    def get_api_representation(self, value, context=None):
        if value is None or not getattr(value, "shown_as_card", value.live):
            return None
        return page_card(value, (context or {}).get("request"))


class TeaserCardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the cards."
    )
    pages = blocks.ListBlock(
        CardPageChooserBlock(label="Page"),
        min_num=1,
        max_num=12,
        help_text=(
            "Pages to show as cards with a picture, a one-line summary and “Read more”. "
            "Each card uses the page's listing title, intro and image (Promote tab)."
        ),
    )

    def get_api_representation(self, value, context=None):
        cards = super().get_api_representation(value, context)
        return {**cards, "pages": [card for card in cards["pages"] if card]}

    def get_preview_value(self):
        """Cards for the first few live pages below the home page, as editors would pick."""
        pages = Page.objects.live().public().filter(depth=3).order_by("path")[:3]
        return self.to_python({"heading": "Read more", "pages": [page.pk for page in pages]})

    class Meta:
        icon = "grip"
        template = "blocks/teaser_cards.html"
        description = "A grid of “Read more” cards that lead to other pages."
