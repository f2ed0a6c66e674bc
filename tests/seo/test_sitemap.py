"""The sitemap, robots.txt, old addresses kept by redirects, and the SEO audit."""

import io
import xml.etree.ElementTree as ET

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from blog.models import ArticlePage
from seo.sitemap import PageSitemap
from tests.blog.factories import ArticlePageFactory
from tests.home.factories import StandardPageFactory, body, paragraph
from tests.home.helpers import answering_queries
from tests.media.factories import SiteImageFactory
from tests.seo.helpers import (
    IMAGE,
    SITEMAP,
    publish,
    sitemap_entries,
    sitemap_index,
    sitemap_locations,
)

pytestmark = pytest.mark.django_db


# Sitemap and robots.txt ---------------------------------------------------------------------


def test_sitemap_lists_every_live_page_with_lastmod_and_hero_images(
    client, home, modalities, article
):
    StandardPageFactory(parent=home, title="About", slug="about")
    modality = modalities["craniosacral-therapy"]
    modality.hero_image = SiteImageFactory()
    publish(modality)
    # Every page published as an editor publishes it: each has a date to give as lastmod.
    publish(*Page.objects.filter(depth__gt=1).specific())
    StandardPageFactory(parent=home, title="Not yet", slug="not-yet", live=False)
    urls = sitemap_entries(client)
    live = Page.objects.filter(depth__gt=1).live()
    assert len(live) >= 8
    locations = [url.findtext(f"{SITEMAP}loc") for url in urls]
    assert sorted(locations) == sorted(p.get_full_url() for p in live)  # each page once
    assert all(url.findtext(f"{SITEMAP}lastmod") for url in urls)
    entry = next(u for u in urls if u.findtext(f"{SITEMAP}loc") == modality.get_full_url())
    image = entry.find(f"{IMAGE}image").findtext(f"{IMAGE}loc")
    assert image.startswith("http") and image.endswith(".jpg")


def test_sitemap_is_an_index_of_one_sitemap_per_section(client, home, modalities, article):
    StandardPageFactory(parent=home, title="About", slug="about")
    publish(*Page.objects.filter(depth__gt=1).specific())
    response = client.get("/sitemap.xml")
    index = ET.fromstring(response.content)
    # On the host the index was read from, as the sitemaps protocol wants.
    assert [loc.text for loc in index.iter(f"{SITEMAP}loc")] == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-modalities.xml",
        "http://testserver/sitemap-blog.xml",
    ]
    assert all(entry.findtext(f"{SITEMAP}lastmod") for entry in index)
    assert response["Last-Modified"]

    def locations(path):
        root = ET.fromstring(client.get(path).content)
        return {url.findtext(f"{SITEMAP}loc") for url in root.iter(f"{SITEMAP}url")}

    assert locations("/sitemap-blog.xml") == {article.get_parent().full_url, article.full_url}
    assert locations("/sitemap-modalities.xml") == {
        page.full_url for page in Page.objects.filter(slug__in=["modalities", *modalities])
    }
    assert locations("/sitemap-pages.xml") == {home.full_url, f"{home.full_url}about/"}
    assert client.get("/sitemap-nothing-here.xml").status_code == 404


def test_a_section_past_its_limit_is_paged(client, monkeypatch, blog):
    monkeypatch.setattr(PageSitemap, "limit", 3)
    for number in range(7):
        ArticlePageFactory(parent=blog, title=f"Note {number}", slug=f"note-{number}")
    blog_maps = [loc for loc in sitemap_index(client) if "/sitemap-blog.xml" in loc]
    assert [loc.rsplit("/", 1)[1] for loc in blog_maps] == [
        "sitemap-blog.xml",
        "sitemap-blog.xml?p=2",
        "sitemap-blog.xml?p=3",
    ]
    assert len(set(sitemap_locations(client))) == 1 + 1 + 7  # home, blog, its notes
    assert client.get("/sitemap-blog.xml?p=4").status_code == 404
    assert client.get("/sitemap-blog.xml?p=x").status_code == 404


@pytest.mark.usefixtures("article", "modalities")
def test_sitemap_queries_do_not_grow_with_the_number_of_pages(client, blog):
    pictures = [SiteImageFactory(), SiteImageFactory()]  # listed too, in bulk
    paths = ["/sitemap.xml", "/sitemap-pages.xml", "/sitemap-blog.xml", "/sitemap-modalities.xml"]

    def counts():
        for path in paths:  # renditions are made on the first reading
            client.get(path)
        counted = []
        for path in paths:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(path).status_code == 200
            counted.append(answering_queries(queries))
        return counted

    def grow_to(articles):
        for number in range(ArticlePage.objects.count(), articles):
            ArticlePageFactory(parent=blog, slug=f"note-{number}", hero_image=pictures[number % 2])

    grow_to(3)
    before = counts()
    grow_to(25)
    assert len(sitemap_locations(client)) > 25
    assert counts() == before


@pytest.mark.usefixtures("home")
def test_robots_txt_allows_the_site_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    site = Site.objects.get(is_default_site=True)
    assert f"Sitemap: {site.root_url}/sitemap.xml" in text


def test_robots_and_sitemap_follow_the_site_being_served(client, settings, home):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    Site.objects.create(hostname="other.example", port=443, root_page=home, site_name="Other")
    text = client.get("/robots.txt", HTTP_HOST="other.example").content.decode()
    assert "Sitemap: https://other.example/sitemap.xml" in text
    locations = sitemap_index(client, HTTP_HOST="other.example") + sitemap_locations(
        client, HTTP_HOST="other.example"
    )
    assert locations
    assert all(location.startswith("https://other.example/") for location in locations)


# Redirects ----------------------------------------------------------------------------------


def test_renamed_page_keeps_its_old_address_with_a_301(
    client, article, django_capture_on_commit_callbacks
):
    old = article.url
    article.slug = "a-new-name"
    # Wagtail creates the redirect once the rename is committed.
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"].endswith("/blog/a-new-name/")
    assert client.get(response["Location"]).status_code == 200


def test_moved_page_keeps_its_old_address_with_a_301(
    client, home, django_capture_on_commit_callbacks
):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    page = StandardPageFactory(parent=home, title="Prices", slug="prices", intro="Fees.")
    publish(about, page)
    assert client.get("/prices/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page.move(about, pos="last-child")
    response = client.get("/prices/")
    assert response.status_code == 301
    assert response["Location"].endswith("/about/prices/")


# The audit ----------------------------------------------------------------------------------


def test_seo_audit_fails_on_a_broken_link(home, modalities):
    """A clean site passes; a page whose body leads to a page taken offline fails."""
    image = SiteImageFactory()
    home.seo_title = "Stillpoint · Gentle bodywork in New York"
    home.search_description = "Gentle, unhurried bodywork sessions on the Upper West Side."
    home.hero_image = image
    home.body = body(
        paragraph("Three ways of working, each with a light and attentive touch."),
        (
            "teaser_cards",
            {"heading": "Read more", "pages": [modalities["visceral-manipulation"].pk]},
        ),
    )
    publish(home)
    for number, page in enumerate(Page.objects.filter(depth__gt=2).specific(), start=1):
        page.seo_title = f"{page.title} · Stillpoint"
        page.search_description = f"Page {number} of the practice: {page.title}, explained simply."
        page.social_image = image
        publish(page)
    out = io.StringIO()
    call_command("seo_audit", stdout=out)
    assert "0 error(s)" in out.getvalue()
    modalities["visceral-manipulation"].unpublish()
    out = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("seo_audit", stdout=out)
    assert "1 error(s)" in str(failure.value)
    assert "lead to pages that are not live" in out.getvalue()
