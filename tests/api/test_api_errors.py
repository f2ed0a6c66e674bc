"""Requests that once answered 500 without signing in: each a clear 4xx now, the API's in JSON."""

import logging

import pytest
from django.test import Client

from api.views import MAX_OFFSET, PagesEndpoint
from tests.api.helpers import get
from tests.media.factories import SiteImageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home")]


@pytest.fixture
def strict_client():
    """A client that checks CSRF tokens as a browser's requests are checked."""
    return Client(enforce_csrf_checks=True)


def test_a_form_sent_in_another_charset_is_a_400_with_the_reason(strict_client):
    response = strict_client.post(
        "/",
        "name=caf%E9",
        content_type="application/x-www-form-urlencoded; charset=latin-1",
        HTTP_COOKIE="csrftoken=" + "A" * 32,
    )
    assert response.status_code == 400
    assert b"must be UTF-8 encoded" in response.content
    assert response["Content-Type"].startswith("text/html")


def test_too_many_form_fields_are_a_400_and_json_under_the_api(strict_client):
    fields = "&".join(f"f{number}=1" for number in range(1100))
    form = "application/x-www-form-urlencoded"
    cookie = "csrftoken=" + "A" * 32
    response = strict_client.post("/", fields, content_type=form, HTTP_COOKIE=cookie)
    assert response.status_code == 400 and b"too many fields" in response.content
    response, data = get(strict_client, f"/api/v2/pages/?{fields}")
    assert response.status_code == 400
    assert data == {"message": "The request has too many fields."}


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_an_unknown_search_operator_on_a_detail_is_a_400(client, article, endpoint):
    if endpoint == "images":
        pk = SiteImageFactory().pk
    elif endpoint == "pages":
        pk = article.pk
    else:
        pk = 1  # checked before the document is looked for
    response, data = get(client, f"/api/v2/{endpoint}/{pk}/?search=a&search_operator=xor")
    assert response.status_code == 400
    assert data["message"] == "search_operator must be 'and' or 'or'"


def test_a_nul_in_a_detail_query_is_a_400(client, article):
    # PostgreSQL refuses text with NUL bytes; the filters of a detail view used to send it.
    response, data = get(client, f"/api/v2/pages/{article.pk}/?locale=%00")
    assert response.status_code == 400
    assert data["message"] == "'locale' is not valid UTF-8 text"


def test_finding_a_page_of_another_type_is_a_404(client, article, home):
    response, data = get(client, f"/api/v2/pages/find/?id={home.pk}&type=blog.ArticlePage")
    assert response.status_code == 404 and data["message"]
    response, data = get(client, "/api/v2/pages/find/?id=999999&type=blog.ArticlePage")
    assert response.status_code == 404 and data["message"]
    # The page of that type is still found.
    response = client.get(f"/api/v2/pages/find/?id={article.pk}&type=blog.ArticlePage")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/api/v2/pages/{article.pk}/?type=blog.ArticlePage")


@pytest.mark.parametrize("offset", ["9223372036854775808", str(MAX_OFFSET + 1), "９" * 20])
def test_an_offset_past_any_database_integer_is_a_400(client, article, offset):
    response, data = get(client, f"/api/v2/pages/?offset={offset}")
    assert response.status_code == 400
    assert data["message"] == f"offset cannot be higher than {MAX_OFFSET}"
    _, data = get(client, f"/api/v2/pages/?offset={MAX_OFFSET}")
    assert data["items"] == []


def test_an_error_inside_the_api_answers_json_and_is_logged(monkeypatch, caplog):
    def fail(self):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(PagesEndpoint, "get_queryset", fail)
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response, data = get(client, "/api/v2/pages/", HTTP_ACCEPT="text/html,*/*;q=0.8")
    assert response.status_code == 500
    assert set(data) == {"message"} and "database" not in data["message"]
    (record,) = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert record.exc_info[0] is RuntimeError


def test_the_500_page_is_json_under_the_api_and_html_elsewhere(monkeypatch):
    def fail(request):
        raise RuntimeError("no practice details")

    monkeypatch.setattr("api.site_details.practice_for", fail)
    monkeypatch.setattr("home.context_processors.practice_for", fail)
    client = Client(raise_request_exception=False)
    response, data = get(client, "/api/v2/settings/")
    assert response.status_code == 500 and set(data) == {"message"}
    response = client.get("/")
    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/html")


def test_the_api_answers_json_whatever_the_client_accepts(client):
    response, data = get(client, "/api/v2/pages/", HTTP_ACCEPT="text/html,*/*;q=0.8")
    assert response.status_code == 200 and "items" in data
    response, data = get(client, "/api/v2/pages/", HTTP_ACCEPT="text/html")
    assert response.status_code == 406 and data["message"]
    response, data = get(client, "/api/v2/pages/?format=api")
    assert response.status_code == 404 and data["message"]
    response = client.post("/api/v2/pages/")
    assert response.status_code == 405
    assert response.json() == {"message": 'Method "POST" not allowed.'}


@pytest.mark.parametrize(
    "url", ["/api/v2/settings/", "/api/v2/menus/", "/api/schema/", "/api/v2/preview/"]
)
def test_the_read_only_addresses_refuse_other_methods_in_json(strict_client, url):
    for method in ("post", "put", "delete"):
        response = getattr(strict_client, method)(url)
        assert response.status_code == 405 and response["Allow"] == "GET, HEAD"
        assert response.json() == {"message": f'Method "{method.upper()}" not allowed.'}
    # HEAD is answered as GET is; the preview wants its token.
    assert strict_client.head(url).status_code == (403 if "preview" in url else 200)
