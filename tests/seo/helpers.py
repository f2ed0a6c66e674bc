"""What the SEO tests share: reading the sitemaps, and publishing pages as an editor does."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
IMAGE = "{http://www.google.com/schemas/sitemap-image/1.1}"


def sitemap_index(client, **extra) -> list[str]:
    """The sitemaps /sitemap.xml lists, as addresses on this site."""
    response = client.get("/sitemap.xml", **extra)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    assert root.tag == f"{SITEMAP}sitemapindex"
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def sitemap_entries(client, **extra) -> list[ET.Element]:
    """Every ``<url>`` of every sitemap the index lists."""
    entries = []
    for location in sitemap_index(client, **extra):
        parts = urlsplit(location)
        response = client.get(parts.path, dict(_query(parts.query)), **extra)
        assert response.status_code == 200
        entries += ET.fromstring(response.content).findall(f"{SITEMAP}url")
    return entries


def _query(query: str):
    return (pair.split("=", 1) for pair in query.split("&") if "=" in pair)


def sitemap_locations(client, **extra) -> list[str]:
    return [url.findtext(f"{SITEMAP}loc") for url in sitemap_entries(client, **extra)]


def publish(*pages):
    """Give factory pages a published revision: a last-published date, as the editor's publish."""
    for page in pages:
        page.save_revision().publish()
