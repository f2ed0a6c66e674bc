"""Modality pages, the questions visitors ask (snippets) and the FAQ page that groups them."""

from django import forms
from django.db import models
from django.db.models import Prefetch
from django.utils.html import strip_tags
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from home.blocks.text import RICH_TEXT_FEATURES
from home.fields import BodyField
from home.jsonld import ids, image_node, plain, price_specifications
from home.models import BasePage, HealthReviewMixin, practice_for
from home.models.people import IMAGE_MODEL
from home.selections import choose
from home.serializers import AuthorField, ImageField, PageLinksField
from home.visibility import visible
from media.images import attach_card_images
from modalities.serializers import QuestionsField, TopicsField


class ModalityIndexPage(BasePage):
    schema_page_type = "CollectionPage"

    intro = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences above the list of modalities."
    )

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = ["modalities.ModalityPage"]
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.AutocompleteField("intro"),  # the admin's page search matches as you type
    ]

    class Meta:
        verbose_name = "modality index"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        modalities = list(visible(ModalityPage.objects.child_of(self)).defer_streamfields())
        attach_card_images(modalities)
        context["modalities"] = modalities
        return context


class ModalityPage(HealthReviewMixin, BasePage):
    summary = models.CharField(
        max_length=160, help_text="One line for cards, e.g. “Gentle, hands-on work with…”."
    )
    intro = models.TextField(
        max_length=500, blank=True, help_text="A short opening paragraph under the title."
    )
    hero_image = models.ForeignKey(
        IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=(
            "The main picture: at the top of the page, on its cards and when it is shared. "
            "Set a different card or social picture on the Promote tab only if you want one."
        ),
    )
    body = BodyField(help_text="The full explanation, built from blocks.")
    session_length = models.CharField(
        max_length=80, blank=True, help_text="e.g. “60 or 90 minutes”."
    )
    what_to_wear = models.CharField(
        max_length=240, blank=True, help_text="e.g. “Loose, comfortable clothes.”"
    )
    what_to_expect = models.TextField(
        blank=True, help_text="A few sentences on how a session goes."
    )
    related_modalities = ParentalManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        help_text="Other modalities to suggest at the end of this page.",
    )

    card_intro_field = "summary"
    route_related = ("hero_image", "reviewed_by__photo")
    route_prefetch = ("questions__topic",)
    parent_page_types = ["modalities.ModalityIndexPage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("session_length"),
                FieldPanel("what_to_wear"),
                FieldPanel("what_to_expect"),
            ],
            heading="Session details",
        ),
        FieldPanel("related_modalities"),
        *HealthReviewMixin.review_panels,
    ]
    api_fields = BasePage.api_fields + [
        APIField("summary"),
        APIField("intro"),
        APIField("hero_image", serializer=ImageField()),
        APIField("body"),
        APIField("session_length"),
        APIField("what_to_wear"),
        APIField("what_to_expect"),
        APIField("related_modalities", serializer=PageLinksField()),
        APIField("questions", serializer=QuestionsField()),
        APIField("reviewed_by", serializer=AuthorField()),
        APIField("last_reviewed"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("what_to_expect"),
        index.AutocompleteField("summary"),  # the admin's page search matches as you type
        index.AutocompleteField("body"),
    ]

    class Meta:
        verbose_name = "modality page"

    def structured_data_nodes(self, context) -> list[dict]:
        request = context["request"]
        url = context["meta"].canonical
        node = {
            "@type": "Service",
            "@id": f"{self.get_full_url(request)}#service",
            "name": self.title,
            "description": self.summary,
            "url": url,
            "serviceType": self.title,
            "provider": {"@id": ids(request)["business"]},
            "areaServed": {"@type": "City", "name": context["practice"].locality},
        }
        if image := image_node(request, self.hero_image):
            node["image"] = image
        if prices := price_specifications(context["practice"]):
            node["offers"] = {"@type": "Offer", "priceSpecification": prices}
        return [node]

    def related_to_show(self) -> list:
        """The related modalities an editor chose that visitors can see, with card pictures."""
        # In a preview the relation lives in memory (modelcluster) and a new page has no id.
        chosen = [page.pk for page in self.related_modalities.all()]
        related = list(visible(ModalityPage.objects.filter(pk__in=chosen)).defer_streamfields())
        attach_card_images(related)
        return related

    def shown_questions(self) -> list:
        """Its questions with their topics, loaded with the page when a visit was routed to it."""
        if not self.pk:
            return []
        routed = self.prefetched("questions")
        return list(self.questions.select_related("topic")) if routed is None else routed

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = choose(f"related-modalities:{self.pk}", self.related_to_show, request)
        context["questions"] = self.shown_questions()
        return context


@register_snippet
class QuestionTopic(models.Model):
    name = models.CharField(
        max_length=80, unique=True, help_text="e.g. “Before your first session”."
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Topics are shown from the lowest number up."
    )

    panels = [FieldPanel("name"), FieldPanel("order")]

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "question topic"

    def __str__(self):
        return self.name


class Question(index.Indexed, Orderable):
    """A question and its answer; editors order them by dragging in the snippet listing."""

    question = models.CharField(max_length=200, help_text="The question as a visitor would ask it.")
    answer = RichTextField(features=RICH_TEXT_FEATURES, help_text="A short, plain answer.")
    topic = models.ForeignKey(
        QuestionTopic,
        on_delete=models.PROTECT,
        related_name="questions",
        help_text="The group this question appears under on the FAQ page.",
    )
    modalities = models.ManyToManyField(
        ModalityPage,
        blank=True,
        related_name="questions",
        help_text="Also show this question on these modality pages.",
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("topic"),
        FieldPanel("modalities", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [index.SearchField("question"), index.SearchField("answer")]

    class Meta:
        # Within a topic, in the order editors dragged them to (the FAQ, modality pages, API).
        ordering = ["topic__order", "topic__name", "sort_order", "pk"]

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        if self.sort_order is None:  # a new question goes last, however it is created
            last = Question.objects.aggregate(last=models.Max("sort_order"))["last"]
            self.sort_order = (last or 0) + 1
        super().save(*args, **kwargs)


class FAQPage(BasePage):
    intro = models.TextField(
        max_length=400, blank=True, help_text="One or two sentences above the questions."
    )

    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = BasePage.api_fields + [
        APIField("intro"),
        APIField("topics", serializer=TopicsField()),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("questions_text"),
        index.AutocompleteField("intro"),  # the admin's page search matches as you type
        index.AutocompleteField("questions_text"),
    ]

    schema_page_type = "FAQPage"

    class Meta:
        verbose_name = "FAQ page"

    def structured_data_page(self, context) -> dict:
        return {
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": question.question,
                    "acceptedAnswer": {"@type": "Answer", "text": plain(question.answer)},
                }
                for topic in context.get("topics", [])
                for question in topic.questions.all()
            ]
        }

    def topics(self) -> list[QuestionTopic]:
        """Topics that have questions, each with its questions, in two queries."""
        return [
            topic
            for topic in QuestionTopic.objects.prefetch_related(
                Prefetch("questions", queryset=Question.objects.order_by("sort_order", "pk"))
            )
            if topic.questions.all()
        ]

    def structured_data_context(self, request) -> dict:
        return {"topics": self.topics()}

    def questions_text(self) -> str:
        """Every question and answer, so site search finds the FAQ by what it answers."""
        return " ".join(
            f"{question.question} {strip_tags(question.answer)}"
            for question in Question.objects.all()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.structured_data_context(request))
        return context


def offers(request, site) -> list[dict]:
    """The practice's modalities, as the services its JSON-LD offers, at the practice's fees."""
    prices = price_specifications(practice_for(request))
    return [
        {
            "@type": "Offer",
            **({"priceSpecification": prices} if prices else {}),
            "itemOffered": {
                "@type": "Service",
                "@id": f"{page.get_full_url(request)}#service",
                "name": page.title,
                "description": page.summary,
                "url": page.get_full_url(request),
            },
        }
        for page in visible(ModalityPage.objects.descendant_of(site.root_page))
        .defer_streamfields()
        .order_by("path")
    ]
