"""Header and footer menus, edited under Settings as ordered links to pages or addresses."""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.blocks.links import require_page_or_url
from home.fields import LeanStreamField


class MenuLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(required=False, help_text="A page of this site…")
    url = blocks.URLBlock(required=False, help_text="…or an address elsewhere (not both).")
    label = blocks.CharBlock(
        required=False,
        max_length=60,
        help_text="The words in the menu. Left empty: the page title.",
    )

    def clean(self, value):
        value = super().clean(value)
        require_page_or_url(value)
        if value.get("url") and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={
                    "label": ErrorList([ValidationError("Give a link elsewhere a label.")])
                }
            )
        return value

    class Meta:
        icon = "link"
        label = "Link"
        template = "blocks/menu_link.html"
        description = "A link in the menu: a page of this site or an address elsewhere."
        preview_value = {"page": None, "url": "https://example.com/book", "label": "Book a session"}


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    header_links = LeanStreamField(
        [("link", MenuLinkBlock())],
        blank=True,
        help_text=(
            "The menu at the top of every page, in this order. Left empty, pages ticked "
            "“Show in menus” appear instead."
        ),
    )
    footer_links = LeanStreamField(
        [("link", MenuLinkBlock())],
        blank=True,
        help_text="Links in the footer of every page, in this order.",
    )

    panels = [FieldPanel("header_links"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = "menus"
