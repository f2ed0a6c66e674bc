"""robots.txt as crawlers read it: first-match and longest-match parsers must agree."""

from urllib.robotparser import RobotFileParser

import pytest
from protego import Protego

pytestmark = pytest.mark.django_db

# What a crawler may fetch: pages, the sitemap, public documents; never the admin, search
# results or the API's JSON.
EXPECTED = {
    "/": True,
    "/blog/five-ways-to-settle-your-nervous-system/": True,
    "/blog/tags/sleep/?page=2": True,
    "/sitemap.xml": True,
    "/documents/1/intake-form.pdf": True,
    "/searching-for-calm/": True,
    "/admin/": False,
    "/admin/pages/3/edit/": False,
    "/search/?q=x": False,
    "/search/": False,
    "/api/v2/pages/": False,
    "/api/schema/": False,
}
AGENTS = ("Googlebot", "Bingbot", "SomeOtherBot")


def robots(client) -> str:
    response = client.get("/robots.txt")
    assert response.status_code == 200
    return response.content.decode()


def first_match(text: str) -> RobotFileParser:
    """Python's parser: the first rule whose path matches decides."""
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return parser


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("agent", AGENTS)
def test_first_match_and_longest_match_parsers_read_the_same_rules(client, agent, article):
    text = robots(client)
    paths = {**EXPECTED, article.url: True}
    read_by_first_match = {path: first_match(text).can_fetch(agent, path) for path in paths}
    read_by_longest_match = {
        path: Protego.parse(text).can_fetch(f"https://example.com{path}", agent) for path in paths
    }
    assert read_by_first_match == paths
    assert read_by_longest_match == paths


@pytest.mark.usefixtures("home")
def test_robots_txt_names_the_sitemap_and_keeps_public_documents_open(client):
    text = robots(client)
    assert "Disallow: /documents/" not in text
    sitemaps = list(Protego.parse(text).sitemaps)
    assert len(sitemaps) == 1 and sitemaps[0].endswith("/sitemap.xml")
