"""The shared writing page base and the three writing sections with their listings."""

from __future__ import annotations

from dataclasses import replace

from django.conf import settings
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from blog.feeds import SectionFeed
from blog.forms import WritingPageForm
from blog.serializers import RelatedPagesField
from home.appearance import fit_description
from home.fields import BodyField
from home.jsonld import ids, image_node, person_ref
from home.models import Author, BasePage, HealthReviewMixin, practice_for
from home.models.people import IMAGE_MODEL
from home.pagination import page_number, paginate
from home.selections import choose, load
from home.serializers import AuthorField, ImageField, TagNamesField
from home.visibility import visible
from home.walker import reading_minutes
from media.images import attach_card_images

# Related cards are chosen among this many of the newest live pages with a shared tag.
RELATED_CANDIDATES = 100


class WritingPage(HealthReviewMixin, BasePage):
    """What articles, essays and journey stages share."""

    author = models.ForeignKey(
        Author,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Who wrote this; shown with their credentials. A new piece names the writer's own "
            "author profile."
        ),
    )
    date = models.DateField(
        "date", default=timezone.localdate, help_text="The date shown on the piece."
    )
    intro = models.TextField(
        max_length=500, help_text="One or two sentences that open the piece and appear on cards."
    )
    hero_image = models.ForeignKey(
        IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "The main picture: at the top of the piece, on its cards and when it is shared. "
            "Set a different card or social picture on the Promote tab only if you want one."
        ),
    )
    body = BodyField(help_text="The piece itself, built from blocks.")
    reading_time = models.PositiveSmallIntegerField(
        default=1, editable=False, help_text="Minutes to read, worked out on save."
    )

    og_type = "article"
    # Loaded with the page when routed to it (and kept by each process: home.routing).
    route_related = ("hero_image", "author__photo", "reviewed_by__photo")
    subpage_types: list[str] = []
    base_form_class = WritingPageForm
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("date"), FieldPanel("tags")], heading="Byline"
        ),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        *HealthReviewMixin.review_panels,
    ]
    api_fields = BasePage.api_fields + [
        APIField("author", serializer=AuthorField()),
        APIField("date"),
        APIField("intro"),
        APIField("hero_image", serializer=ImageField()),
        APIField("body"),
        APIField("tags", serializer=TagNamesField()),
        APIField("reading_time"),
        APIField("reviewed_by", serializer=AuthorField()),
        APIField("last_reviewed"),
        APIField("related", serializer=RelatedPagesField()),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.AutocompleteField("intro"),  # the admin's page search matches as you type
        index.AutocompleteField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    class Meta:
        abstract = True
        # Listings, feeds and the home page's latest writing read pieces newest first (by date,
        # then id): this index gives them in that order without sorting the whole archive.
        indexes = [models.Index(fields=["date", "page_ptr"], name="%(app_label)s_%(class)s_date")]

    def get_template(self, request, *args, **kwargs):
        return "blog/writing_page.html"

    @property
    def section(self) -> Page:
        """The index page this piece belongs to (already loaded for the breadcrumbs)."""
        return self.breadcrumbs[-1]

    def save(self, *args, **kwargs):
        self.reading_time = reading_minutes(self.body)
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.structured_data_context(request))
        context["related"] = choose(
            f"read-next:{self.pk}", lambda: self.related_pages(context["tags"]), request
        )
        return context

    def structured_data_context(self, request) -> dict:
        return {"tags": list(self.tags.all())}

    def structured_data_nodes(self, context) -> list[dict]:
        request = context["request"]
        meta = context["meta"]
        node = {
            "@type": "BlogPosting",
            "@id": f"{meta.canonical}#article",
            "headline": self.title[:110],
            "description": self.intro,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "mainEntityOfPage": {"@id": f"{meta.canonical}#webpage"},
            "publisher": {"@id": ids(request)["business"]},
            "articleSection": self.section.title,
            "keywords": [tag.name for tag in context.get("tags", [])],
            "inLanguage": "en-US",
        }
        if self.author:
            node["author"] = person_ref(request, context["practice"], self.author)
        if image := image_node(request, meta.image):
            node["image"] = image
        return [node]

    def related_pages(self, tags, limit: int = 3) -> list[WritingPage]:
        """Live pages of the same kind sharing the most of ``tags`` with this one, among the
        newest that share any (a bounded look, however large the archive grows)."""
        tag_ids = [tag.pk for tag in tags]
        if not tag_ids:
            return []
        model = type(self)
        # The newest tagging rows first (the index on tags finds them without the pages).
        newest = (
            model.tags.through.objects.filter(tag_id__in=tag_ids, content_object__live=True)
            .exclude(content_object_id=self.pk)
            .order_by("-content_object_id")
            .values("content_object_id")
            .distinct()[:RELATED_CANDIDATES]
        )
        pages = list(
            visible(model.objects.filter(pk__in=newest))
            .annotate(
                shared=models.Count(
                    "tagged_items", filter=models.Q(tagged_items__tag_id__in=tag_ids)
                )
            )
            .order_by("-shared", "-date", "-pk")
            .defer_streamfields()[:limit]
        )
        attach_card_images(pages)
        return pages


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("blog.ArticlePage", related_name="tagged_items")


class EssayTag(TaggedItemBase):
    content_object = ParentalKey("blog.EssayPage", related_name="tagged_items")


class JourneyStageTag(TaggedItemBase):
    content_object = ParentalKey("blog.JourneyStagePage", related_name="tagged_items")


class ArticlePage(WritingPage):
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, help_text="A few topic words.")
    parent_page_types = ["blog.BlogIndexPage"]

    class Meta(WritingPage.Meta):
        verbose_name = "article"


class EssayPage(WritingPage):
    tags = ClusterTaggableManager(through=EssayTag, blank=True, help_text="A few topic words.")
    parent_page_types = ["blog.EssayIndexPage"]

    class Meta(WritingPage.Meta):
        verbose_name = "philosophy essay"


class JourneyStagePage(WritingPage):
    tags = ClusterTaggableManager(
        through=JourneyStageTag, blank=True, help_text="A few topic words."
    )
    parent_page_types = ["blog.JourneyIndexPage"]

    class Meta(WritingPage.Meta):
        verbose_name = "journey stage"


class WritingIndexPage(RoutablePageMixin, BasePage):
    """A section listing its pieces, with pages of results, tag pages and an RSS feed."""

    schema_page_type = "CollectionPage"

    intro = models.TextField(
        max_length=500, blank=True, help_text="One or two sentences above the list."
    )

    max_count = 1
    parent_page_types = ["home.HomePage"]
    child_model: type[WritingPage]
    # Journey stages follow the order editors give them in the page tree; the rest, newest first
    # (read from the pieces' date index, WritingPage.Meta).
    ordering: tuple[str, ...] = ("-date", "-pk")
    # The query parameters a listing reads: the page cache keeps one copy per page of results.
    query_parameters = ("page",)
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.AutocompleteField("intro"),  # the admin's page search matches as you type
    ]

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        return "blog/writing_index_page.html"

    def pieces(self):
        return (
            visible(self.child_model.objects.child_of(self))
            .defer_streamfields()
            .order_by(*self.ordering)
        )

    def paginate(self, request, queryset, name: str = ""):
        """A page of results (``name`` says which listing: the section's own, a tag's), as the
        pages its cards show (home.selections), and the links to the pages beside it."""
        number = page_number(request)
        size = settings.STILLPOINT_PAGE_SIZE
        items = choose(
            f"section:{self.pk}:{name}:{number}:{size}",
            lambda: queryset[(number - 1) * size : number * size + 1],
            request,
            keep_none=number == 1,  # any later page number can be asked for: only real ones
        )
        if number > 1 and not items:
            raise Http404("No such page of results.")
        has_next = len(items) > size
        items = items[:size]
        return {"items": items, "number": number, "pages": paginate(number, has_next)}

    def listing_meta(self, request, number: int, tag=None, items=()):
        """Each page of results and each tag page is its own page for search engines, with a
        title and a description of its own, generated from the pieces it lists."""
        practice = practice_for(request)
        meta = self.get_meta(request, practice)
        if tag is None and number == 1:
            return meta
        url, qualifier, lead = meta.canonical, "", self.title
        if tag is not None:
            url = f"{self.get_full_url(request)}tags/{iri_to_uri(tag.slug)}/"
            qualifier = f": {tag.name}"
            lead = f"{self.title}, tagged “{tag.name}”"
        if number > 1:
            url = f"{url}?page={number}"
            qualifier = f"{qualifier} (page {number})"
            lead = f"{lead}, page {number}"
        items = load(items)
        titles = "; ".join(item.card_title for item in items)
        names = self.child_model._meta
        kind = names.verbose_name if len(items) == 1 else names.verbose_name_plural
        description = fit_description(
            [
                f"{lead}: {titles}." if titles else f"{lead}.",
                *(item.card_intro for item in items[:1]),
                meta.description,
            ],
            fallback=f"A list of {len(items)} {kind} from {meta.site_name}.",
        )
        title = self.meta_title(practice.name, qualifier)
        return replace(meta, canonical=url, title=title, description=description)

    @path("")
    def listing(self, request):
        listing = self.paginate(request, self.pieces())
        meta = self.listing_meta(request, listing["number"], items=listing["items"])
        return self.render(request, context_overrides={"listing": listing, "meta": meta})

    @path("tags/<str:tag>/")
    def tag_listing(self, request, tag):
        tag = get_object_or_404(Tag, slug=tag)
        pieces = self.pieces().filter(tags=tag)
        listing = self.paginate(request, pieces, f"tag:{tag.pk}")
        if not listing["items"]:
            raise Http404("Nothing is tagged with that word here.")
        meta = self.listing_meta(request, listing["number"], tag, listing["items"])
        return self.render(
            request, context_overrides={"listing": listing, "tag": tag, "meta": meta}
        )

    @path("feed/")
    def feed(self, request):
        return SectionFeed(self)(request)


class BlogIndexPage(WritingIndexPage):
    child_model = ArticlePage
    subpage_types = ["blog.ArticlePage"]

    class Meta:
        verbose_name = "blog index"


class EssayIndexPage(WritingIndexPage):
    child_model = EssayPage
    subpage_types = ["blog.EssayPage"]

    class Meta:
        verbose_name = "philosophy index"


class JourneyIndexPage(WritingIndexPage):
    child_model = JourneyStagePage
    subpage_types = ["blog.JourneyStagePage"]
    ordering = ("path",)

    class Meta:
        verbose_name = "journey index"


def latest_writing(home, count: int) -> list[WritingPage]:
    """The newest articles and essays of ``home``'s site together, for the home page."""
    pieces = [
        piece
        for model in (ArticlePage, EssayPage)
        for piece in visible(model.objects.descendant_of(home))
        .defer_streamfields()
        .order_by("-date", "-pk")[:count]
    ]
    pieces.sort(key=lambda page: page.date, reverse=True)
    pieces = pieces[:count]
    attach_card_images(pieces)
    return pieces
