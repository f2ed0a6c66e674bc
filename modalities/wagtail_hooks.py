"""Admin wiring of the modality section: questions listed in their order, reordered by dragging."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from modalities.models import Question


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    list_display = ["question", "topic"]
    list_filter = ["topic"]
    # Orderable's sort_order: the listing shows drag handles and saves each move.
    sort_order_field = "sort_order"

    def get_index_view_kwargs(self, **kwargs):
        # Opened in the editors' order, so the handles are there without a click on "Sort".
        return super().get_index_view_kwargs(default_ordering="sort_order", **kwargs)


register_snippet(QuestionViewSet)
