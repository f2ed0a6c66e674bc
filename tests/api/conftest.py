"""The content the API tests read: a site, articles, a modality, the FAQ, every page type.

Each test builds the pages, pictures and settings it reads with the factories; that every page of
the demo site comes out of the API as documented is checked in tests/demo/test_demo_api.py.
"""

import pytest
from wagtail.models import Page

from blog.models import ArticlePage
from tests.blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
    JourneyIndexPageFactory,
    JourneyStagePageFactory,
)
from tests.contact.factories import ContactPageFactory
from tests.home.factories import AuthorFactory, StandardPageFactory, body, make_site
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
)

# Content ------------------------------------------------------------------------------------


@pytest.fixture
def home():
    """Every test has a site: a home page at the root of the default site.

    Each module of these tests asks for it in its `pytestmark`; the fuzz tests run on the demo.
    """
    return make_site()


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home)


@pytest.fixture
def articles(blog):
    """Three published articles, two tagged "stress"; their id order is not their title order."""
    return [
        ArticlePageFactory(
            parent=blog, title="Breathing at a busy desk", tags=["stress", "breathing"]
        ),
        ArticlePageFactory(
            parent=blog, title="What your belly might be telling you", tags=["stress", "self-care"]
        ),
        ArticlePageFactory(parent=blog, title="Sleep after a session", tags=["sleep"]),
    ]


@pytest.fixture
def article(blog):
    return ArticlePageFactory(parent=blog, tags=["stress"])


@pytest.fixture
def unpublished(blog):
    """An article saved but never published, tagged like the live ones."""
    page = ArticlePage(title="Unpublished", slug="unpublished", intro="x", live=False)
    page.tags.add("stress")
    return blog.add_child(instance=page)


@pytest.fixture
def faq(home):
    return FAQPageFactory(parent=home)


@pytest.fixture
def modality(home):
    """A modality page whose body has every kind of block the API expands, with a reviewer,
    questions of its own and a related modality."""
    index = ModalityIndexPageFactory(parent=home)
    craniosacral = ModalityPageFactory(
        parent=index, title="CranioSacral Therapy", slug="craniosacral-therapy"
    )
    faq = FAQPageFactory(parent=home, title="Frequently Asked Questions")
    page = ModalityPageFactory(
        parent=index,
        title="Somato Emotional Release",
        slug="somato-emotional-release",
        hero_image=SiteImageFactory(),
        reviewed_by=AuthorFactory(name="Maya Lindqvist", credentials="LMT, CST-D"),
        body=body(
            ("heading", {"text": "What happens in a session", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>It grew out of "
                f'<a linktype="page" id="{craniosacral.pk}">CranioSacral Therapy</a>.</p>',
            ),
            ("sayings", {"intro": "Everyday speech knows it:", "items": ["A lump in my throat"]}),
            ("image", {"image": SiteImageFactory().pk, "caption": "", "alt_override": ""}),
            ("teaser_cards", {"heading": "Read more", "pages": [craniosacral.pk, faq.pk]}),
        ),
    )
    page.related_modalities.set([craniosacral])
    page.save()
    QuestionFactory.create_batch(2, modalities=[page])
    QuestionFactory(modalities=[craniosacral])  # another page's question: not this one's
    return page


@pytest.fixture
def every_page_type(home, blog):
    """A site with every page type, 22 live pages in all."""
    modalities = ModalityIndexPageFactory(parent=home)
    ModalityPageFactory.create_batch(3, parent=modalities)
    FAQPageFactory(parent=home)
    ArticlePageFactory.create_batch(5, parent=blog, tags=["stress"])
    essays = EssayIndexPageFactory(parent=home)
    EssayPageFactory.create_batch(3, parent=essays, tags=["rest"])
    journey = JourneyIndexPageFactory(parent=home)
    JourneyStagePageFactory.create_batch(3, parent=journey, tags=["journey"])
    StandardPageFactory(parent=home, title="About", slug="about")
    ContactPageFactory(parent=home)
    assert Page.objects.filter(depth__gt=1, live=True).count() == 22
