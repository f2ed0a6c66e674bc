"""What the SEO tests share: reading the sitemap, and publishing pages as an editor does."""

import xml.etree.ElementTree as ET

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
IMAGE = "{http://www.google.com/schemas/sitemap-image/1.1}"


def sitemap_locations(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]


def publish(*pages):
    """Give factory pages a published revision: a last-published date, as the editor's publish."""
    for page in pages:
        page.save_revision().publish()
