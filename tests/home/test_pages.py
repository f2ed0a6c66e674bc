"""Every demo page renders with its content, in a pinned number of queries."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

DEMO_PAGES = {
    "/": "HomePage",
    "/about/": "StandardPage",
    "/modalities/": "ModalityIndexPage",
    "/modalities/craniosacral-therapy/": "ModalityPage",
    "/modalities/somato-emotional-release/": "ModalityPage",
    "/modalities/visceral-manipulation/": "ModalityPage",
    "/faq/": "FAQPage",
    "/philosophy/": "EssayIndexPage",
    "/journey/": "JourneyIndexPage",
    "/blog/": "BlogIndexPage",
}

# Queries per page on a warm cache; a rise means an N+1 crept in. No page may pass 20.
QUERY_BUDGET = {
    "/": 20,
    "/about/": 20,
    "/modalities/": 20,
    "/modalities/somato-emotional-release/": 20,
    "/faq/": 20,
    "/philosophy/": 20,
    "/journey/": 20,
    "/blog/": 20,
    "/blog/five-ways-to-settle-your-nervous-system/": 20,
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("path", DEMO_PAGES)
def test_demo_page_renders_with_shell(client, path):
    response = client.get(path)
    assert response.status_code == 200
    page = soup(response)
    main = page.find("main", id="main")
    assert main is not None and main.find("h1").get_text(strip=True)
    assert page.find("a", class_="skip-link")["href"] == "#main"
    footer = page.find("footer").get_text(" ", strip=True)
    assert "Stillpoint" in footer
    assert "+1 212 555 0147" in footer
    assert page.find("a", href="tel:+12125550147")
    assert page.find("a", string="Book a session")


def test_writing_pages_render_with_byline_and_tags(client):
    from blog.models import ArticlePage, EssayPage, JourneyStagePage

    for model in (ArticlePage, EssayPage, JourneyStagePage):
        for piece in model.objects.live():
            page = soup(client.get(piece.url))
            byline = page.find(class_="byline").get_text(" ", strip=True)
            assert "Maya Lindqvist" in byline and "LMT" in byline
            assert "min read" in byline
            assert "Last reviewed" in page.find(class_="review").get_text()


def test_somato_emotional_release_page_follows_the_seed_structure(client):
    page = soup(client.get("/modalities/somato-emotional-release/"))
    main = page.find("main")
    assert len(main.select(".prose h2")) >= 5
    sayings = main.select(".sayings li")
    assert len(sayings) >= 3
    card_links = [a["href"] for a in main.select(".teasers .card__title a")]
    assert card_links == [
        "/modalities/craniosacral-therapy/",
        "/faq/",
        "/modalities/visceral-manipulation/",
        "/philosophy/",
        "/journey/",
    ]
    assert all(card.select_one(".card__more") for card in main.select(".teasers .card"))
    words = len(main.select_one(".prose").get_text(" ").split())
    assert words > 800
    assert "Written and reviewed by" in main.get_text()
    assert "does not replace" in main.get_text() or "not a substitute" in main.get_text()


def test_modality_page_shows_its_own_questions(client):
    page = soup(client.get("/modalities/craniosacral-therapy/"))
    questions = page.select("main .faq details.qa summary")
    assert len(questions) >= 2


def test_faq_groups_questions_by_topic_as_disclosures(client):
    page = soup(client.get("/faq/"))
    main = page.find("main")
    details = main.select("details.qa")
    assert len(details) >= 8
    assert all(item.find("summary").get_text(strip=True) for item in details)
    topics = main.select("section > h2")
    assert len(topics) >= 3


@pytest.mark.parametrize(
    "path,count",
    [("/philosophy/", 2), ("/journey/", 4), ("/blog/", 3)],
)
def test_section_listings_show_their_pieces(client, path, count):
    cards = soup(client.get(path)).select("main .card")
    assert len(cards) >= count


def test_journey_stages_keep_their_tree_order(client):
    from blog.models import JourneyStagePage

    titles = [
        card.get_text(strip=True) for card in soup(client.get("/journey/")).select(".card__title")
    ]
    expected = [page.title for page in JourneyStagePage.objects.live().order_by("path")]
    assert titles == expected


def test_tag_page_lists_only_tagged_articles(client):
    from blog.models import ArticlePage

    tagged = ArticlePage.objects.live().filter(tags__slug="stress")
    assert tagged.count() >= 2
    response = client.get("/blog/tags/stress/")
    assert response.status_code == 200
    titles = {a.get_text(strip=True) for a in soup(response).select(".card__title a")}
    assert titles == {page.title for page in tagged}


@pytest.mark.parametrize("section", ["blog", "philosophy", "journey"])
def test_feeds_are_valid_rss_with_every_piece(client, section):
    response = client.get(f"/{section}/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert items
    for item in items:
        assert item.findtext("link").startswith("http")
        assert item.findtext("title")


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


def test_blog_pagination_moves_through_pages(client, settings):
    settings.STILLPOINT_PAGE_SIZE = 2
    first = soup(client.get("/blog/"))
    assert len(first.select(".card")) == 2
    next_link = first.find("a", rel="next")
    second = soup(client.get("/blog/" + next_link["href"]))
    assert second.find("a", rel="prev")
    first_titles = {a.get_text() for a in first.select(".card__title")}
    assert not first_titles & {a.get_text() for a in second.select(".card__title")}


@pytest.mark.parametrize("path", QUERY_BUDGET)
def test_query_count_on_a_warm_cache(client, path):
    client.get(path)  # warm: renditions and site root paths cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    assert len(queries) <= QUERY_BUDGET[path], "\n".join(q["sql"] for q in queries)


def test_home_page_weighs_under_60_kb(client):
    from django.contrib.staticfiles import finders

    response = client.get("/")
    total = len(response.content)
    page = soup(response)
    assets = [link["href"] for link in page.select('link[rel="stylesheet"]')]
    assets += [script["src"] for script in page.select("script[src]")]
    for url in assets:
        total += Path(finders.find(url.removeprefix("/static/"))).stat().st_size
    assert total < 60_000, total


def test_tag_pages_work_for_words_with_accents(client):
    from blog.models import ArticlePage

    article = ArticlePage.objects.live().first()
    article.tags.add("Café talks")
    article.save_revision().publish()
    page = soup(client.get(article.url))
    link = next(a["href"] for a in page.select(".tags a") if "Caf" in a.get_text())
    response = client.get(link)
    assert response.status_code == 200
    assert article.title in response.content.decode()


def test_whole_pages_are_cached_for_visitors_until_content_changes(client, settings):
    from blog.models import ArticlePage

    settings.PAGE_CACHE_SECONDS = 600
    client.get("/blog/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/blog/").status_code == 200
    assert len(queries) == 0
    article = ArticlePage.objects.live().first()
    article.title = "A freshly published title"
    article.save_revision().publish()
    assert "A freshly published title" in client.get("/blog/").content.decode()


def test_pages_with_a_form_or_a_session_are_never_cached(client, settings):
    from django.contrib.auth import get_user_model

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


def test_a_page_made_private_leaves_cached_pages_at_once(client, settings):
    from wagtail.models import PageViewRestriction

    from modalities.models import ModalityPage

    settings.PAGE_CACHE_SECONDS = 600
    page = ModalityPage.objects.get(slug="visceral-manipulation")
    assert page.title in client.get("/modalities/somato-emotional-release/").content.decode()
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    html = client.get("/modalities/somato-emotional-release/").content.decode()
    cards = [
        a.get_text() for a in BeautifulSoup(html, "html.parser").select(".teasers .card__title")
    ]
    assert page.title not in cards


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
def test_every_page_type_previews_with_unsaved_changes(model_path):
    from django.apps import apps

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
