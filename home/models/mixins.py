"""Small abstract concerns every page is composed of: listing card, SEO, health review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PageViewRestriction

from home.appearance import with_site_name, without_site_name
from home.forms import PageForm
from home.models.people import IMAGE_MODEL, Author
from home.models.practice import practice_for
from home.registry import registry
from home.routing import child_for_request
from home.serializers import ListingField, PageDataField, SeoField
from home.validators import validate_canonical
from home.visibility import private_paths
from media.images import expect_own_pictures

# The JSON-LD graph of a page, as the feature that builds it registers it.
STRUCTURED_DATA = {
    "type": "object",
    "description": "The page's JSON-LD graph, exactly as its HTML carries it.",
    "properties": {
        "@context": {"type": "string", "const": "https://schema.org"},
        "@graph": {
            "type": "array",
            "items": {
                "type": "object",
                "description": "A schema.org node; its other properties depend on its type.",
                "properties": {
                    "@type": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"type": "string"}},
                        ]
                    },
                    "@id": {"type": "string"},
                },
                "required": ["@type", "@id"],
            },
        },
    },
    "required": ["@context", "@graph"],
    "additionalProperties": False,
}


class ListingMixin(models.Model):
    """What cards and listings show of a page; they never dig into its body."""

    listing_title = models.CharField(
        max_length=120,
        blank=True,
        help_text="Shorter title for cards and lists. Left empty, the page title is used.",
    )
    listing_intro = models.CharField(
        max_length=240,
        blank=True,
        help_text="One sentence for cards and lists. Left empty, the page's summary is used.",
    )
    listing_image = models.ForeignKey(
        IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Picture for cards and lists. Left empty, the page's main picture is used.",
    )

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_intro"), FieldPanel("listing_image")],
            heading="How this page appears in cards and lists",
        )
    ]

    # Page types name the field their cards fall back to ("summary", "intro").
    card_intro_field = "intro"

    class Meta:
        abstract = True

    @property
    def card_title(self) -> str:
        return self.listing_title or self.title

    @property
    def card_intro(self) -> str:
        return self.listing_intro or getattr(self, self.card_intro_field, "") or ""

    @property
    def card_image_id(self) -> int | None:
        return self.listing_image_id or getattr(self, "hero_image_id", None)

    @cached_property
    def card_image(self):
        # Listings set this in bulk (media.images.attach_card_images); this is the one-off path.
        return self.listing_image or getattr(self, "hero_image", None)


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself in <head>: the template prints it and decides nothing."""

    title: str
    description: str
    canonical: str
    robots: str
    og_type: str
    site_name: str
    image: object | None
    published: datetime | date | None = None
    modified: datetime | None = None


class SeoMixin(models.Model):
    """Per-page search and social settings, kept on the Promote tab."""

    social_image = models.ForeignKey(
        IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Picture shown when the page is shared on social media (best 1200×630). "
            "Left empty, the listing or main picture is used, then the site's default."
        ),
    )
    canonical_url = models.URLField(
        "canonical URL",
        blank=True,
        validators=[validate_canonical],
        help_text=(
            "Only if this page's content first appeared elsewhere: the full address of the "
            "original. Left empty, the page's own address is used."
        ),
    )
    noindex = models.BooleanField(
        "hide from search engines",
        default=False,
        help_text="Ask search engines not to list this page (it also leaves the sitemap).",
    )
    exclude_from_sitemap = models.BooleanField(
        default=False,
        help_text="Leave this page out of the sitemap while still letting search engines list it.",
    )

    og_type = "website"

    seo_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
                FieldPanel("canonical_url"),
                FieldPanel("noindex"),
                FieldPanel("exclude_from_sitemap"),
            ],
            heading="For search engines and social media",
        ),
    ]

    class Meta:
        abstract = True

    def meta_title(self, site_name: str, qualifier: str = "") -> str:
        """The <title>: the SEO title (else the page title), a qualifier such as a tag or a
        page number of results, then the site's name, joined one way on every page type."""
        site_name = site_name or "Stillpoint"
        own = without_site_name(self.seo_title or self.title, site_name)
        return with_site_name(f"{own}{qualifier}", site_name)

    def meta_description(self) -> str:
        """The meta description: the page's own, else its listing intro."""
        return self.search_description or getattr(self, "card_intro", "")

    def meta_for(self, request) -> PageMeta:
        """What <head> says on this request's site."""
        return self.get_meta(request, practice_for(request))

    def get_meta(self, request, practice) -> PageMeta:
        site_name = practice.name or "Stillpoint"
        return PageMeta(
            title=self.meta_title(site_name),
            description=self.meta_description(),
            canonical=self.canonical_url or self.get_full_url(request),
            robots="noindex, follow" if self.noindex else "index, follow",
            og_type=self.og_type,
            site_name=site_name,
            image=self.social_image
            or getattr(self, "card_image", None)
            or practice.default_social_image,
            published=getattr(self, "date", None) if self.og_type == "article" else None,
            modified=self.last_published_at if self.og_type == "article" else None,
        )


class HealthReviewMixin(models.Model):
    """Who stands behind a page that speaks about health, and when it was last checked."""

    reviewed_by = models.ForeignKey(
        Author,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The practitioner who wrote or checked this page; shown to readers.",
    )
    last_reviewed = models.DateField(
        null=True,
        blank=True,
        help_text="When the content was last checked for accuracy; shown to readers.",
    )

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("reviewed_by"), FieldPanel("last_reviewed")],
            heading="Who stands behind this page",
        )
    ]

    class Meta:
        abstract = True


class BasePage(ListingMixin, SeoMixin, Page):
    """Every Stillpoint page: a listing card, SEO settings, and the shared page context."""

    # Every page type's api_fields start with these.
    api_fields = [
        APIField("listing", serializer=ListingField()),
        APIField("seo", serializer=SeoField()),
        APIField(
            "structured_data",
            serializer=PageDataField("structured_data", STRUCTURED_DATA),
        ),
    ]

    promote_panels = SeoMixin.seo_panels + ListingMixin.listing_panels
    base_form_class = PageForm
    # schema.org type of the page itself in its JSON-LD.
    schema_page_type = "WebPage"
    # What every view of the page shows through a foreign key (pictures, people), loaded with
    # the page when a visitor's request is routed to it (BasePage.route).
    route_related: tuple[str, ...] = ()
    # What every view of the page shows through other relations (prefetch_related names),
    # loaded with it in the same way (see ``prefetched``).
    route_prefetch: tuple[str, ...] = ()
    # How the page's template shows its hero picture (one of media.ready.USES).
    hero_use = "hero"

    class Meta:
        abstract = True

    def prefetched(self, name: str):
        """The related manager ``name``'s objects as routing loaded them (route_prefetch), or
        None when they were not (a preview, a page found another way)."""
        if name in getattr(self, "_prefetched_objects_cache", {}):
            return list(getattr(self, name).all())
        return None

    @property
    def preview_modes(self):
        return [("", "Site"), *((mode.name, mode.label) for mode in registry.preview_modes)]

    def serve_preview(self, request, mode_name):
        for mode in registry.preview_modes:
            if mode.name == mode_name:
                return mode.serve(self, request)
        return super().serve_preview(request, mode_name)

    def structured_data_context(self, request) -> dict:
        """What this page type's structured data needs beyond the page (its questions, tags)."""
        return {}

    def structured_data_page(self, context) -> dict:
        """Properties this page type adds to its own WebPage node."""
        return {}

    def structured_data_nodes(self, context) -> list[dict]:
        """Further JSON-LD nodes this page type describes (an article, a service…)."""
        return []

    def route(self, request, path_components):
        # The child as its own type with what its view shows, kept by this process between
        # its changes (home.routing); a section holding one page type (articles, modalities)
        # looks for that type alone.
        if path_components:
            child_models = self.clean_subpage_models()
            model = child_models[0] if len(child_models) == 1 else None
            child = child_for_request(self, path_components[0], model)
            if child is not None:
                return child.route(request, path_components[1:])
        # Nothing of that type (a page of a type no longer allowed here, or none): as Wagtail.
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["meta"] = self.meta_for(request)
        expect_own_pictures(self, self.hero_use, context["meta"].image, practice_for(request))
        return context

    def get_view_restrictions(self):
        """The restrictions of this page and the pages above it, and, for an alias, those of the
        page it repeats and the pages above that one, in one query.

        Wagtail's own check reads an alias's source page but not the sections above it, so an
        alias of a page in a private section would be public; here it stays private.
        """
        # No query when no restriction, nor alias of a private page, is at or above it.
        if not self.alias_of_id and not self.path.startswith(tuple(private_paths())):
            return PageViewRestriction.objects.none()
        step = self.steplen
        on_path = Page.objects.filter(
            path__in=[self.path[:end] for end in range(step, len(self.path) + 1, step)]
        )
        above_a_source = on_path.filter(alias_of__path__startswith=models.OuterRef("page__path"))
        return PageViewRestriction.objects.filter(
            models.Q(page__in=on_path) | models.Exists(above_a_source)
        )

    @cached_property
    def breadcrumbs(self) -> list[Page]:
        """Ancestors below the root, home first; one query (none for a page not yet placed)."""
        if not self.path:
            return []
        # Routing a request walked down from the home page: its pages are known already.
        known, page = [], self
        while (parent := getattr(page, "_cached_parent_obj", None)) and parent.depth > 1:
            known.append(parent)
            page = parent
        if len(known) == self.depth - 2:
            return known[::-1]
        return list(self.get_ancestors().filter(depth__gt=1).only("title", "url_path", "depth"))
