"""Password-reset emails and private-page passwords are throttled, with a page that says so."""

import pytest
from django.core import mail

from tests.accounts.factories import UserFactory, private_page

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"
PAUSED_RESET = "no more will be sent for now"
PAUSED_PAGE = "Too many wrong passwords"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.PASSWORD_RESET_RATE_LIMIT = 2
    settings.PRIVATE_PASSWORD_RATE_LIMIT = 3


def ask_reset(client, email, address="203.0.113.10"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_password_reset_stops_sending_after_the_limit_for_one_email(client):
    UserFactory(email="ada@example.com")
    assert ask_reset(client, "ada@example.com", "203.0.113.1").status_code == 302
    assert ask_reset(client, "ada@example.com", "203.0.113.2").status_code == 302
    assert len(mail.outbox) == 2

    refused = ask_reset(client, " ADA@example.com", "203.0.113.3")
    assert refused.status_code == 429
    assert PAUSED_RESET in refused.content.decode()
    assert len(mail.outbox) == 2


def test_password_reset_stops_sending_after_the_limit_from_one_address(client):
    for name in ("ada", "bea", "cy"):
        UserFactory(email=f"{name}@example.com")
    assert ask_reset(client, "ada@example.com").status_code == 302
    assert ask_reset(client, "bea@example.com").status_code == 302
    refused = ask_reset(client, "cy@example.com")
    assert refused.status_code == 429 and PAUSED_RESET in refused.content.decode()
    assert [message.to for message in mail.outbox] == [["ada@example.com"], ["bea@example.com"]]
    # Someone else, on another connection, still gets their email.
    assert ask_reset(client, "cy@example.com", "203.0.113.99").status_code == 302
    assert len(mail.outbox) == 3


def test_asking_for_an_unknown_email_counts_the_same(client):
    """The pause cannot tell anyone which addresses have an account."""
    ask_reset(client, "nobody@example.com", "203.0.113.1")
    ask_reset(client, "nobody@example.com", "203.0.113.2")
    refused = ask_reset(client, "nobody@example.com", "203.0.113.3")
    assert refused.status_code == 429 and PAUSED_RESET in refused.content.decode()


def password_form(restriction, page) -> str:
    return f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"


def guess(client, url, password, page, address="203.0.113.10"):
    data = {"password": password, "return_url": page.url}
    return client.post(url, data, REMOTE_ADDR=address)


def test_private_page_password_guesses_are_paused_with_a_clear_page(client):
    page, restriction = private_page(password="a quiet garden")
    url = password_form(restriction, page)
    for wrong in ("one", "two", "three"):
        assert guess(client, url, wrong, page).status_code == 200  # the form, again

    refused = guess(client, url, "a quiet garden", page)
    assert refused.status_code == 429
    assert PAUSED_PAGE in refused.content.decode()
    assert "15 minutes" in refused.content.decode()
    assert "plain words" not in client.get(page.url).content.decode()  # not let in

    # Another visitor, on another connection, still gets in with the password.
    answer = guess(client, url, "a quiet garden", page, "203.0.113.99")
    assert answer.status_code == 302 and answer["Location"] == page.url
    assert "plain words" in client.get(page.url).content.decode()


def test_guesses_through_another_pages_address_count_against_the_same_password(client):
    page, restriction = private_page(password="a quiet garden")
    for wrong in ("one", "two", "three"):
        guess(client, password_form(restriction, page), wrong, page)
    elsewhere = password_form(restriction, page.get_parent())
    assert guess(client, elsewhere, "four", page).status_code == 429


def test_the_right_password_is_not_counted_as_a_guess(client):
    page, restriction = private_page(password="a quiet garden")
    url = password_form(restriction, page)
    for _ in range(5):
        assert guess(client, url, "a quiet garden", page).status_code == 302
    assert guess(client, url, "wrong", page).status_code == 200
