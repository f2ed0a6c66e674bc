"""What search engines and social networks read on a page: head tags, JSON-LD, canonicals."""

import extruct
import pytest
from bs4 import BeautifulSoup

from modalities.models import FAQPage
from tests.blog.factories import ArticlePageFactory
from tests.modalities.factories import FAQPageFactory, QuestionFactory, QuestionTopicFactory
from tests.seo.helpers import sitemap_locations

pytestmark = pytest.mark.django_db


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
    QuestionFactory(topic=later, question="Will I feel sore the next day?", sort_order=0)
    QuestionFactory(topic=first, question="What should I wear?", sort_order=1)
    QuestionFactory(topic=first, question="How long is a first session?", sort_order=0)
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
