"""The documented production set-up passes Django's deployment checks and sends safe headers."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from tests.contact.factories import ContactPageFactory
from tests.home.factories import make_site

ROOT = Path(__file__).resolve().parents[2]
# What the settings decide from the environment, read back from a production process.
SECURITY_SETTINGS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_HTTPONLY",
    "X_FRAME_OPTIONS",
]
# Run in the production process: Django's deployment checks, then what the settings decided.
CHECK_AND_SHOW = f"""
import io, json
from csp.utils import build_policy
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError

report = io.StringIO()
try:
    call_command("check", deploy=True, fail_level="WARNING", stdout=report, stderr=report)
except SystemCheckError as problems:
    report.write(str(problems))
shown = {{name: getattr(settings, name) for name in {SECURITY_SETTINGS!r}}}
print(json.dumps({{"checks": report.getvalue(), "policy": build_policy(), **shown}}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    """The checks and settings of the README's production set-up (PRODUCTION, SECRET_KEY, an
    https BASE_URL, ALLOWED_HOSTS; DEBUG off)."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"} and not name.startswith("SECURE_")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        PRODUCTION="1",
        SECRET_KEY=secrets.token_urlsafe(50),
        BASE_URL="https://stillpoint.example",
        ALLOWED_HOSTS="stillpoint.example",
        VAR_DIR=str(tmp_path_factory.mktemp("var")),
    )
    shown = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", CHECK_AND_SHOW],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout.strip().splitlines()[-1])


def test_the_deployment_checks_find_nothing_to_warn_about(production):
    assert "System check identified no issues" in production["checks"], production["checks"]


def test_the_production_policy_upgrades_requests_and_allows_no_inline_script(production):
    directives = dict(part.strip().partition(" ")[::2] for part in production["policy"].split(";"))
    assert "upgrade-insecure-requests" in directives
    assert directives["script-src"] == "'self'"  # and the request's nonce, when it has one


@pytest.mark.django_db
def test_a_production_page_sends_what_observatory_asks_for(client, production):
    home = make_site()
    contact = ContactPageFactory(parent=home)  # a form: it sets the CSRF cookie
    decided = {name: production[name] for name in SECURITY_SETTINGS}
    decided["SECURE_PROXY_SSL_HEADER"] = tuple(decided["SECURE_PROXY_SSL_HEADER"])
    with override_settings(**decided):
        plain = client.get(contact.url)
        assert plain.status_code == 301
        assert plain["Location"].startswith("https://")

        response = client.get(contact.url, secure=True)
    assert response.status_code == 200
    hsts = response["Strict-Transport-Security"]
    assert "includeSubDomains" in hsts and "preload" in hsts
    assert int(hsts.split("max-age=")[1].split(";")[0]) >= 183 * 24 * 3600  # six months
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    cookie = response.cookies["csrftoken"]
    assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"
    assert production["SESSION_COOKIE_SECURE"]  # the session cookie, once an editor signs in
