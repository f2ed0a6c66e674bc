"""The headless API's pages: listings, typed page details, filters, menus, and what never shows."""

import json

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from blog.models import ArticlePage
from tests.api.helpers import get
from tests.blog.factories import (
    ArticlePageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
)
from tests.home.factories import (
    AuthorFactory,
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    menu,
)
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    QuestionFactory,
    QuestionTopicFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]


# Listings and page details -----------------------------------------------------------------


@pytest.mark.usefixtures("every_page_type", "unpublished")
def test_listing_shows_every_live_page(client):
    response, data = get(client, "/api/v2/pages/?limit=100")
    assert response.status_code == 200
    assert data["meta"]["total_count"] == Page.objects.filter(depth__gt=1, live=True).count()
    assert {item["meta"]["type"] for item in data["items"]} >= {
        "home.HomePage",
        "modalities.ModalityPage",
        "modalities.FAQPage",
        "blog.ArticlePage",
        "blog.EssayPage",
        "blog.JourneyStagePage",
    }


def test_modality_detail_has_typed_body_and_expanded_references(client, modality):
    page = modality
    _, data = get(client, f"/api/v2/pages/{page.pk}/")
    assert data["summary"] == page.summary
    kinds = [block["type"] for block in data["body"]]
    assert {"heading", "paragraph", "sayings", "image", "teaser_cards"} <= set(kinds)
    heading = next(block for block in data["body"] if block["type"] == "heading")
    assert heading["value"]["anchor"]
    image = next(block for block in data["body"] if block["type"] == "image")["value"]["image"]
    assert image["alt"] and image["width"] and image["height"]
    assert image["renditions"]["medium"]["url"].startswith("http")
    assert image["renditions"]["medium"]["url"].endswith(".webp")
    cards = next(block for block in data["body"] if block["type"] == "teaser_cards")["value"]
    assert [card["title"] for card in cards["pages"]][:2] == [
        "CranioSacral Therapy",
        "Frequently Asked Questions",
    ]
    assert cards["pages"][0]["type"] == "modalities.ModalityPage"
    assert cards["pages"][0]["url"].startswith("http")
    assert data["hero_image"]["alt"]
    assert data["reviewed_by"]["credentials"] == "LMT, CST-D"
    assert {q["question"] for q in data["questions"]} == set(
        page.questions.values_list("question", flat=True)
    )
    assert data["related_modalities"] and all(r["url"] for r in data["related_modalities"])


def test_rich_text_links_come_out_resolved(client, modality):
    page = modality
    target = Page.objects.get(slug="craniosacral-therapy")
    _, data = get(client, f"/api/v2/pages/{page.pk}/")
    paragraphs = " ".join(b["value"] for b in data["body"] if b["type"] == "paragraph")
    assert 'linktype="page"' not in paragraphs
    assert f'href="{target.url}"' in paragraphs
    _, raw = get(client, f"/api/v2/pages/{page.pk}/?rich_text_format=db_html")
    assert raw["body"]


def test_article_detail_has_author_tags_seo_and_json_ld(client, blog):
    article = ArticlePageFactory(
        parent=blog,
        author=AuthorFactory(name="Maya Lindqvist"),
        hero_image=SiteImageFactory(),
        listing_title="Three small pauses",
        tags=["stress", "breathing"],
    )
    _, data = get(client, f"/api/v2/pages/{article.pk}/")
    assert data["author"]["name"] == "Maya Lindqvist"
    assert sorted(data["tags"]) == sorted(tag.name for tag in article.tags.all())
    assert data["reading_time"] >= 1
    assert data["seo"]["canonical_url"].endswith(article.url)
    assert data["seo"]["description"] == article.search_description
    assert data["seo"]["social_image"]["renditions"]["social"]["width"] == 1200
    types = {node["@type"] for node in data["structured_data"]["@graph"]}
    assert {"BlogPosting", "HealthAndBeautyBusiness", "BreadcrumbList"} <= types
    assert data["listing"]["title"] == article.card_title


def test_faq_detail_groups_questions_by_topic(client, faq):
    for order, (name, count) in enumerate([("Before", 3), ("During", 3), ("After", 2)]):
        topic = QuestionTopicFactory(name=name, order=order)
        QuestionFactory.create_batch(count, topic=topic)
    _, data = get(client, f"/api/v2/pages/{faq.pk}/")
    assert len(data["topics"]) == 3
    assert sum(len(topic["questions"]) for topic in data["topics"]) == 8
    assert [
        (topic["name"], len(topic["questions"]), {q["topic"] for q in topic["questions"]})
        for topic in data["topics"]
    ] == [("Before", 3, {"Before"}), ("During", 3, {"During"}), ("After", 2, {"After"})]


@pytest.mark.usefixtures("unpublished")
def test_filters_clients_need(client, home, blog, articles, faq):
    essays = EssayIndexPageFactory(parent=home)
    EssayPageFactory(parent=essays, title="Stillness is not nothing", tags=["rest"])
    SiteImageFactory(tags=["river", "journey"])
    SiteImageFactory(tags=["hand"])

    _, children = get(client, f"/api/v2/pages/?child_of={blog.pk}")
    assert children["meta"]["total_count"] == ArticlePage.objects.live().count() == 3
    _, tagged = get(client, "/api/v2/pages/?type=blog.ArticlePage&tags=stress")
    assert (
        tagged["meta"]["total_count"]
        == ArticlePage.objects.live().filter(tags__name="stress").count()
        == 2
    )
    _, found = get(client, "/api/v2/pages/?search=stillness&fields=title")
    found_titles = [item["title"] for item in found["items"]]
    assert "Stillness is not nothing" in found_titles
    assert "Sleep after a session" not in found_titles
    _, ordered = get(client, "/api/v2/pages/?type=blog.ArticlePage&order=-title&fields=title")
    titles = [item["title"] for item in ordered["items"]]
    assert titles == sorted(titles, reverse=True)
    _, images = get(client, "/api/v2/images/?tags=river")
    assert images["meta"]["total_count"] == 1 and images["items"][0]["alt"]
    response = client.get("/api/v2/pages/find/?html_path=/faq/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/pages/{faq.pk}/?")


def test_practice_details_and_menus(client, home):
    # In the tree, the FAQ comes before the modalities; the menu puts them in its own order.
    faq = FAQPageFactory(parent=home)
    modalities = ModalityIndexPageFactory(parent=home)
    PracticeSettingsFactory(
        name="Stillpoint Bodywork",
        phone="+1 212 555 0147",
        opening_hours=json.dumps(
            [{"type": "hours", "value": {"day": "Monday", "opens": "10:00", "closes": "19:00"}}]
        ),
        health_disclaimer="Bodywork does not replace medical care.",
    )
    NavigationSettingsFactory(header_links=json.dumps(menu((modalities, ""), (faq, "FAQ"))))

    _, practice = get(client, "/api/v2/settings/")
    assert practice["name"] == "Stillpoint Bodywork"
    assert practice["phone"] and practice["opening_hours"] and practice["health_disclaimer"]
    _, menus = get(client, "/api/v2/menus/")
    assert [item["title"] for item in menus["header"]] == ["Modalities", "FAQ"]


def test_drafts_and_private_pages_never_appear(client, blog, articles):
    article = ArticlePage.objects.live().first()
    article.title = "A secret draft title"
    article.save_revision()  # saved, not published
    private = ArticlePage.objects.live().last()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    draft = blog.add_child(
        instance=ArticlePage(title="Unpublished", slug="unpublished", intro="x", live=False)
    )
    response = client.get("/api/v2/pages/?limit=100&fields=title")
    text = response.content.decode()
    assert "A secret draft title" not in text
    assert "Unpublished" not in text
    listed = [item["id"] for item in response.json()["items"]]
    assert private.pk not in listed and article.pk in listed
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


def test_answers_are_compact_json(client, modality):
    response = client.get("/api/v2/pages/?fields=*&limit=5")
    text = response.content.decode()
    assert response.status_code == 200 and response.json()["items"]
    assert "\n" not in text  # an indent starts a line for every field


def test_listings_order_as_the_document_says(client, blog, articles):
    listing = "/api/v2/pages/?type=blog.ArticlePage&fields=title"
    default = client.get(listing).json()["items"]
    assert client.get(listing + "&order=").json()["items"] == default  # empty: the default
    two = client.get(listing + "&order=-first_published_at,title")
    assert two.status_code == 200 and len(two.json()["items"]) == len(articles)
    for site in ("%H:%M", "localhost:99999999999"):
        response = client.get(f"/api/v2/pages/?site={site}")
        assert response.status_code == 400 and "site" in response.json()["message"]
    assert client.get("/api/v2/pages/?site=localhost:80").status_code == 200
    empty_type = client.get("/api/v2/pages/?type=")
    assert empty_type.status_code == 400 and "type" in empty_type.json()["message"]
    for refused in ("random", "title,", "-", "colour"):
        response = client.get(f"{listing}&order={refused}")
        assert response.status_code == 400, refused
        assert response.json()["message"]


def test_an_empty_order_keeps_a_search_by_relevance(client, blog):
    ArticlePageFactory(parent=blog, title="Evening walks", intro="A note that mentions a knot.")
    ArticlePageFactory(parent=blog, title="The knot", intro="Knot, knot and knot again.")
    search = "/api/v2/pages/?type=blog.ArticlePage&fields=title&search=knot"
    by_relevance = [item["title"] for item in client.get(search).json()["items"]]
    assert by_relevance == ["The knot", "Evening walks"]  # not the order they were made in
    assert [item["title"] for item in client.get(search + "&order=").json()["items"]] == (
        by_relevance
    )


def test_a_site_parameter_naming_several_sites_is_a_400(client, home):
    Site.objects.create(hostname="localhost", port=8080, root_page=home)
    response = client.get("/api/v2/pages/?site=localhost")
    assert response.status_code == 400 and "site" in response.json()["message"].lower()
    assert client.get("/api/v2/pages/?site=localhost:8080").status_code == 200
