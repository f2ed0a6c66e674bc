"""What search engines and social networks read: head tags, JSON-LD, sitemap, robots, redirects."""

import io
import xml.etree.ElementTree as ET

import extruct
import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from blog.models import ArticlePage, BlogIndexPage
from modalities.models import FAQPage, ModalityPage
from tests.home.test_pages import DEMO_PAGES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
IMAGE = "{http://www.google.com/schemas/sitemap-image/1.1}"
ARTICLE = "/blog/five-ways-to-settle-your-nervous-system/"


def head(client, path):
    return BeautifulSoup(client.get(path).content, "html.parser").head


def meta(document, **attrs):
    tag = document.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def graph(client, path):
    response = client.get(path)
    data = extruct.extract(response.content.decode(), syntaxes=["json-ld"], uniform=True)
    blocks = data["json-ld"]
    assert len(blocks) == 1, "one JSON-LD block per page"
    nodes = blocks[0]["@graph"]
    return {
        node["@type"] if isinstance(node["@type"], str) else node["@type"][0]: node
        for node in nodes
    }


def test_article_head_carries_title_description_canonical_and_social_tags(client):
    page = ArticlePage.objects.get(url_path__endswith="five-ways-to-settle-your-nervous-system/")
    document = head(client, ARTICLE + "?utm_source=newsletter")
    assert document.title.string == page.seo_title
    assert meta(document, name="description") == page.search_description
    canonical = document.find("link", rel="canonical")["href"]
    assert canonical.startswith("http") and canonical.endswith(ARTICLE)
    assert "?" not in canonical
    assert meta(document, name="robots") == "index, follow"
    assert meta(document, property="og:type") == "article"
    assert meta(document, property="og:url") == canonical
    assert meta(document, property="og:site_name") == "Stillpoint Bodywork"
    assert meta(document, property="og:image").startswith("http")
    assert meta(document, property="og:image:width") == "1200"
    assert meta(document, property="og:image:height") == "630"
    assert meta(document, name="twitter:card") == "summary_large_image"
    assert meta(document, property="article:published_time").startswith(str(page.date))
    assert meta(document, property="article:modified_time")


def test_description_falls_back_to_the_listing_intro(client):
    page = ModalityPage.objects.get(slug="visceral-manipulation")
    page.search_description = ""
    page.save_revision().publish()
    assert meta(head(client, page.url), name="description") == page.summary


def test_noindex_page_says_so_and_leaves_the_sitemap(client):
    page = ArticlePage.objects.live().first()
    page.noindex = True
    page.save_revision().publish()
    assert meta(head(client, page.url), name="robots") == "noindex, follow"
    assert page.get_full_url() not in sitemap_locations(client)


def test_excluded_page_leaves_the_sitemap_but_stays_indexable(client):
    page = ArticlePage.objects.live().first()
    page.exclude_from_sitemap = True
    page.save_revision().publish()
    assert meta(head(client, page.url), name="robots") == "index, follow"
    assert page.get_full_url() not in sitemap_locations(client)


def sitemap_locations(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]


def test_sitemap_lists_every_live_page_with_lastmod_and_hero_images(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall(f"{SITEMAP}url")
    live = Page.objects.filter(depth__gt=1).live()
    assert {url.findtext(f"{SITEMAP}loc") for url in urls} == {p.get_full_url() for p in live}
    assert all(url.findtext(f"{SITEMAP}lastmod") for url in urls)
    modality = ModalityPage.objects.get(slug="craniosacral-therapy")
    entry = next(u for u in urls if u.findtext(f"{SITEMAP}loc") == modality.get_full_url())
    image = entry.find(f"{IMAGE}image").findtext(f"{IMAGE}loc")
    assert image.startswith("http") and image.endswith(".jpg")


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(client):
    def count():
        client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap.xml").status_code == 200
        return len(queries)

    before = count()
    blog = BlogIndexPage.objects.get()
    for number in range(300):
        blog.add_child(
            instance=ArticlePage(title=f"Note {number}", slug=f"note-{number}", intro="A note.")
        )
    assert len(sitemap_locations(client)) > 300
    assert count() == before


def test_robots_txt_allows_the_site_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    site = Site.objects.get(is_default_site=True)
    assert f"Sitemap: {site.root_url}/sitemap.xml" in text


def test_robots_and_sitemap_follow_the_site_being_served(client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    home = Site.objects.get(is_default_site=True).root_page
    Site.objects.create(hostname="other.example", port=443, root_page=home, site_name="Other")
    text = client.get("/robots.txt", HTTP_HOST="other.example").content.decode()
    assert "Sitemap: https://other.example/sitemap.xml" in text
    locations = ET.fromstring(client.get("/sitemap.xml", HTTP_HOST="other.example").content)
    assert (
        locations.find(f"{SITEMAP}url")
        .findtext(f"{SITEMAP}loc")
        .startswith("https://other.example/")
    )


@pytest.mark.parametrize("path", DEMO_PAGES)
def test_every_page_has_one_linked_json_ld_graph(client, path):
    nodes = graph(client, path)
    business = nodes["HealthAndBeautyBusiness"]
    assert business["name"] and business["telephone"] and business["url"]
    assert business["address"]["streetAddress"] and business["address"]["addressLocality"]
    assert business["geo"]["latitude"] and business["openingHoursSpecification"]
    assert business["priceRange"] and business["sameAs"] and business["image"]["url"]
    services = business["hasOfferCatalog"]["itemListElement"]
    assert {offer["itemOffered"]["name"] for offer in services} == set(
        ModalityPage.objects.live().values_list("title", flat=True)
    )
    website = nodes["WebSite"]
    assert website["publisher"]["@id"] == business["@id"]
    person = nodes["Person"]
    assert person["name"] == "Maya Lindqvist" and person["worksFor"]["@id"] == business["@id"]
    assert business["employee"]["@id"] == person["@id"]
    page_types = {"WebPage", "CollectionPage", "FAQPage"}
    webpage = next(node for kind, node in nodes.items() if kind in page_types)
    assert webpage["isPartOf"]["@id"] == website["@id"]
    if path != "/":
        crumbs = nodes["BreadcrumbList"]["itemListElement"]
        assert webpage["breadcrumb"]["@id"] == nodes["BreadcrumbList"]["@id"]
        assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
        assert all(c["item"].startswith("http") for c in crumbs)


def test_visible_breadcrumbs_match_the_breadcrumb_list(client):
    path = "/modalities/somato-emotional-release/"
    document = BeautifulSoup(client.get(path).content, "html.parser")
    visible = [a.get_text(strip=True) for a in document.select("nav.breadcrumbs a")]
    listed = [item["name"] for item in graph(client, path)["BreadcrumbList"]["itemListElement"]]
    assert visible == listed == ["Home", "Modalities", "Somato Emotional Release"]


def test_article_is_a_blog_posting_by_a_credentialed_person(client):
    nodes = graph(client, ARTICLE)
    posting = nodes["BlogPosting"]
    for required in ("headline", "datePublished", "dateModified", "image", "author", "publisher"):
        assert posting.get(required), required
    assert posting["author"]["@id"] == nodes["Person"]["@id"]
    assert nodes["Person"]["honorificSuffix"] == "LMT, CST-D"
    assert posting["mainEntityOfPage"]["@id"] == nodes["WebPage"]["@id"]
    assert nodes["WebPage"]["reviewedBy"]["@id"] == nodes["Person"]["@id"]


def test_faq_page_structured_data_matches_the_visible_questions(client):
    response = client.get("/faq/")
    visible = [
        s.get_text(strip=True)
        for s in BeautifulSoup(response.content, "html.parser").select("main details summary")
    ]
    faq = graph(client, "/faq/")["FAQPage"]
    assert [q["name"] for q in faq["mainEntity"]] == visible
    assert all(q["acceptedAnswer"]["text"] for q in faq["mainEntity"])
    assert FAQPage.objects.get().url == "/faq/"


def test_modality_page_describes_its_service(client):
    nodes = graph(client, "/modalities/craniosacral-therapy/")
    service = nodes["Service"]
    assert service["name"] == "CranioSacral Therapy"
    assert service["provider"]["@id"] == nodes["HealthAndBeautyBusiness"]["@id"]


def test_json_ld_cannot_break_out_of_its_script(client):
    page = ArticlePage.objects.live().first()
    page.intro = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert graph(client, page.url)["BlogPosting"]["description"] == page.intro


def test_renamed_page_keeps_its_old_address_with_a_301(client, django_capture_on_commit_callbacks):
    page = ArticlePage.objects.live().first()
    old = page.url
    page.slug = "a-new-name"
    # Wagtail creates the redirect once the rename is committed.
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"].endswith("/blog/a-new-name/")
    assert client.get(response["Location"]).status_code == 200


def test_moved_page_keeps_its_old_address_with_a_301(client, django_capture_on_commit_callbacks):
    from home.models import HomePage, StandardPage

    home = HomePage.objects.get()
    page = home.add_child(instance=StandardPage(title="Prices", slug="prices", intro="Fees."))
    page.save_revision().publish()
    about = StandardPage.objects.get(slug="about")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(about, pos="last-child")
    response = client.get("/prices/")
    assert response.status_code == 301
    assert response["Location"].endswith("/about/prices/")


def test_seo_audit_passes_on_the_demo_and_fails_on_a_broken_link():
    out = io.StringIO()
    call_command("seo_audit", stdout=out)
    assert "0 error(s)" in out.getvalue()
    ModalityPage.objects.get(slug="visceral-manipulation").unpublish()
    with pytest.raises(CommandError) as failure:
        call_command("seo_audit", stdout=io.StringIO())
    assert "error(s)" in str(failure.value)


def test_tag_pages_and_later_pages_of_results_are_their_own_canonical_pages(client, settings):
    settings.STILLPOINT_PAGE_SIZE = 2
    document = head(client, "/blog/tags/stress/")
    assert document.find("link", rel="canonical")["href"].endswith("/blog/tags/stress/")
    assert "stress" in document.title.string
    document = head(client, "/blog/?page=2&utm_source=x")
    assert document.find("link", rel="canonical")["href"].endswith("/blog/?page=2")
    assert "page 2" in document.title.string
    assert head(client, "/blog/").find("link", rel="canonical")["href"].endswith("/blog/")
