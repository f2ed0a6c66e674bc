"""Factories of the media app: pictures with alt text, drawn in memory."""

import factory
import wagtail_factories
from wagtail.models import Collection

from media.models import SiteImage


class SiteImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = SiteImage
        # Post-generation hooks save what they add themselves.
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Picture {n}")
    description = factory.Sequence(lambda n: f"Soft light over a linen cloth, picture {n}")
    file = factory.django.ImageField(width=1600, height=1000, color="tan", format="JPEG")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)
