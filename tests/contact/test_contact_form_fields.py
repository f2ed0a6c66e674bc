"""The contact form as a visitor meets it: refused messages come back whole, fields are described
and filled in by the browser, and only messages that were kept count toward the limit."""

import time

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.forms.models import FormSubmission

from contact.models import ContactPage
from tests.contact.factories import ContactPageFactory
from tests.contact.test_contact import message, started
from tests.home.factories import PracticeSettingsFactory, StandardPageFactory, make_site

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def contact_page():
    home = make_site()
    PracticeSettingsFactory()
    return ContactPageFactory(parent=home)


TYPED = {
    "your_name": "Ada Visitor",
    "email": "ada@example.com",
    "phone": "+1 212 555 0199",
    "your_message": "Is CranioSacral Therapy suitable after a concussion?",
}


def form_of(response):
    return BeautifulSoup(response.content, "html.parser").find("main").find("form")


def assert_everything_typed_is_kept(form):
    for name in ("your_name", "email", "phone"):
        assert form.find("input", attrs={"name": name})["value"] == TYPED[name]
    assert TYPED["your_message"] in form.find("textarea").get_text()
    assert form.find("input", attrs={"name": "how_should_we_reply", "value": "Email"}).has_attr(
        "checked"
    )


def test_a_message_sent_too_quickly_comes_back_whole_with_the_reason(client):
    response = client.post("/contact/", message(**TYPED, form_started=started(seconds_ago=0)))
    assert response.status_code == 400
    form = form_of(response)
    assert "quicker than a person usually types" in form.select_one("[role=alert]").get_text()
    assert_everything_typed_is_kept(form)
    assert not FormSubmission.objects.exists()


def test_sending_it_again_a_moment_later_gets_through(client, monkeypatch):
    token = started(0)
    refused = form_of(client.post("/contact/", message(**TYPED, form_started=token)))
    kept = refused.find("input", attrs={"name": "form_started"})["value"]
    assert kept == token  # the form keeps the time it was started
    later = time.time() + 5
    monkeypatch.setattr("contact.models.time.time", lambda: later)
    response = client.post("/contact/", message(**TYPED, form_started=kept))
    assert "Thank you" in response.content.decode()
    assert FormSubmission.objects.get().get_data()["phone"] == TYPED["phone"]


def test_a_sixth_message_in_ten_minutes_comes_back_whole_with_the_reason(client, settings):
    assert settings.CONTACT_RATE_LIMIT == 5 and settings.CONTACT_RATE_WINDOW == 600
    for _ in range(5):
        assert "Thank you" in client.post("/contact/", message()).content.decode()
    response = client.post("/contact/", message(**TYPED))
    assert response.status_code == 429
    form = form_of(response)
    assert "try again later" in form.select_one("[role=alert]").get_text()
    assert_everything_typed_is_kept(form)
    assert FormSubmission.objects.count() == 5


def test_mistakes_and_refusals_do_not_count_toward_the_limit(client, settings):
    settings.CONTACT_RATE_LIMIT = 2
    for _ in range(3):
        assert client.post("/contact/", message(email="not-an-email")).status_code == 200
        assert client.post("/contact/", message(form_started=started(0))).status_code == 400
        assert client.post("/contact/", message(website="http://spam.example")).status_code == 400
    assert "Thank you" in client.post("/contact/", message()).content.decode()
    assert "Thank you" in client.post("/contact/", message()).content.decode()
    assert client.post("/contact/", message()).status_code == 429
    assert FormSubmission.objects.count() == 2


@pytest.mark.parametrize("mistake", [False, True], ids=["fresh", "with-errors"])
def test_help_texts_and_errors_are_announced(client, mistake):
    for field in ContactPage.objects.get().form_fields.all():
        field.help_text = f"A hint for {field.label}."
        field.save()
    if mistake:
        response = client.post("/contact/", message(email="not-an-email", your_message=""))
    else:
        response = client.get("/contact/")
    form = form_of(response)
    described = form.select("[aria-describedby]")
    # Every input (or group of choices) points at its hint, and every id it names exists.
    assert len(described) == 5
    for element in described:
        for target in element["aria-describedby"].split():
            assert form.find(id=target) is not None, target
    email = form.find("input", attrs={"name": "email"})
    names = email["aria-describedby"].split()
    assert form.find(id=names[0]).get_text() == "A hint for Email."
    if mistake:
        assert "valid email" in form.find(id=names[1]).get_text()
        assert email["aria-invalid"] == "true"


def test_fields_have_the_right_type_and_autocomplete(client):
    form = form_of(client.get("/contact/"))
    assert form.find("input", attrs={"name": "phone"})["type"] == "tel"
    expected = {"your_name": "name", "email": "email", "phone": "tel", "your_message": "off"}
    for name, token in expected.items():
        assert form.find(attrs={"name": name})["autocomplete"] == token, name
    # HTML allows no autocomplete on radio buttons.
    choices = form.find_all("input", attrs={"name": "how_should_we_reply"})
    assert choices
    for choice in choices:
        assert not choice.has_attr("autocomplete")


def test_an_editor_may_choose_what_a_field_is_filled_with(client):
    field = ContactPage.objects.get().form_fields.get(label="Your name")
    field.autocomplete = "given-name"
    field.save()
    form = form_of(client.get("/contact/"))
    assert form.find("input", attrs={"name": "your_name"})["autocomplete"] == "given-name"


def test_a_phone_number_is_checked(client):
    response = client.post("/contact/", message(phone="call me maybe"))
    form = form_of(response)
    assert "phone number such as" in form.find(id="id_phone_error").get_text()
    assert not FormSubmission.objects.exists()


def test_the_form_links_to_the_privacy_policy(client, contact_page):
    practice = PracticeSettingsFactory()
    practice.privacy_page = StandardPageFactory(
        parent=contact_page.get_parent(), title="Privacy", slug="privacy"
    )
    practice.save()
    form = form_of(client.get("/contact/"))
    assert form.find("a", string="privacy policy")["href"] == "/privacy/"
