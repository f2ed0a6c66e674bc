"""The site the import tests import into, and what a test may add to it."""

import pytest

from tests.blog.factories import (
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    JourneyIndexPageFactory,
)
from tests.home.factories import AuthorFactory, StandardPageFactory, make_site
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import ModalityIndexPageFactory, ModalityPageFactory

# The site imported into ----------------------------------------------------------------


@pytest.fixture(autouse=True)
def home():
    return make_site()


@pytest.fixture(autouse=True)
def blog(home):
    """Where posts go (--parent /blog/)."""
    return BlogIndexPageFactory(parent=home)


@pytest.fixture(autouse=True)
def about(home):
    """A standard page already at /about/: a place for pages, not for posts."""
    return StandardPageFactory(parent=home, title="About", slug="about")


@pytest.fixture
def open_hands():
    """The library's picture that the old site's posts and the text page show."""
    return SiteImageFactory(
        title="Open hands",
        description=(
            "Two open hands drawn in soft ochre lines, resting palm up against a warm cream "
            "background"
        ),
        tags=["hand", "somato emotional release"],
    )


@pytest.fixture
def maya():
    """An author the site already has; the old site's other author is new."""
    return AuthorFactory(name="Maya Lindqvist")


@pytest.fixture
def named_pages(home):
    """The pages the text page's "Read More" teasers name."""
    modalities = ModalityIndexPageFactory(parent=home)
    ModalityPageFactory(parent=modalities, title="CranioSacral Therapy")
    ModalityPageFactory(parent=modalities, title="Visceral Manipulation")
    EssayIndexPageFactory(parent=home, title="Philosophy")
    JourneyIndexPageFactory(parent=home, title="Your Journey")
