"""The headless API's answers: bad input, caching, CORS, query counts, the schema, redirects."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate
from wagtail.contrib.redirects.models import Redirect

from blog.models import ArticlePage
from tests.api.helpers import get
from tests.home.factories import StandardPageFactory
from tests.home.helpers import answering_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]


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
        # What a listing costs when nothing is kept, as after a restart of every process
        # (its pictures' renditions made by a first answer, as they are before anyone asks).
        client.get("/api/v2/pages/?fields=*&limit=20")
        for alias in ("default", "shared"):
            caches[alias].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v2/pages/?fields=*&limit=20")
        assert response.status_code == 200 and len(response.json()["items"]) == 20
        return answering_queries(queries)

    before = count()
    assert 0 < before <= 15
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
    assert article["body"]["items"]["discriminator"]["propertyName"] == "type"
    assert article["hero_image"]["anyOf"][0]["$ref"].endswith("Image")
    assert article["intro"]["description"]


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
