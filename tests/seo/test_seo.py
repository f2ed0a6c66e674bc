"""What search engines and social networks read: head tags, JSON-LD, sitemap, robots, redirects."""

import datetime
import io
import xml.etree.ElementTree as ET

import extruct
import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from blog.models import ArticlePage
from home.models import PracticeSettings
from modalities.models import FAQPage
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import (
    AuthorFactory,
    StandardPageFactory,
    body,
    make_site,
    paragraph,
)
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
    QuestionTopicFactory,
)

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
IMAGE = "{http://www.google.com/schemas/sitemap-image/1.1}"


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


def sitemap_locations(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]


def publish(*pages):
    """Give factory pages a published revision: a last-published date, as the editor's publish."""
    for page in pages:
        page.save_revision().publish()


# The site each test builds: only the pieces it asks for --------------------------------------


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def practitioner():
    return AuthorFactory(
        name="Maya Lindqvist",
        credentials="LMT, CST-D",
        bio="Licensed massage therapist and CranioSacral Therapy diplomate.",
    )


@pytest.fixture
def practice(home):
    """The practice's name and practitioner, filled in as an editor would under Settings."""
    details = PracticeSettings.for_site(Site.objects.get(is_default_site=True))
    details.name = "Stillpoint Bodywork"
    details.practitioner = "Maya Lindqvist"
    details.save()
    return details


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home)


@pytest.fixture
def article(blog, practitioner):
    """A published article by the practitioner, who also reviewed it."""
    page = ArticlePageFactory(
        parent=blog,
        title="Five ways to settle your nervous system",
        slug="five-ways-to-settle-your-nervous-system",
        seo_title="Five ways to settle your nervous system · Stillpoint",
        search_description="Simple, gentle practices to calm a busy nervous system at home.",
        author=practitioner,
        reviewed_by=practitioner,
        last_reviewed=datetime.date(2026, 10, 1),
        date=datetime.date(2026, 3, 14),
    )
    publish(page)
    return page


@pytest.fixture
def illustrated_article(article):
    """The article with a picture of its own (pictures are only made where a test reads them)."""
    article.hero_image = SiteImageFactory()
    publish(article)
    return article


@pytest.fixture
def modalities(home):
    """The modality section: an index and three modalities."""
    index = ModalityIndexPageFactory(parent=home)
    pages = [
        ModalityPageFactory(
            parent=index,
            title="CranioSacral Therapy",
            slug="craniosacral-therapy",
        ),
        ModalityPageFactory(
            parent=index, title="Somato Emotional Release", slug="somato-emotional-release"
        ),
        ModalityPageFactory(
            parent=index,
            title="Visceral Manipulation",
            slug="visceral-manipulation",
            summary="Gentle work with the organs and the tissues that hold them.",
        ),
    ]
    publish(index, *pages)
    return {page.slug: page for page in pages}


# Head tags ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("practice")
def test_article_head_carries_title_description_canonical_and_social_tags(
    client, illustrated_article
):
    article = illustrated_article
    document = head(client, article.url + "?utm_source=newsletter")
    assert document.title.string == article.seo_title
    assert meta(document, name="description") == article.search_description
    canonical = document.find("link", rel="canonical")["href"]
    assert canonical.startswith("http") and canonical.endswith(article.url)
    assert "?" not in canonical
    assert meta(document, name="robots") == "index, follow"
    assert meta(document, property="og:type") == "article"
    assert meta(document, property="og:url") == canonical
    assert meta(document, property="og:site_name") == "Stillpoint Bodywork"
    assert meta(document, property="og:image").startswith("http")
    assert meta(document, property="og:image:width") == "1200"
    assert meta(document, property="og:image:height") == "630"
    assert meta(document, name="twitter:card") == "summary_large_image"
    assert meta(document, property="article:published_time").startswith(str(article.date))
    assert meta(document, property="article:modified_time")


def test_description_falls_back_to_the_listing_intro(client, modalities):
    page = modalities["visceral-manipulation"]
    page.search_description = ""
    page.save_revision().publish()
    assert meta(head(client, page.url), name="description") == page.summary


def test_noindex_page_says_so_and_leaves_the_sitemap(client, article):
    assert article.get_full_url() in sitemap_locations(client)
    article.noindex = True
    article.save_revision().publish()
    assert meta(head(client, article.url), name="robots") == "noindex, follow"
    assert article.get_full_url() not in sitemap_locations(client)


def test_excluded_page_leaves_the_sitemap_but_stays_indexable(client, article):
    assert article.get_full_url() in sitemap_locations(client)
    article.exclude_from_sitemap = True
    article.save_revision().publish()
    assert meta(head(client, article.url), name="robots") == "index, follow"
    assert article.get_full_url() not in sitemap_locations(client)


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
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall(f"{SITEMAP}url")
    live = Page.objects.filter(depth__gt=1).live()
    assert len(live) >= 8
    assert {url.findtext(f"{SITEMAP}loc") for url in urls} == {p.get_full_url() for p in live}
    assert all(url.findtext(f"{SITEMAP}lastmod") for url in urls)
    entry = next(u for u in urls if u.findtext(f"{SITEMAP}loc") == modality.get_full_url())
    image = entry.find(f"{IMAGE}image").findtext(f"{IMAGE}loc")
    assert image.startswith("http") and image.endswith(".jpg")


@pytest.mark.usefixtures("article")
def test_sitemap_queries_do_not_grow_with_the_number_of_pages(client, blog, modalities):
    modality = modalities["craniosacral-therapy"]
    modality.hero_image = SiteImageFactory()  # pictures are listed too, in one more query
    publish(modality)

    def count():
        client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap.xml").status_code == 200
        return len(queries)

    before = count()
    for number in range(300):
        blog.add_child(
            instance=ArticlePage(title=f"Note {number}", slug=f"note-{number}", intro="A note.")
        )
    assert len(sitemap_locations(client)) > 300
    assert count() == before


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
    locations = ET.fromstring(client.get("/sitemap.xml", HTTP_HOST="other.example").content)
    assert (
        locations.find(f"{SITEMAP}url")
        .findtext(f"{SITEMAP}loc")
        .startswith("https://other.example/")
    )


# JSON-LD ------------------------------------------------------------------------------------


def test_visible_breadcrumbs_match_the_breadcrumb_list(client, modalities):
    path = modalities["somato-emotional-release"].url
    assert path == "/modalities/somato-emotional-release/"
    document = BeautifulSoup(client.get(path).content, "html.parser")
    visible = [a.get_text(strip=True) for a in document.select("nav.breadcrumbs a")]
    listed = [item["name"] for item in graph(client, path)["BreadcrumbList"]["itemListElement"]]
    assert visible == listed == ["Home", "Modalities", "Somato Emotional Release"]


@pytest.mark.usefixtures("practice")
def test_article_is_a_blog_posting_by_a_credentialed_person(client, illustrated_article):
    nodes = graph(client, illustrated_article.url)
    posting = nodes["BlogPosting"]
    for required in ("headline", "datePublished", "dateModified", "image", "author", "publisher"):
        assert posting.get(required), required
    assert posting["author"]["@id"] == nodes["Person"]["@id"]
    assert nodes["Person"]["honorificSuffix"] == "LMT, CST-D"
    assert posting["mainEntityOfPage"]["@id"] == nodes["WebPage"]["@id"]
    assert nodes["WebPage"]["reviewedBy"]["@id"] == nodes["Person"]["@id"]


def test_faq_page_structured_data_matches_the_visible_questions(client, home):
    FAQPageFactory(parent=home)
    first = QuestionTopicFactory(name="Before your first session", order=0)
    later = QuestionTopicFactory(name="After a session", order=1)
    QuestionFactory(topic=later, question="Will I feel sore the next day?", order=0)
    QuestionFactory(topic=first, question="What should I wear?", order=1)
    QuestionFactory(topic=first, question="How long is a first session?", order=0)
    response = client.get("/faq/")
    visible = [
        s.get_text(strip=True)
        for s in BeautifulSoup(response.content, "html.parser").select("main details summary")
    ]
    assert visible == [
        "How long is a first session?",
        "What should I wear?",
        "Will I feel sore the next day?",
    ]
    faq = graph(client, "/faq/")["FAQPage"]
    assert [q["name"] for q in faq["mainEntity"]] == visible
    assert all(q["acceptedAnswer"]["text"] for q in faq["mainEntity"])
    assert FAQPage.objects.get().url == "/faq/"


def test_modality_page_describes_its_service(client, modalities):
    nodes = graph(client, "/modalities/craniosacral-therapy/")
    service = nodes["Service"]
    assert service["name"] == "CranioSacral Therapy"
    assert service["provider"]["@id"] == nodes["HealthAndBeautyBusiness"]["@id"]


def test_json_ld_cannot_break_out_of_its_script(client, article):
    article.intro = "</script><script>alert(1)</script>"
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert graph(client, article.url)["BlogPosting"]["description"] == article.intro


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


# Listings -----------------------------------------------------------------------------------


def test_tag_pages_and_later_pages_of_results_are_their_own_canonical_pages(client, settings, blog):
    ArticlePageFactory(parent=blog, tags=["stress"])
    ArticlePageFactory(parent=blog, tags=["sleep"])
    ArticlePageFactory(parent=blog)
    settings.STILLPOINT_PAGE_SIZE = 2
    document = head(client, "/blog/tags/stress/")
    assert document.find("link", rel="canonical")["href"].endswith("/blog/tags/stress/")
    assert "stress" in document.title.string
    document = head(client, "/blog/?page=2&utm_source=x")
    assert document.find("link", rel="canonical")["href"].endswith("/blog/?page=2")
    assert "page 2" in document.title.string
    assert head(client, "/blog/").find("link", rel="canonical")["href"].endswith("/blog/")
