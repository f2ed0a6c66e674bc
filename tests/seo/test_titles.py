"""One title per page, joined to the site's name one way, wherever the page names itself."""

import pytest
from wagtail.models import get_page_models

from home.appearance import with_site_name
from home.models import BasePage
from tests.blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
    JourneyIndexPageFactory,
    JourneyStagePageFactory,
)
from tests.contact.factories import ContactPageFactory
from tests.home.factories import StandardPageFactory
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
)
from tests.seo.test_seo import graph, head, meta

pytestmark = pytest.mark.django_db
SITE = "Stillpoint Bodywork"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("About the practice", "About the practice · Stillpoint Bodywork"),
        # Whatever the editor typed around the site's name, it comes out the same way.
        ("About the practice · Stillpoint Bodywork", "About the practice · Stillpoint Bodywork"),
        ("About the practice | Stillpoint Bodywork", "About the practice · Stillpoint Bodywork"),
        ("About the practice - stillpoint bodywork", "About the practice · Stillpoint Bodywork"),
        ("Stillpoint Bodywork | About the practice", "About the practice · Stillpoint Bodywork"),
        ("Stillpoint Bodywork", "Stillpoint Bodywork"),
        # Search results cut a title after about 60 characters: the page's own words stay.
        (
            "What to expect in your first CranioSacral Therapy session",
            "What to expect in your first CranioSacral Therapy session",
        ),
    ],
)
def test_a_title_is_joined_to_the_site_name_one_way(typed, shown):
    assert with_site_name(typed, SITE) == shown


@pytest.fixture
def every_page_type(home, practice):
    """One live page of each type, each with its SEO title left empty."""
    blog = BlogIndexPageFactory(parent=home, title="Blog")
    essays = EssayIndexPageFactory(parent=home, title="Philosophy")
    journey = JourneyIndexPageFactory(parent=home, title="Your Journey")
    modalities = ModalityIndexPageFactory(parent=home, title="Modalities")
    return [
        home,
        StandardPageFactory(parent=home, title="About"),
        modalities,
        ModalityPageFactory(parent=modalities, title="Visceral Manipulation"),
        FAQPageFactory(parent=home, title="Questions"),
        blog,
        ArticlePageFactory(parent=blog, title="Sleep after a session", tags=["sleep"]),
        essays,
        EssayPageFactory(parent=essays, title="Stillness is not nothing"),
        journey,
        JourneyStagePageFactory(parent=journey, title="Before your first session"),
        ContactPageFactory(parent=home, title="Contact"),
    ]


def page_names(client, page) -> dict[str, str]:
    """Every place a page gives its title to search engines, social networks and the API."""
    document = head(client, page.url)
    nodes = graph(client, page.url)
    webpage = next(node for node in nodes.values() if node.get("@id", "").endswith("#webpage"))
    seo = client.get(f"/api/v2/pages/{page.pk}/").json()["seo"]
    return {
        "<title>": document.title.string,
        "og:title": meta(document, property="og:title"),
        "twitter:title": meta(document, name="twitter:title"),
        "JSON-LD name": webpage["name"],
        "API title": seo["title"],
    }


def test_every_page_type_names_itself_with_the_site_name_the_same_way(client, every_page_type):
    built = {type(page.specific) for page in every_page_type}
    assert built == {model for model in get_page_models() if issubclass(model, BasePage)}
    for page in every_page_type:
        page.seo_title = ""
        page.save_revision().publish()
        expected = f"{page.title} · {SITE}"
        assert set(page_names(client, page).values()) == {expected}, type(page).__name__
        # A typed SEO title with its own way of adding the site's name comes out the same way.
        page.seo_title = f"{SITE} | {page.title}"
        page.save_revision().publish()
        assert set(page_names(client, page).values()) == {expected}, type(page).__name__
