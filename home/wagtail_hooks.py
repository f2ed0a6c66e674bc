"""Admin wiring of the page core: the dashboard's first panel, a word on repaired rich text."""

from django.contrib import messages
from django.utils.safestring import mark_safe
from laces.components import Component
from wagtail import hooks
from wagtail.models import Page

from home.registry import registry
from home.rich_text_links import PublicDocumentLinkHandler, VisiblePageLinkHandler
from home.richtext import REPAIRED_MESSAGE, has_broken_rich_text


class PractitionerPanel(Component):
    """The dashboard's first panel: the next things a practitioner usually wants to do."""

    name = "stillpoint_practitioner"
    order = 50
    template_name = "home/admin/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        request = self.request
        actions = [
            (action, url)
            for action in sorted(registry.dashboard_actions, key=lambda action: action.order)
            if (url := action.url(request)) is not None
        ]
        drafts = (
            Page.objects.filter(has_unpublished_changes=True, latest_revision__user=request.user)
            .order_by("-latest_revision_created_at")
            .specific()[:5]
        )
        sections = mark_safe("".join(section(request) for section in registry.dashboard_sections))
        return {"actions": actions, "drafts": drafts, "sections": sections}


@hooks.register("construct_homepage_panels")
def add_practitioner_panel(request, panels):
    panels.insert(0, PractitionerPanel(request))


@hooks.register("before_edit_page")
@hooks.register("before_edit_snippet")
@hooks.register("before_edit_setting")
def say_when_rich_text_was_repaired(request, instance):
    """The editor opens broken stored markup as far as it can: tell the editor to check it."""
    if request.method == "GET" and has_broken_rich_text(instance):
        messages.warning(request, REPAIRED_MESSAGE)


@hooks.register("register_rich_text_features", order=100)
def links_visitors_can_follow(features):
    # After Wagtail's own registrations (order 0), which these replace.
    features.register_link_type(VisiblePageLinkHandler)
    features.register_link_type(PublicDocumentLinkHandler)


@hooks.register("construct_page_action_menu")
def publish_first(menu_items, request, context):
    """Publish as the visible button where the editor's role allows it (Save draft moves into
    the menu beside it); Contributors, who cannot publish, keep Save draft first."""
    for index, item in enumerate(menu_items):
        if item.name == "action-publish":
            menu_items.insert(0, menu_items.pop(index))
            break
