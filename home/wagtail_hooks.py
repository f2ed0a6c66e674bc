"""Admin wiring of the page core: the dashboard's first panel."""

from django.utils.safestring import mark_safe
from laces.components import Component
from wagtail import hooks
from wagtail.models import Page

from home.registry import registry


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
