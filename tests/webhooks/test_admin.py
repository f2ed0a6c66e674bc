"""Settings → Webhooks: administrators add endpoints, read the deliveries and resend them."""

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings

from tests.accounts.factories import UserFactory
from tests.home.factories import StandardPageFactory
from tests.webhooks.factories import EndpointFactory
from webhooks.models import Delivery, Endpoint

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client):
    client.force_login(UserFactory())
    return client


def endpoint_form(url):
    return {"url": url, "description": "Rebuild", "events": ["page.published"], "active": "on"}


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://10.1.2.3/hooks", "10.1.2.3 is on this machine or a private network"),
        ("http://192.168.1.20:8080/hooks", "192.168.1.20 is on this machine or a private network"),
        ("http://[fd00::1]/hooks", "fd00::1 is on this machine or a private network"),
        ("ftp://example.com/hooks", "Only http:// and https:// addresses"),
        ("http://user:pw@example.com/hooks", "no user name or password"),
    ],
)
def test_a_private_or_odd_address_gives_a_clear_form_error(admin, url, words):
    response = admin.post("/admin/webhooks/new/", endpoint_form(url))
    assert response.status_code == 200
    assert words in response.content.decode()
    assert not Endpoint.objects.exists()


@override_settings(WEBHOOKS_ALLOW_PRIVATE=False)
def test_this_machine_is_refused_unless_the_setting_allows_it(admin):
    response = admin.post("/admin/webhooks/new/", endpoint_form("http://localhost:8150/hooks"))
    text = response.content.decode()
    assert "localhost (" in text
    assert "is on this machine or a private network" in text
    assert not Endpoint.objects.exists()


def test_an_administrator_adds_an_endpoint_and_can_read_its_secret(admin, receiver):
    response = admin.post("/admin/webhooks/new/", endpoint_form(receiver.url))
    assert response.status_code == 302
    endpoint = Endpoint.objects.get()
    assert endpoint.url == receiver.url
    assert endpoint.events == ["page.published"]
    assert endpoint.secret.startswith("whsec_")
    page = admin.get(f"/admin/webhooks/edit/{endpoint.pk}/").content.decode()
    assert endpoint.secret in page
    assert "Page published" in admin.get("/admin/webhooks/").content.decode()


def test_editors_cannot_see_or_change_webhooks(client, home):
    EndpointFactory()
    editor = UserFactory(is_superuser=False)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    for url in ("/admin/webhooks/", "/admin/webhooks/new/", "/admin/webhook-deliveries/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
    assert "/admin/webhooks/" not in client.get("/admin/").content.decode()


def test_deliveries_are_logged_and_can_be_resent(
    admin, home, receiver, django_capture_on_commit_callbacks
):
    EndpointFactory(url=receiver.url)
    page = StandardPageFactory(parent=home, title="Opening hours")
    receiver.received.clear()
    Delivery.objects.all().delete()
    receiver.answers = [500] * 5
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    delivery = Delivery.objects.get()
    assert delivery.status == "failed"
    listing = admin.get("/admin/webhook-deliveries/").content.decode()
    assert "page.published" in listing
    assert "something broke on the receiving side" in listing
    assert f"/admin/webhook-deliveries/resend/{delivery.pk}/" in listing
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(f"/admin/webhook-deliveries/resend/{delivery.pk}/")
    assert response.status_code == 302
    again = Delivery.objects.exclude(pk=delivery.pk).get()
    assert (again.status, again.attempts, again.message_id) == ("delivered", 1, delivery.message_id)
    assert receiver.received[-1].headers["webhook-id"] == delivery.message_id
    assert admin.get(f"/admin/webhook-deliveries/inspect/{again.pk}/").status_code == 200


def test_only_administrators_can_resend(client, home):
    delivery = Delivery.objects.create(
        endpoint=EndpointFactory(), message_id="msg_1", event="page.published", subject="page:1"
    )
    editor = UserFactory(is_superuser=False)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.post(f"/admin/webhook-deliveries/resend/{delivery.pk}/").status_code in (302, 403)
    assert Delivery.objects.count() == 1
