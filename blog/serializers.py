"""API fields of the writing sections: related pieces by shared tags."""

from home.serializers import WholePageField, page_card


class RelatedPagesField(WholePageField):
    """Pieces of the same kind sharing the most tags with this one."""

    openapi_schema = {"type": "array", "items": {"$ref": "#/components/schemas/PageCard"}}

    def to_representation(self, page):
        related = page.related_pages(list(page.tags.all()))
        return [page_card(piece, self.request) for piece in related]
