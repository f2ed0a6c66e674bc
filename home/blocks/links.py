"""Link blocks: a call to action and "Read More" teaser cards to other pages."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page

from home.serializers import page_card, page_link
from home.visibility import is_visible, mark_visible, visible
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


class VisiblePageChooserBlock(blocks.PageChooserBlock):
    """A chosen page, with a note of whether visitors can see it (one query per stream)."""

    def bulk_to_python(self, values):
        pages = super().bulk_to_python(values)
        mark_visible(pages)
        return pages


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="e.g. “Ready when you are”.")
    text = blocks.TextBlock(required=False, help_text="One or two sentences.")
    label = blocks.CharBlock(
        max_length=40, default="Book a session", help_text="The words on the button."
    )
    page = VisiblePageChooserBlock(required=False, help_text="Link to a page of this site…")
    url = blocks.URLBlock(required=False, help_text="…or to an address elsewhere (not both).")

    # What get_api_representation returns, for the API's OpenAPI document.
    api_schema = {
        "type": "object",
        "properties": {
            "heading": {"type": "string"},
            "text": {"type": "string"},
            "label": {"type": "string"},
            "page": {
                "anyOf": [{"$ref": "#/components/schemas/PageLink"}, {"type": "null"}],
                "description": "The page of this site it leads to; null for an address "
                "elsewhere or a page visitors cannot see.",
            },
            "url": {"type": ["string", "null"], "description": "Where the button leads."},
        },
        "required": ["heading", "text", "label", "page", "url"],
        "additionalProperties": False,
    }

    def clean(self, value):
        value = super().clean(value)
        require_page_or_url(value)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = value.get("page")
        # A call to action to a page visitors cannot open (a draft, a private page) is left out,
        # not a dead end or a login prompt.
        context["href"] = (page.url if is_visible(page) else None) if page else value.get("url")
        return context

    def get_api_representation(self, value, context=None):
        """As the HTML shows it: to a page visitors cannot open, no page and no address (the
        HTML leaves such a call to action out)."""
        request = (context or {}).get("request")
        page = value.get("page")
        shown = page if is_visible(page) else None
        return {
            "heading": value["heading"],
            "text": value["text"],
            "label": value["label"],
            "page": page_link(shown, request),
            "url": shown.get_full_url(request) if shown else (None if page else value.get("url")),
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
        # Every page stays chosen in the editor; visitors only see cards of pages they can open.
        mark_visible(pages.values())
        attach_card_images(pages.values())
        return [pages.get(value) for value in values]

    def get_api_representation(self, value, context=None):
        if not is_visible(value):
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

    api_schema = {
        "type": "object",
        "properties": {
            "heading": {"type": "string"},
            "pages": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/PageCard"},
                "description": "Cards of the pages visitors can see, in the editors' order.",
            },
        },
        "required": ["heading", "pages"],
        "additionalProperties": False,
    }

    def get_api_representation(self, value, context=None):
        cards = super().get_api_representation(value, context)
        return {**cards, "pages": [card for card in cards["pages"] if card]}

    def get_preview_value(self):
        """Cards for three live pages, those with a picture first, as editors would pick."""
        pages = list(
            visible(Page.objects.filter(depth__gte=3))
            .order_by("path")
            .defer_streamfields()
            .specific()[:30]
        )
        attach_card_images(pages)
        pages.sort(key=lambda page: getattr(page, "card_image", None) is None)
        return self.to_python({"heading": "Read more", "pages": [page.pk for page in pages[:3]]})

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context)
        if not value["pages"]:
            context["placeholder"] = "Cards for the pages you choose appear here."
        return context

    class Meta:
        icon = "grip"
        template = "blocks/teaser_cards.html"
        description = "A grid of “Read more” cards that lead to other pages."
