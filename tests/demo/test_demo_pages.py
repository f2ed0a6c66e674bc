"""Acceptance of the demo site: every demo page renders, in a pinned number of queries."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
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


@pytest.mark.parametrize("path", QUERY_BUDGET)
def test_query_count_on_a_warm_cache(client, path):
    client.get(path)  # warm: renditions and site root paths cached
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    assert len(queries) <= QUERY_BUDGET[path], "\n".join(q["sql"] for q in queries)


def test_home_page_weighs_under_60_kb(client):
    response = client.get("/")
    total = len(response.content)
    page = soup(response)
    assets = [link["href"] for link in page.select('link[rel="stylesheet"]')]
    assets += [script["src"] for script in page.select("script[src]")]
    for url in assets:
        total += Path(finders.find(url.removeprefix("/static/"))).stat().st_size
    assert total < 60_000, total
