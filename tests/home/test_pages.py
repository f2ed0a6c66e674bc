"""Pages render their content: writing, questions, listings, feeds, 404s, caching, previews.

Each test builds the pages it reads with the factories; the demo site's own pages are checked
in tests/demo/test_demo_pages.py.
"""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from blog.models import ArticlePage, JourneyStagePage
from tests.blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
    JourneyIndexPageFactory,
    JourneyStagePageFactory,
)
from tests.contact.factories import ContactPageFactory
from tests.home.factories import (
    AuthorFactory,
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    body,
    make_site,
)
from tests.home.helpers import answering_queries
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
    QuestionTopicFactory,
)

pytestmark = pytest.mark.django_db

# The writing sections: their address, index page and pieces.
SECTIONS = {
    "blog": (BlogIndexPageFactory, ArticlePageFactory),
    "philosophy": (EssayIndexPageFactory, EssayPageFactory),
    "journey": (JourneyIndexPageFactory, JourneyStagePageFactory),
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def section(home, name, count, **piece_fields):
    """The writing section ``name`` under ``home`` with ``count`` pieces."""
    index_factory, piece_factory = SECTIONS[name]
    index = index_factory(parent=home)
    pieces = [piece_factory(parent=index, **piece_fields) for _ in range(count)]
    return index, pieces


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def site_settings(home):
    """The practice's details and menus, which a served site has: made before the first
    visit, so that visit does not change the settings (and the content version) itself."""
    PracticeSettingsFactory()
    NavigationSettingsFactory()


def test_writing_pages_render_with_byline_and_tags(client, home):
    author = AuthorFactory(name="Maya Lindqvist", credentials="LMT")
    for name in SECTIONS:
        _index, (piece,) = section(
            home,
            name,
            1,
            author=author,
            reviewed_by=author,
            last_reviewed=datetime.date(2026, 10, 1),
            tags=["stress"],
        )
        page = soup(client.get(piece.url))
        byline = page.find(class_="byline").get_text(" ", strip=True)
        assert "Maya Lindqvist" in byline and "LMT" in byline
        assert "min read" in byline
        assert "Last reviewed" in page.find(class_="review").get_text()
        assert [a.get_text() for a in page.select(".tags a")] == ["stress"]


def test_modality_page_shows_its_own_questions(client, home):
    index = ModalityIndexPageFactory(parent=home)
    craniosacral = ModalityPageFactory(parent=index, slug="craniosacral-therapy")
    other = ModalityPageFactory(parent=index)
    own = QuestionFactory.create_batch(2, modalities=[craniosacral])
    QuestionFactory(modalities=[other])
    page = soup(client.get("/modalities/craniosacral-therapy/"))
    questions = page.select("main .faq details.qa summary")
    assert len(questions) >= 2
    assert {summary.get_text() for summary in questions} == {q.question for q in own}


def test_faq_groups_questions_by_topic_as_disclosures(client, home):
    FAQPageFactory(parent=home)
    for name, count in [("Before", 3), ("During", 3), ("After", 2)]:
        QuestionFactory.create_batch(count, topic=QuestionTopicFactory(name=name))
    page = soup(client.get("/faq/"))
    main = page.find("main")
    details = main.select("details.qa")
    assert len(details) >= 8
    assert all(item.find("summary").get_text(strip=True) for item in details)
    topics = main.select("section > h2")
    assert len(topics) >= 3


@pytest.mark.parametrize(
    "name,count",
    [("philosophy", 2), ("journey", 4), ("blog", 3)],
)
def test_section_listings_show_their_pieces(client, home, name, count):
    section(home, name, count)
    cards = soup(client.get(f"/{name}/")).select("main .card")
    assert len(cards) >= count


def test_journey_stages_keep_their_tree_order(client, home):
    journey = JourneyIndexPageFactory(parent=home)
    # Dates out of tree order: a listing sorted by date would show another order.
    for day in (datetime.date(2026, 3, 1), datetime.date(2026, 1, 1), datetime.date(2026, 4, 1)):
        JourneyStagePageFactory(parent=journey, date=day)
    titles = [
        card.get_text(strip=True) for card in soup(client.get("/journey/")).select(".card__title")
    ]
    expected = [page.title for page in JourneyStagePage.objects.live().order_by("path")]
    assert titles == expected


def test_tag_page_lists_only_tagged_articles(client, home):
    blog = BlogIndexPageFactory(parent=home)
    ArticlePageFactory.create_batch(2, parent=blog, tags=["stress"])
    ArticlePageFactory(parent=blog, tags=["sleep"])
    tagged = ArticlePage.objects.live().filter(tags__slug="stress")
    assert tagged.count() >= 2
    response = client.get("/blog/tags/stress/")
    assert response.status_code == 200
    titles = {a.get_text(strip=True) for a in soup(response).select(".card__title a")}
    assert titles == {page.title for page in tagged}


@pytest.mark.parametrize("name", ["blog", "philosophy", "journey"])
def test_feeds_are_valid_rss_with_every_piece(client, home, name):
    _index, pieces = section(home, name, 2)
    response = client.get(f"/{name}/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert items
    for item in items:
        assert item.findtext("link").startswith("http")
        assert item.findtext("title")
    assert {item.findtext("title") for item in items} == {piece.title for piece in pieces}


@pytest.fixture
def addresses(home):
    """What the bad addresses sit beside: a tagged article, a modality, the journey's feed."""
    ArticlePageFactory(parent=BlogIndexPageFactory(parent=home), tags=["stress"])
    ModalityPageFactory(parent=ModalityIndexPageFactory(parent=home), slug="craniosacral-therapy")
    JourneyIndexPageFactory(parent=home)


@pytest.mark.usefixtures("addresses")
@pytest.mark.parametrize(
    "path",
    [
        "/blog/tags/no-such-tag/",
        "/blog/?page=abc",
        "/blog/?page=0",
        "/blog/?page=99999",
        "/blog/?page=²",
        "/blog/?page=99999999999999999999999",
        "/blog/tags/stress/?page=-1",
        "/modalities/no-such-modality/",
        "/modalities/craniosacral-therapy/does/not/exist/",
        "/journey/feed/extra/",
    ],
)
def test_bad_addresses_get_a_friendly_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert b"We can't find that page" in response.content


def test_blog_pagination_moves_through_pages(client, settings, home):
    section(home, "blog", 3)
    settings.STILLPOINT_PAGE_SIZE = 2
    first = soup(client.get("/blog/"))
    assert len(first.select(".card")) == 2
    next_link = first.find("a", rel="next")
    second = soup(client.get("/blog/" + next_link["href"]))
    assert second.find("a", rel="prev")
    first_titles = {a.get_text() for a in first.select(".card__title")}
    assert not first_titles & {a.get_text() for a in second.select(".card__title")}


def test_tag_pages_work_for_words_with_accents(client, home):
    section(home, "blog", 1)
    article = ArticlePage.objects.live().first()
    article.tags.add("Café talks")
    article.save_revision().publish()
    page = soup(client.get(article.url))
    link = next(a["href"] for a in page.select(".tags a") if "Caf" in a.get_text())
    response = client.get(link)
    assert response.status_code == 200
    assert article.title in response.content.decode()


@pytest.mark.usefixtures("site_settings")
def test_whole_pages_are_cached_for_visitors_until_content_changes(client, settings, home):
    section(home, "blog", 1)
    settings.PAGE_CACHE_SECONDS = 600
    client.get("/blog/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/blog/").status_code == 200
    assert answering_queries(queries) == 0
    article = ArticlePage.objects.live().first()
    article.title = "A freshly published title"
    article.save_revision().publish()
    assert "A freshly published title" in client.get("/blog/").content.decode()


@pytest.mark.usefixtures("site_settings")
def test_pages_with_a_form_or_a_session_are_never_cached(client, settings, home):
    ContactPageFactory(parent=home)
    StandardPageFactory(parent=home, title="About", slug="about")
    settings.PAGE_CACHE_SECONDS = 600
    first = client.get("/contact/")
    assert first.cookies.get("csrftoken")
    client.cookies.clear()
    second = client.get("/contact/")
    assert second.cookies["csrftoken"].value != first.cookies["csrftoken"].value
    client.force_login(get_user_model().objects.create_superuser("c", "c@example.com", "pw"))
    client.get("/about/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/about/")
    assert len(queries) > 0


@pytest.mark.usefixtures("site_settings")
def test_a_page_made_private_leaves_cached_pages_at_once(client, settings, home):
    index = ModalityIndexPageFactory(parent=home)
    page = ModalityPageFactory(
        parent=index, title="Visceral Manipulation", slug="visceral-manipulation"
    )
    ModalityPageFactory(
        parent=index,
        title="Somato Emotional Release",
        slug="somato-emotional-release",
        body=body(("teaser_cards", {"heading": "Read next", "pages": [page.pk]})),
    )
    settings.PAGE_CACHE_SECONDS = 600
    assert page.title in client.get("/modalities/somato-emotional-release/").content.decode()
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    html = client.get("/modalities/somato-emotional-release/").content.decode()
    cards = [
        a.get_text() for a in BeautifulSoup(html, "html.parser").select(".teasers .card__title")
    ]
    assert page.title not in cards


def under_home(factory):
    return lambda home: factory(parent=home)


def in_section(index_factory, factory):
    return lambda home: factory(parent=index_factory(parent=home))


# How to build one live page of each type (with its parents) under the home page.
PAGE_TYPES = {
    "home.HomePage": lambda home: home,
    "home.StandardPage": under_home(StandardPageFactory),
    "contact.ContactPage": under_home(ContactPageFactory),
    "modalities.ModalityIndexPage": under_home(ModalityIndexPageFactory),
    "modalities.ModalityPage": in_section(ModalityIndexPageFactory, ModalityPageFactory),
    "modalities.FAQPage": under_home(FAQPageFactory),
    "blog.BlogIndexPage": under_home(BlogIndexPageFactory),
    "blog.ArticlePage": in_section(BlogIndexPageFactory, ArticlePageFactory),
    "blog.EssayIndexPage": under_home(EssayIndexPageFactory),
    "blog.EssayPage": in_section(EssayIndexPageFactory, EssayPageFactory),
    "blog.JourneyIndexPage": under_home(JourneyIndexPageFactory),
    "blog.JourneyStagePage": in_section(JourneyIndexPageFactory, JourneyStagePageFactory),
}


@pytest.mark.parametrize(
    "model_path",
    [
        "home.HomePage",
        "home.StandardPage",
        "contact.ContactPage",
        "modalities.ModalityIndexPage",
        "modalities.ModalityPage",
        "modalities.FAQPage",
        "blog.BlogIndexPage",
        "blog.ArticlePage",
        "blog.EssayIndexPage",
        "blog.EssayPage",
        "blog.JourneyIndexPage",
        "blog.JourneyStagePage",
    ],
)
def test_every_page_type_previews_with_unsaved_changes(home, model_path):
    PAGE_TYPES[model_path](home)
    model = apps.get_model(model_path)
    page = model.objects.live().first()
    page.title = "Changed in the editor, not saved"
    for mode, _label in page.preview_modes:
        response = page.make_preview_request(preview_mode=mode)
        assert response.status_code == 200, (model_path, mode)
    # A page being created: placed under its parent as Wagtail's create view places it.
    parent = page.get_parent()
    new_page = model(title="A page not saved yet", slug="new")
    new_page.depth = parent.depth + 1
    new_page.path = type(parent)._get_path(parent.path, new_page.depth, parent.numchild + 1)
    response = new_page.make_preview_request(preview_mode="")
    assert response.status_code == 200
