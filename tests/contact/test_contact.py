"""The contact form: people get through and keep what they typed; bots are refused politely."""

import time

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail, signing
from wagtail.contrib.forms.models import FormSubmission

from contact.models import SIGNING_SALT, ContactPage
from tests.contact.factories import ContactPageFactory
from tests.home.factories import PracticeSettingsFactory, make_site

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def contact_page():
    """The contact page, and the practice details it sends messages to and offers when refusing."""
    home = make_site()
    PracticeSettingsFactory(phone="+1 212 555 0147", email="hello@stillpoint.example")
    return ContactPageFactory(parent=home)


def started(seconds_ago=10):
    return signing.dumps(time.time() - seconds_ago, salt=SIGNING_SALT)


def message(**overrides):
    data = {
        "your_name": "Ada Visitor",
        "email": "ada@example.com",
        "how_should_we_reply": "Email",
        "your_message": "Is CranioSacral Therapy suitable after a concussion?",
        "form_started": started(),
        "website": "",
    }
    data.update(overrides)
    return data


def test_form_shows_labelled_fields_and_the_guards(client):
    page = BeautifulSoup(client.get("/contact/").content, "html.parser")
    form = page.find("main").find("form")
    for name in ("your_name", "email", "your_message"):
        field = form.find(attrs={"name": name})
        assert form.find("label", attrs={"for": field["id"]})
    assert any("How should we reply?" in legend.get_text() for legend in form.find_all("legend"))
    assert form.find("input", attrs={"name": "website"})["tabindex"] == "-1"
    assert form.find("input", attrs={"name": "form_started", "type": "hidden"})["value"]


def test_a_person_is_thanked_and_the_message_is_stored_and_emailed(client):
    response = client.post("/contact/", message())
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    submission = FormSubmission.objects.get()
    assert submission.get_data()["email"] == "ada@example.com"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["hello@stillpoint.example"]
    assert "concussion" in mail.outbox[0].body


@pytest.mark.parametrize(
    "overrides",
    [
        {"website": "http://spam.example"},
        {"form_started": "just now"},
        {"form_started": "forged-token"},
        {"form_started": ""},
    ],
    ids=["honeypot", "too-fast", "forged-start", "no-start"],
)
def test_a_bot_is_refused_politely_and_nothing_is_kept(client, overrides):
    if overrides.get("form_started") == "just now":  # signed when the test runs, not collected
        overrides = {"form_started": started(seconds_ago=0)}
    response = client.post("/contact/", message(**overrides))
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    assert "not delivered" in page.select_one(".form-refusal").get_text()
    assert "tel:" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert not mail.outbox


def test_a_person_with_a_mistake_keeps_everything_typed(client):
    response = client.post("/contact/", message(email="not-an-email", your_name=""))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(class_="form-errors")
    assert page.find("input", attrs={"name": "email"})["value"] == "not-an-email"
    assert "concussion" in page.find("textarea", attrs={"name": "your_message"}).get_text()
    assert page.find("input", attrs={"value": "Email", "name": "how_should_we_reply"}).has_attr(
        "checked"
    )
    errors = [p.get_text() for p in page.select(".form-field .error")]
    assert any("email" in error.lower() for error in errors)
    assert not FormSubmission.objects.exists()


def test_too_many_messages_from_one_address_are_paused(client, settings):
    settings.CONTACT_RATE_LIMIT = 2
    assert client.post("/contact/", message()).status_code == 200
    assert client.post("/contact/", message()).status_code == 200
    response = client.post("/contact/", message())
    assert response.status_code == 429
    assert "try again later" in BeautifulSoup(response.content, "html.parser").main.get_text()
    assert FormSubmission.objects.count() == 2


def test_submissions_are_listed_and_exported_in_the_admin(client):
    client.post("/contact/", message())
    client.force_login(get_user_model().objects.create_superuser("p", "p@example.com", "pw-p"))
    page = ContactPage.objects.get()
    listing = client.get(f"/admin/forms/submissions/{page.pk}/")
    assert listing.status_code == 200 and "Ada Visitor" in listing.content.decode()
    export = client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert export.status_code == 200
    assert b"ada@example.com" in b"".join(export.streaming_content)


def test_behind_a_proxy_each_visitor_has_their_own_limit(client, settings):
    settings.CONTACT_RATE_LIMIT = 1
    settings.TRUSTED_PROXIES = 1
    first = {"HTTP_X_FORWARDED_FOR": "203.0.113.5", "REMOTE_ADDR": "10.0.0.1"}
    second = {"HTTP_X_FORWARDED_FOR": "203.0.113.9", "REMOTE_ADDR": "10.0.0.1"}
    assert client.post("/contact/", message(), **first).status_code == 200
    assert client.post("/contact/", message(), **second).status_code == 200
    assert client.post("/contact/", message(), **first).status_code == 429


def test_correcting_a_mistake_keeps_the_time_the_form_was_started(client):
    response = client.post("/contact/", message(email="not-an-email", form_started=started(30)))
    page = BeautifulSoup(response.content, "html.parser")
    kept = page.find("input", attrs={"name": "form_started"})["value"]
    assert signing.loads(kept, salt=SIGNING_SALT) < time.time() - 20
    assert client.post("/contact/", message(form_started=kept)).status_code == 200
