"""Factories of the modality section: the index, modality pages, questions and the FAQ."""

import factory

from modalities.models import FAQPage, ModalityIndexPage, ModalityPage, Question, QuestionTopic
from tests.home.factories import SitePageFactory, body, paragraph


class ModalityIndexPageFactory(SitePageFactory):
    class Meta:
        model = ModalityIndexPage

    title = "Modalities"
    slug = "modalities"
    intro = "The kinds of bodywork offered here."


class ModalityPageFactory(SitePageFactory):
    class Meta:
        model = ModalityPage

    summary = "Gentle, hands-on work with the body's own rhythms."
    intro = "A short opening about this way of working."
    body = factory.LazyFunction(lambda: body(paragraph("How a session of this kind unfolds.")))
    session_length = "60 minutes"


class FAQPageFactory(SitePageFactory):
    class Meta:
        model = FAQPage

    title = "Questions"
    slug = "faq"
    intro = "What people ask before they come."


class QuestionTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionTopic
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Topic {n}")


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question
        # Post-generation hooks save what they add themselves.
        skip_postgeneration_save = True

    question = factory.Sequence(lambda n: f"What happens in session number {n}?")
    answer = "<p>You rest, clothed, on a padded table while the practitioner listens.</p>"
    topic = factory.SubFactory(QuestionTopicFactory)

    @factory.post_generation
    def modalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.modalities.set(extracted)
