"""The demo's API answers, crawled and validated against /api/schema/ (JSON Schema 2020-12).

Every page by id, every kind of listing (with and without ?type=, with ?fields=*, searched,
paged), images, documents, redirects, practice details, menus and the error answers: each is
validated against the schema the document gives for its path and status, objects we own being
closed (additionalProperties: false), so a field the document does not name fails here.
"""

import re

import pytest
from django.core.files.base import ContentFile
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


class Contract:
    """Validates answers against the operation the document gives for their path."""

    def __init__(self, client):
        self.client = client
        self.document = client.get("/api/schema/").json()
        self.templates = [
            (re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path)
            for path in self.document["paths"]
        ]
        self.validated = 0
        self.errors = []

    def check(self, url: str, status: int = 200) -> dict:
        response = self.client.get(url)
        assert response.status_code == status, (url, response.status_code, response.content[:300])
        path = url.split("?")[0]
        template = next(template for pattern, template in self.templates if pattern.match(path))
        answer = self.document["paths"][template]["get"]["responses"][str(status)]
        schema = {**answer["content"]["application/json"]["schema"]}
        schema["components"] = self.document["components"]
        data = response.json()
        for error in Draft202012Validator(schema).iter_errors(data):
            error = branch_error(error)
            where = "/".join(map(str, error.absolute_path))
            self.errors.append(f"{url} {where}: {error.message[:300]}")
        self.validated += 1
        return data


def branch_error(error):
    """Within a oneOf of page types, the error of the branch whose meta.type matched."""
    if not error.context:
        return error
    wrong_type = {
        suberror.relative_schema_path[0]
        for suberror in error.context
        if list(suberror.relative_path) in (["meta", "type"], ["type"])
    }
    errors = [e for e in error.context if e.relative_schema_path[0] not in wrong_type]
    return best_match(errors) or error


@pytest.fixture
def contract(client):
    # What the demo has none of: a document and a redirect.
    document = get_document_model().objects.create(
        title="Intake form",
        file=ContentFile(b"%PDF-1.4 intake", name="intake.pdf"),
        collection=Collection.get_first_root_node(),
    )
    document.tags.add("forms")
    Redirect.objects.create(old_path="/sessions", redirect_page=Page.objects.get(slug="faq"))
    Redirect.objects.create(old_path="/old-blog", redirect_link="https://example.com/blog")
    return Contract(client)


def test_every_answer_of_the_demo_api_is_as_the_document_says(contract, capsys):
    pages = Page.objects.filter(depth__gt=1).live().specific().order_by("path")
    types = sorted({f"{page._meta.app_label}.{type(page).__name__}" for page in pages})
    for page in pages:
        contract.check(f"/api/v2/pages/{page.pk}/")
        contract.check(f"/api/v2/pages/{page.pk}/?fields=*")
    home = pages[0]
    listings = [
        "",
        "?fields=*",
        "?fields=_",
        "?fields=-title,-slug",
        "?search=session",
        "?search=tension&search_operator=or&fields=*",
        "?limit=5&offset=5",
        "?limit=3&offset=0&order=-title",
        "?order=first_published_at&fields=*",
        "?child_of=root",
        f"?child_of={home.pk}&fields=*",
        f"?descendant_of={home.pk}&limit=100",
        f"?ancestor_of={pages.last().pk}",
        "?tags=stress",
        "?show_in_menus=true",
        "?rich_text_format=markdown&fields=*",
    ]
    for query in listings:
        contract.check(f"/api/v2/pages/{query}")
    for name in types:
        for query in ("", "&fields=*", "&fields=*&limit=2&offset=1", "&search=calm&fields=*"):
            contract.check(f"/api/v2/pages/?type={name}{query}")
    for image in get_image_model().objects.all():
        contract.check(f"/api/v2/images/{image.pk}/")
    for query in ("", "?fields=*", "?search=hands", "?limit=2&offset=2&order=title"):
        contract.check(f"/api/v2/images/{query}")
    for document in get_document_model().objects.all():
        contract.check(f"/api/v2/documents/{document.pk}/")
    for query in ("", "?fields=*", "?tags=forms"):
        contract.check(f"/api/v2/documents/{query}")
    for query in ("", "?fields=*", "?order=-old_path"):
        contract.check(f"/api/v2/redirects/{query}")
    contract.check("/api/v2/settings/")
    contract.check("/api/v2/menus/")
    for url in (
        "/api/v2/pages/?limit=abc",
        "/api/v2/pages/?fields=no_such_field",
        "/api/v2/pages/?type=nowhere.Page",
        "/api/v2/pages/?search_operator=xor",
        "/api/v2/pages/?first_published_at=yesterday",
        "/api/v2/images/?limit=1000",
    ):
        contract.check(url, status=400)
    for url in (
        "/api/v2/pages/999999/",
        "/api/v2/pages/?child_of=999999",
        "/api/v2/images/999999/",
        "/api/v2/documents/999999/",
    ):
        contract.check(url, status=404)
    with capsys.disabled():
        print(f"\n{contract.validated} answers validated against /api/schema/")
    assert not contract.errors, "\n".join(contract.errors[:30])
    assert contract.validated > 100


@pytest.mark.parametrize("fields", ["_", "-type,-id,-title,-html_url,-slug,-first_published_at"])
def test_a_listing_keeps_each_items_id_and_type_whatever_fields_it_asks_for(client, fields):
    response = client.get(f"/api/v2/pages/?fields={fields}")
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert items
    for item in items:
        assert set(item) == {"id", "meta"}
        assert set(item["meta"]) in ({"type"}, {"type", "detail_url"})
