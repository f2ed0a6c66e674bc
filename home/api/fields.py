"""API fields for page models: images, people, page links, SEO and structured data."""

from rest_framework.fields import Field

from home.api import representation


class _RequestField(Field):
    @property
    def request(self):
        return self.context.get("request")


class ImageField(_RequestField):
    def to_representation(self, value):
        return representation.image(value, self.request)


class AuthorField(_RequestField):
    def to_representation(self, value):
        return representation.author(value, self.request)


class PageLinksField(_RequestField):
    """A many-to-many of pages (e.g. related modalities), live ones only."""

    def to_representation(self, value):
        return [representation.page_link(page, self.request) for page in value.all() if page.live]


class RichTextField(_RequestField):
    def to_representation(self, value):
        return representation.rich_text(value, self.request)


class ListingField(_RequestField):
    """What cards show of the page: its listing title, intro and picture."""

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        return {
            "title": page.card_title,
            "intro": page.card_intro,
            "image": representation.image(page.card_image, self.request),
        }


class SeoField(_RequestField):
    """How the page presents itself to search engines and social networks."""

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        from home.context_processors import practice_for

        meta = page.get_meta(self.request, practice_for(self.request))
        return {
            "title": meta.title,
            "seo_title": page.seo_title,
            "description": meta.description,
            "canonical_url": meta.canonical,
            "robots": meta.robots,
            "noindex": page.noindex,
            "exclude_from_sitemap": page.exclude_from_sitemap,
            "og_type": meta.og_type,
            "social_image": representation.image(meta.image, self.request),
        }


class StructuredDataField(_RequestField):
    """The page's JSON-LD graph, exactly as its HTML carries it."""

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        from home.context_processors import practice_for
        from home.structured_data import graph_for

        practice = practice_for(self.request)
        context = {
            "request": self.request,
            "practice": practice,
            "meta": page.get_meta(self.request, practice),
            **page.structured_data_context(self.request),
        }
        return graph_for(page, context)


class QuestionsField(_RequestField):
    """Questions (snippets) with their topic and answer as rich text."""

    def to_representation(self, value):
        questions = value.select_related("topic") if hasattr(value, "select_related") else value
        return representation.questions(questions, self.request)


class TopicsField(_RequestField):
    """The FAQ page's questions, grouped by topic in the editors' order."""

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        return [
            {
                "id": topic.pk,
                "name": topic.name,
                "questions": representation.questions(topic.questions.all(), self.request, topic),
            }
            for topic in page.topics()
        ]


class RelatedPagesField(_RequestField):
    """Pieces of the same kind sharing the most tags with this one."""

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page):
        related = page.related_pages(list(page.tags.all()))
        return [representation.page_card(piece, self.request) for piece in related]


class TagNamesField(Field):
    """Tag names, read from prefetched tags when the listing prefetched them."""

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())
