"""Uploads that are not for everyone have no address of their own under /media/.

Documents go out through Wagtail's document view only, which asks for a sign-in when their
collection is private; original pictures are not served at all (pages show renditions).
"""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.home.factories import make_site
from tests.media.factories import SiteImageFactory

pytestmark = pytest.mark.django_db


def document(title, collection):
    doc = get_document_model()(title=title, collection=collection)
    doc.file.save(
        f"{title.lower().replace(' ', '-')}.txt", ContentFile(b"private words"), save=False
    )
    doc.save()
    return doc


@pytest.fixture
def clients_only():
    collection = Collection.get_first_root_node().add_child(name="Clients only")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def content(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_private_document_asks_for_a_sign_in_at_every_address(client, clients_only):
    make_site()
    doc = document("Client notes", clients_only)
    assert doc.file.url.startswith("/media/documents/")
    assert client.get(doc.file.url).status_code == 404
    response = client.get(doc.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_public_document_is_served_by_the_document_view_only(client):
    make_site()
    doc = document("Intake form", Collection.get_first_root_node())
    assert doc.url.startswith("/documents/")
    response = client.get(doc.url)
    assert response.status_code == 200
    assert content(response) == b"private words"
    assert client.get(doc.file.url).status_code == 404


def test_original_pictures_have_no_address_but_renditions_do(client):
    picture = SiteImageFactory()
    assert picture.file.url.startswith("/media/original_images/")
    assert client.get(picture.file.url).status_code == 404
    rendition = picture.get_rendition("width-400")
    assert client.get(rendition.url).status_code == 200


@pytest.mark.parametrize(
    "path", ["images/../documents/{name}", "./documents/{name}", "/documents/{name}"]
)
def test_a_roundabout_path_does_not_reach_the_documents(client, clients_only, path):
    doc = document("Client notes", clients_only)
    name = doc.file.name.split("/", 1)[1]
    assert client.get("/media/" + path.format(name=name)).status_code == 404
