"""Admin sign-in is locked after repeated wrong passwords, per account and per address."""

import base64
import io

import pytest
from django.contrib.auth.hashers import get_hasher
from django.core.management import call_command

from tests.accounts.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LOCKED = "signing in is paused for 15 minutes"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.AXES_FAILURE_LIMIT = 3


def sign_in(client, username, password, address="203.0.113.10", **headers):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_wrong_passwords_for_one_account_lock_it_from_every_address(client):
    user = UserFactory()
    assert sign_in(client, user.username, "guess-1", "203.0.113.1").status_code == 200
    assert sign_in(client, user.username, "guess-2", "203.0.113.2").status_code == 200
    locked = sign_in(client, user.username, "guess-3", "203.0.113.3")
    assert locked.status_code == 429
    assert LOCKED in locked.content.decode()
    assert 'name="password"' in locked.content.decode()  # still Wagtail's sign-in page

    refused = sign_in(client, user.username, PASSWORD, "203.0.113.4")
    assert refused.status_code == 429 and LOCKED in refused.content.decode()
    assert not signed_in(client)


def test_wrong_passwords_from_one_address_lock_it_for_every_account(client):
    user = UserFactory()
    for name in ("admin", "root", "editor"):
        response = sign_in(client, name, "guess", "198.51.100.7")
    assert response.status_code == 429 and LOCKED in response.content.decode()

    assert sign_in(client, user.username, PASSWORD, "198.51.100.7").status_code == 429
    assert not signed_in(client)
    # The account itself is not locked: its owner signs in from their own connection.
    assert sign_in(client, user.username, PASSWORD, "198.51.100.8").status_code == 302
    assert signed_in(client)


def test_behind_a_proxy_each_visitor_is_counted_on_their_own(client, settings):
    settings.TRUSTED_PROXIES = 1
    user = UserFactory()
    proxy = "10.0.0.1"
    for name in ("admin", "root", "editor"):
        sign_in(client, name, "guess", proxy, HTTP_X_FORWARDED_FOR="203.0.113.66")
    locked = sign_in(client, user.username, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="203.0.113.66")
    assert locked.status_code == 429 and not signed_in(client)
    answer = sign_in(client, user.username, PASSWORD, proxy, HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert answer.status_code == 302 and signed_in(client)


def test_a_forged_forwarded_address_is_a_wrong_password_not_an_error(client, settings):
    settings.TRUSTED_PROXIES = 1
    response = sign_in(client, "admin", "guess", HTTP_X_FORWARDED_FOR="not-an-address")
    assert response.status_code == 200
    assert "didn&#x27;t match" in response.content.decode()


def test_a_locked_out_attempt_never_reaches_the_password_hasher(client, monkeypatch):
    user = UserFactory()
    hasher = type(get_hasher())
    checked = []
    real_verify = hasher.verify

    def verify(self, password, encoded):
        checked.append(password)
        return real_verify(self, password, encoded)

    monkeypatch.setattr(hasher, "verify", verify)

    for guess in ("guess-1", "guess-2", "guess-3"):
        sign_in(client, user.username, guess)
    assert checked == ["guess-1", "guess-2", "guess-3"]  # hashed until the lock-out

    for attempt in ("guess-4", PASSWORD, "guess-5"):
        assert sign_in(client, user.username, attempt).status_code == 429
    assert checked == ["guess-1", "guess-2", "guess-3"]


def test_the_unlock_command_lets_the_account_sign_in_again(client):
    user = UserFactory()
    for number in range(3):
        sign_in(client, user.username, "guess", f"203.0.113.{number}")
    assert sign_in(client, user.username, PASSWORD, "203.0.113.50").status_code == 429

    out = io.StringIO()
    call_command("axes_reset_username", user.username, stdout=out)
    response = sign_in(client, user.username, PASSWORD, "203.0.113.50")
    assert response.status_code == 302 and signed_in(client)


def test_the_address_unlock_command_lets_the_address_sign_in_again(client):
    user = UserFactory()
    for name in ("admin", "root", "editor"):
        sign_in(client, name, "guess", "198.51.100.7")
    assert sign_in(client, user.username, PASSWORD, "198.51.100.7").status_code == 429

    call_command("axes_reset_ip", "198.51.100.7", stdout=io.StringIO())
    assert sign_in(client, user.username, PASSWORD, "198.51.100.7").status_code == 302


def test_a_wrong_password_below_the_limit_says_only_that_it_did_not_match(client):
    user = UserFactory()
    response = sign_in(client, user.username, "guess")
    assert response.status_code == 200
    assert "didn&#x27;t match" in response.content.decode()
    assert LOCKED not in response.content.decode()


def test_passwords_tried_through_the_api_are_counted_and_answered_in_json(client):
    user = UserFactory()
    credentials = base64.b64encode(f"{user.username}:guess".encode()).decode()
    headers = {"HTTP_AUTHORIZATION": f"Basic {credentials}", "REMOTE_ADDR": "203.0.113.8"}
    for _ in range(3):
        assert client.get("/api/v2/pages/", **headers).status_code == 403
    response = client.get("/api/v2/pages/", **headers)
    assert response.status_code == 429
    assert LOCKED in response.json()["message"]
    # The account is locked on the sign-in page too.
    assert sign_in(client, user.username, PASSWORD, "203.0.113.9").status_code == 429
