"""Factories of the writing sections: indexes and their pieces, with tags and an author."""

import datetime

import factory

from blog.models import (
    ArticlePage,
    BlogIndexPage,
    EssayIndexPage,
    EssayPage,
    JourneyIndexPage,
    JourneyStagePage,
)
from tests.home.factories import AuthorFactory, SitePageFactory, body, paragraph


class BlogIndexPageFactory(SitePageFactory):
    class Meta:
        model = BlogIndexPage

    title = "Blog"
    slug = "blog"
    intro = "Notes on rest, touch and recovery."


class EssayIndexPageFactory(SitePageFactory):
    class Meta:
        model = EssayIndexPage

    title = "Philosophy"
    slug = "philosophy"


class JourneyIndexPageFactory(SitePageFactory):
    class Meta:
        model = JourneyIndexPage

    title = "Journey"
    slug = "journey"


class WritingPageFactory(SitePageFactory):
    class Meta:
        abstract = True
        # Post-generation hooks save what they add themselves.
        skip_postgeneration_save = True

    author = factory.SubFactory(AuthorFactory)
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    intro = "One or two sentences that open the piece."
    body = factory.LazyFunction(lambda: body(paragraph("Words about breath and slow attention.")))

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
            self.save_revision().publish()


class ArticlePageFactory(WritingPageFactory):
    class Meta:
        model = ArticlePage


class EssayPageFactory(WritingPageFactory):
    class Meta:
        model = EssayPage


class JourneyStagePageFactory(WritingPageFactory):
    class Meta:
        model = JourneyStagePage
