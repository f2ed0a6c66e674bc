"""Two-factor sign-in: optional for everyone, required of superusers with ADMIN_REQUIRE_2FA."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page

from tests.accounts.factories import PASSWORD, AuthenticatorFactory, UserFactory

pytestmark = pytest.mark.django_db

SETUP = "/admin/two-factor/"
VERIFY = "/admin/two-factor/verify/"


def code(device) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def sign_in(client, user):
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302


def test_without_the_setting_a_superuser_signs_in_with_a_password_alone(client, settings):
    settings.ADMIN_REQUIRE_2FA = False
    sign_in(client, UserFactory())
    assert client.get("/admin/").status_code == 200


def test_with_the_setting_a_superuser_enrols_before_using_the_admin(client, settings):
    settings.ADMIN_REQUIRE_2FA = True
    user = UserFactory()
    sign_in(client, user)
    explorer = f"/admin/pages/{Page.get_first_root_node().pk}/"
    response = client.get(explorer)
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)

    setup = client.get(response["Location"])
    assert setup.status_code == 200
    page = setup.content.decode()
    assert "<svg" in page and "must use two-factor authentication" in page
    device = TOTPDevice.objects.get(user=user, confirmed=False)

    wrong = client.post(SETUP, {"token": "000000" if code(device) != "000000" else "111111"})
    assert wrong.status_code == 400 and "did not match" in wrong.content.decode()
    assert client.get(explorer).status_code == 302

    device.throttle_reset()  # as after the pause that follows a wrong code
    enrolled = client.post(SETUP, {"token": code(device), "next": explorer})
    assert enrolled.status_code == 302 and enrolled["Location"] == explorer
    assert client.get(explorer).status_code == 200
    # Superusers must keep it: the page offers no way to turn it off.
    assert "Turn off" not in client.get(SETUP).content.decode()


def test_with_the_setting_editors_who_are_not_superusers_may_choose(client, settings):
    settings.ADMIN_REQUIRE_2FA = True
    editor = UserFactory(is_superuser=False)
    editor.groups.add(Group.objects.get(name="Editors"))
    sign_in(client, editor)
    assert client.get("/admin/").status_code == 200


def test_someone_with_an_authenticator_gives_its_code_after_the_password(client, settings):
    settings.ADMIN_REQUIRE_2FA = False
    device = AuthenticatorFactory()
    sign_in(client, device.user)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)

    wrong = client.post(VERIFY, {"token": "12345x", "next": "/admin/"})
    assert wrong.status_code == 400 and "six digits" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    right = client.post(VERIFY, {"token": code(device), "next": "/admin/"})
    assert right.status_code == 302 and right["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_wrong_codes_slow_down_further_tries(client):
    device = AuthenticatorFactory()
    sign_in(client, device.user)
    wrong = "000000" if code(device) != "000000" else "111111"
    assert client.post(VERIFY, {"token": wrong}).status_code == 400
    paused = client.post(VERIFY, {"token": code(device)})
    assert paused.status_code == 400 and "Too many wrong codes" in paused.content.decode()
    assert client.get("/admin/").status_code == 302


def test_anyone_may_turn_it_on_and_off_from_their_account(client, settings):
    settings.ADMIN_REQUIRE_2FA = False
    user = UserFactory()
    sign_in(client, user)
    account = client.get("/admin/account/").content.decode()
    assert "Two-factor authentication" in account and SETUP in account

    client.get(SETUP)
    device = TOTPDevice.objects.get(user=user)
    assert client.post(SETUP, {"token": code(device)}).status_code == 302
    assert "is <strong>on</strong>" in client.get(SETUP).content.decode()

    device.refresh_from_db()
    device.last_t -= 1  # the same code again, as if a new one had come round
    device.save()
    assert client.post(SETUP, {"token": code(device)}).status_code == 302
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert client.get("/admin/").status_code == 200


def test_a_lost_phone_is_forgotten_with_one_command(client):
    device = AuthenticatorFactory()
    out = io.StringIO()
    call_command("two_factor_reset", device.user.username, stdout=out)
    assert "Removed 1 authenticator" in out.getvalue()
    sign_in(client, device.user)
    assert client.get("/admin/").status_code == 200
    with pytest.raises(CommandError):
        call_command("two_factor_reset", "nobody-by-that-name", stdout=out)
