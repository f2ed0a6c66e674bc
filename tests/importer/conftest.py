"""The site the import tests import into, and what a test may add to it."""

import pytest
from PIL import Image
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

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


# What the old site's files and video hosts would answer --------------------------------


def draw(path, colour):
    """A small picture of our own for the old site's uploads folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (8, 8), colour).save(path, "PNG" if path.suffix == ".png" else "JPEG")
    return path


@pytest.fixture
def uploads(tmp_path):
    """A copy of the old site's uploads folder (--media): the lantern and one more are missing."""
    root = tmp_path / "uploads"
    draw(root / "2019" / "04" / "hands.png", "#c8a27a")
    draw(root / "2019" / "04" / "stones.png", "#8a8a88")
    draw(root / "2019" / "05" / "river.png", "#4f7c8a")
    draw(root / "squarespace" / "tea-bowl.jpeg", "#a0785a")
    return root


@pytest.fixture
def videos():
    """The oEmbed answers for the videos the exports show, as Wagtail caches them."""
    addresses = [
        "https://www.youtube.com/watch?v=abc123DEF45",
        "https://www.youtube.com/watch?v=xyz987UVW65",
        "https://vimeo.com/76979871",
    ]
    for address in addresses:
        Embed.objects.create(
            hash=get_embed_hash(address),
            url=address,
            type="video",
            html=f'<iframe title="A video" src="{address}"></iframe>',
            provider_name="YouTube" if "youtube" in address else "Vimeo",
        )
    return addresses
