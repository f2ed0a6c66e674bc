"""The home page and the standard page (about, privacy, anything else)."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from home.fields import BodyField
from home.models.mixins import BasePage
from home.models.people import IMAGE_MODEL
from home.registry import registry
from home.selections import choose
from home.serializers import AuthorField
from media.serializers import ImageField


class HomePage(BasePage):
    hero_use = "home-hero"
    hero_heading = models.CharField(
        max_length=120, help_text="The large welcome line at the top of the home page."
    )
    hero_lead = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences under the welcome line."
    )
    hero_image = models.ForeignKey(
        IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Wide picture beside the welcome line.",
    )
    body = BodyField(help_text="The rest of the home page, built from blocks.")
    show_latest_writing = models.PositiveSmallIntegerField(
        default=3, help_text="How many of the newest articles and essays to show. 0 hides them."
    )

    card_intro_field = "hero_lead"
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    # Sections under the home page say so in their own parent_page_types.
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_lead"), FieldPanel("hero_image")],
            heading="Welcome",
        ),
        FieldPanel("body"),
        FieldPanel("show_latest_writing"),
    ]
    # Its pictures, loaded with it (each process keeps it: home.routing).
    route_related = ("hero_image", "listing_image", "social_image")
    api_fields = BasePage.api_fields + [
        APIField("hero_heading"),
        APIField("hero_lead"),
        APIField("hero_image", serializer=ImageField()),
        APIField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_lead"),
        index.SearchField("body"),
        index.AutocompleteField("hero_lead"),  # the admin's page search matches as you type
        index.AutocompleteField("body"),
    ]

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_writing"] = choose(
            f"latest-writing:{self.pk}:{self.show_latest_writing}",
            lambda: registry.newest_writing(self, self.show_latest_writing),
            request,
        )
        return context


class StandardPage(BasePage):
    intro = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences that open the page."
    )
    hero_image = models.ForeignKey(
        IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "Optional picture at the top of the page, also on its cards and when it is shared, "
            "unless the Promote tab sets a card or social picture of its own."
        ),
    )
    body = BodyField(help_text="The page's content, built from blocks.")
    person = models.ForeignKey(
        "home.Author",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Introduce someone (on the About page, the practitioner): their photo, name "
        "and credentials appear beside the opening.",
    )
    booking_prompt = models.BooleanField(
        default=True,
        help_text="End the page with the booking invitation (Settings → Practice details).",
    )

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("person"),
        FieldPanel("body"),
        FieldPanel("booking_prompt"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("hero_image", serializer=ImageField()),
        APIField("person", serializer=AuthorField()),
        APIField("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.AutocompleteField("intro"),  # the admin's page search matches as you type
        index.AutocompleteField("body"),
    ]

    class Meta:
        verbose_name = "standard page"
