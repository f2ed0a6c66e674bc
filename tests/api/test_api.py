"""The headless API: complete typed JSON, strict about bad input, cache-friendly, and documented.

Each test builds the pages, pictures and settings it reads with the factories; that every page of
the demo site comes out of the API as documented is checked in tests/demo/test_demo_api.py.
"""

import json
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction

from api.models import PagePreview
from blog.models import ArticlePage
from tests.blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    EssayIndexPageFactory,
    EssayPageFactory,
    JourneyIndexPageFactory,
    JourneyStagePageFactory,
)
from tests.contact.factories import ContactPageFactory
from tests.home.factories import (
    AuthorFactory,
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    body,
    make_site,
    menu,
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


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, (
        response.json() if response["Content-Type"].startswith("application/json") else None
    )


# Content ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def home():
    """Every test has a site: a home page at the root of the default site."""
    return make_site()


@pytest.fixture
def blog(home):
    return BlogIndexPageFactory(parent=home)


@pytest.fixture
def articles(blog):
    """Three published articles, two tagged "stress"; their id order is not their title order."""
    return [
        ArticlePageFactory(
            parent=blog, title="Breathing at a busy desk", tags=["stress", "breathing"]
        ),
        ArticlePageFactory(
            parent=blog, title="What your belly might be telling you", tags=["stress", "self-care"]
        ),
        ArticlePageFactory(parent=blog, title="Sleep after a session", tags=["sleep"]),
    ]


@pytest.fixture
def article(blog):
    return ArticlePageFactory(parent=blog, tags=["stress"])


@pytest.fixture
def unpublished(blog):
    """An article saved but never published, tagged like the live ones."""
    page = ArticlePage(title="Unpublished", slug="unpublished", intro="x", live=False)
    page.tags.add("stress")
    return blog.add_child(instance=page)


@pytest.fixture
def faq(home):
    return FAQPageFactory(parent=home)


@pytest.fixture
def modality(home):
    """A modality page whose body has every kind of block the API expands, with a reviewer,
    questions of its own and a related modality."""
    index = ModalityIndexPageFactory(parent=home)
    craniosacral = ModalityPageFactory(
        parent=index, title="CranioSacral Therapy", slug="craniosacral-therapy"
    )
    faq = FAQPageFactory(parent=home, title="Frequently Asked Questions")
    page = ModalityPageFactory(
        parent=index,
        title="Somato Emotional Release",
        slug="somato-emotional-release",
        hero_image=SiteImageFactory(),
        reviewed_by=AuthorFactory(name="Maya Lindqvist", credentials="LMT, CST-D"),
        body=body(
            ("heading", {"text": "What happens in a session", "level": "h2", "anchor": ""}),
            (
                "paragraph",
                "<p>It grew out of "
                f'<a linktype="page" id="{craniosacral.pk}">CranioSacral Therapy</a>.</p>',
            ),
            ("sayings", {"intro": "Everyday speech knows it:", "items": ["A lump in my throat"]}),
            ("image", {"image": SiteImageFactory().pk, "caption": "", "alt_override": ""}),
            ("teaser_cards", {"heading": "Read more", "pages": [craniosacral.pk, faq.pk]}),
        ),
    )
    page.related_modalities.set([craniosacral])
    page.save()
    QuestionFactory.create_batch(2, modalities=[page])
    QuestionFactory(modalities=[craniosacral])  # another page's question: not this one's
    return page


@pytest.fixture
def every_page_type(home, blog):
    """A site with every page type, 22 live pages in all."""
    modalities = ModalityIndexPageFactory(parent=home)
    ModalityPageFactory.create_batch(3, parent=modalities)
    FAQPageFactory(parent=home)
    ArticlePageFactory.create_batch(5, parent=blog, tags=["stress"])
    essays = EssayIndexPageFactory(parent=home)
    EssayPageFactory.create_batch(3, parent=essays, tags=["rest"])
    journey = JourneyIndexPageFactory(parent=home)
    JourneyStagePageFactory.create_batch(3, parent=journey, tags=["journey"])
    StandardPageFactory(parent=home, title="About", slug="about")
    ContactPageFactory(parent=home)
    assert Page.objects.filter(depth__gt=1, live=True).count() == 22


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
    text = client.get("/api/v2/pages/?limit=100&fields=title").content.decode()
    assert "A secret draft title" not in text
    assert "Unpublished" not in text
    assert f'"id": {private.pk},' not in text
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


# Bad input, caching, CORS, query counts --------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?type=nope.Nope",
        "/api/v2/pages/?fields=not_a_field",
        "/api/v2/pages/?child_of=abc",
        "/api/v2/pages/?unknown_filter=1",
        "/api/v2/pages/?limit=-1",
        "/api/v2/pages/?limit=1000000000",
        "/api/v2/pages/?offset=-5",
        "/api/v2/pages/?search=" + "a" * 10_000,
        "/api/v2/pages/?search=%ff%fe%fd",
        "/api/v2/pages/?rich_text_format=pdf",
        "/api/v2/images/?limit=abc",
        "/api/v2/pages/find/?html_path=%ff",
        "/api/v2/documents/?search=x&search_operator=maybe",
    ],
)
def test_bad_queries_get_a_400_with_a_message(client, url):
    response, data = get(client, url)
    assert response.status_code == 400, response.content
    assert data["message"]


def test_unknown_id_is_404_and_offset_past_the_end_is_empty(client):
    response, data = get(client, "/api/v2/pages/999999/")
    assert response.status_code == 404 and data["message"]
    response, data = get(client, "/api/v2/pages/not-a-number/")
    assert response.status_code == 404 and data["message"]
    _, data = get(client, "/api/v2/pages/?offset=10000")
    assert data["items"] == []


def test_responses_can_be_cached_and_revalidated(client):
    response = client.get("/api/v2/pages/")
    assert "max-age" in response["Cache-Control"] and "public" in response["Cache-Control"]
    etag = response["ETag"]
    again = client.get("/api/v2/pages/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


def test_cors_allows_only_configured_origins(client, settings, home):
    StandardPageFactory(parent=home, title="About", slug="about")
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example")
    assert "Access-Control-Allow-Origin" not in response
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example"]
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example")
    assert response["Access-Control-Allow-Origin"] == "https://app.example"
    response = client.get("/about/", HTTP_ORIGIN="https://app.example")
    assert response.status_code == 200  # a page of the site, not of the API
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.usefixtures("every_page_type")
def test_mixed_listing_query_count_does_not_grow(client, blog):
    def count():
        client.get("/api/v2/pages/?fields=*&limit=20")
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v2/pages/?fields=*&limit=20")
        assert response.status_code == 200 and len(response.json()["items"]) == 20
        return len(queries)

    before = count()
    assert before <= 15
    for number in range(200):
        blog.add_child(instance=ArticlePage(title=f"Note {number}", slug=f"n-{number}", intro="x"))
    assert count() == before


def test_openapi_document_is_valid_and_describes_every_page_type(client):
    document = client.get("/api/schema/").json()
    validate(document)
    schemas = document["components"]["schemas"]
    for name in (
        "HomePage",
        "ModalityPage",
        "FAQPage",
        "ArticlePage",
        "EssayPage",
        "JourneyStagePage",
    ):
        assert name in schemas
    article = schemas["ArticlePage"]["properties"]
    assert article["body"]["items"]["$ref"].endswith("StreamBlock")
    assert article["hero_image"]["anyOf"][0]["$ref"].endswith("Image")
    assert article["intro"]["description"]


# Headless previews ------------------------------------------------------------------------


def preview_token(client, page):
    user = get_user_model().objects.create_superuser("ed", "ed@example.com", "pw-ed-12345")
    client.force_login(user)
    page.title = "Draft title only in preview"
    return PagePreview.for_page(page).token


def test_headless_preview_serves_the_draft_by_signed_token(client, article):
    page = article
    token = preview_token(client, page)
    client.logout()
    response, data = get(client, f"/api/v2/preview/?token={token}")
    assert response.status_code == 200
    assert data["title"] == "Draft title only in preview"
    assert "no-store" in response["Cache-Control"]
    # The public API still shows the published page.
    assert get(client, f"/api/v2/pages/{page.pk}/")[1]["title"] != data["title"]


def test_headless_preview_refuses_forged_and_expired_tokens(client, settings, article):
    page = article
    token = preview_token(client, page)
    forged = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    assert client.get(f"/api/v2/preview/?token={forged}").status_code == 403
    assert client.get("/api/v2/preview/").status_code == 403
    settings.PREVIEW_TOKEN_SECONDS = -1
    response, data = get(client, f"/api/v2/preview/?token={token}")
    assert response.status_code == 403 and "expired" in data["message"]


def test_editor_preview_mode_gives_a_working_link(client, article):
    page = article
    assert ("headless", "Headless (JSON link)") in page.preview_modes
    page.title = "Edited in the form, not saved"
    response = page.make_preview_request(preview_mode="headless")
    assert response.status_code == 200
    html = response.content.decode()
    link = html.split('<a href="')[1].split('"')[0].replace("&amp;", "&")
    assert "/api/v2/preview/?token=" in link
    data = client.get(link.split("://", 1)[1].split("/", 1)[1].join(["/", ""])).json()
    assert data["title"] == "Edited in the form, not saved"


def test_expired_previews_are_cleaned_up(client, settings, article):
    page = article
    old = PagePreview.for_page(page)
    PagePreview.objects.filter(pk=old.pk).update(created_at=old.created_at - timedelta(days=2))
    PagePreview.for_page(page)
    assert not PagePreview.objects.filter(pk=old.pk).exists()
    assert json.loads(PagePreview.objects.get().content_json)["title"] == page.title


# Search, redirects, signed-in answers ----------------------------------------------------


@pytest.mark.usefixtures("articles")
@pytest.mark.parametrize("query", ["]", "stress]", '"unclosed', "a AND (b", "NEAR(x y)", "*", "-"])
def test_search_punctuation_is_never_a_server_error(client, query):
    response = client.get("/api/v2/pages/", {"search": query})
    assert response.status_code == 200
    assert "items" in response.json()


def test_redirects_for_all_sites_are_listed(client):
    Redirect.objects.create(old_path="/old-everywhere", redirect_link="https://example.com/")
    _, data = get(client, "/api/v2/redirects/")
    assert [item["old_path"] for item in data["items"]] == ["/old-everywhere"]


def test_signed_in_answers_are_never_publicly_cacheable(client):
    client.force_login(get_user_model().objects.create_superuser("api", "a@example.com", "pw"))
    response = client.get("/api/v2/pages/")
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
