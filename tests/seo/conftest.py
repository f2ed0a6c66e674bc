"""The site each SEO test builds: only the pieces it asks for."""

import datetime

import pytest
from wagtail.models import Site

from home.models import PracticeSettings
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import AuthorFactory, make_site
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import ModalityIndexPageFactory, ModalityPageFactory
from tests.seo.helpers import publish


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def practitioner():
    return AuthorFactory(
        name="Maya Lindqvist",
        credentials="LMT, CST-D",
        bio="Licensed massage therapist and CranioSacral Therapy diplomate.",
    )


@pytest.fixture
def practice(home):
    """The practice's name and practitioner, filled in as an editor would under Settings."""
    details = PracticeSettings.for_site(Site.objects.get(is_default_site=True))
    details.name = "Stillpoint Bodywork"
    details.practitioner = "Maya Lindqvist"
    details.save()
    return details


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home)


@pytest.fixture
def article(blog, practitioner):
    """A published article by the practitioner, who also reviewed it."""
    page = ArticlePageFactory(
        parent=blog,
        title="Five ways to settle your nervous system",
        slug="five-ways-to-settle-your-nervous-system",
        seo_title="Five ways to settle your nervous system · Stillpoint",
        search_description="Simple, gentle practices to calm a busy nervous system at home.",
        author=practitioner,
        reviewed_by=practitioner,
        last_reviewed=datetime.date(2026, 10, 1),
        date=datetime.date(2026, 3, 14),
    )
    publish(page)
    return page


@pytest.fixture
def illustrated_article(article):
    """The article with a picture of its own (pictures are only made where a test reads them)."""
    article.hero_image = SiteImageFactory()
    publish(article)
    return article


@pytest.fixture
def modalities(home):
    """The modality section: an index and three modalities."""
    index = ModalityIndexPageFactory(parent=home)
    pages = [
        ModalityPageFactory(
            parent=index,
            title="CranioSacral Therapy",
            slug="craniosacral-therapy",
        ),
        ModalityPageFactory(
            parent=index, title="Somato Emotional Release", slug="somato-emotional-release"
        ),
        ModalityPageFactory(
            parent=index,
            title="Visceral Manipulation",
            slug="visceral-manipulation",
            summary="Gentle work with the organs and the tissues that hold them.",
        ),
    ]
    publish(index, *pages)
    return {page.slug: page for page in pages}
