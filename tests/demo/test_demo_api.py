"""The demo site through the headless API: every demo page is listed and answers as documented.

The API's behaviour is tested on pages built for each test (tests/api/test_api.py); these tests
check the demo's own content, which is what `make run` serves to a headless front end.
"""

import pytest
from jsonschema import Draft202012Validator
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


def test_listing_shows_every_live_demo_page(client):
    response = client.get("/api/v2/pages/?limit=100")
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == Page.objects.filter(depth__gt=1, live=True).count()
    assert {item["meta"]["type"] for item in data["items"]} >= {
        "home.HomePage",
        "modalities.ModalityPage",
        "modalities.FAQPage",
        "blog.ArticlePage",
        "blog.EssayPage",
        "blog.JourneyStagePage",
    }


def test_every_demo_page_answers_as_the_document_describes_its_type(client):
    document = client.get("/api/schema/").json()
    pages = Page.objects.filter(depth__gt=1).live().specific()
    assert pages
    for page in pages:
        response = client.get(f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 200, page.url
        data = response.json()
        name = type(page).__name__
        assert data["meta"]["type"] == f"{page._meta.app_label}.{name}"
        schema = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
        errors = [
            f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
            for error in Draft202012Validator(schema).iter_errors(data)
        ]
        assert not errors, (page.url, errors)
