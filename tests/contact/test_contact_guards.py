"""The contact form's guards hold when Redis fails: messages are kept, replays still refused."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading

import pytest
from django.conf import settings as django_settings
from wagtail.contrib.forms.models import FormSubmission

from contact import guards
from tests.contact.factories import ContactPageFactory
from tests.contact.test_contact import message, started
from tests.home.factories import NavigationSettingsFactory, PracticeSettingsFactory, make_site

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site(settings):
    """The contact page on a served site, with the page cache on; this process forgets what it
    counted on its own in earlier tests."""
    settings.PAGE_CACHE_SECONDS = 600
    home = make_site()
    PracticeSettingsFactory()
    NavigationSettingsFactory()
    ContactPageFactory(parent=home)
    guards._here.clear()
    yield
    guards._here.clear()


@pytest.fixture(scope="module")
def production():
    """What config/settings.py gives a production deployment with Redis."""
    environment = {
        **os.environ,
        "PRODUCTION": "1",
        "SECRET_KEY": "a-key-for-this-test-only",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    environment.pop("TRUSTED_PROXIES", None)
    script = (
        "import json, config.settings as s;"
        "print(json.dumps({'proxies': s.TRUSTED_PROXIES, 'cache': s.CACHES['default']}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_production_takes_the_address_the_proxy_saw(production):
    assert production["proxies"] == 1


def test_a_used_form_is_refused_the_second_time(client):
    data = message(form_started=started())
    assert "Thank you" in client.post("/contact/", data).content.decode()
    again = client.post("/contact/", data)
    assert again.status_code == 400
    assert "already been sent" in again.content.decode()
    assert FormSubmission.objects.count() == 1
    assert client.post("/contact/", message(form_started=started())).status_code == 200


@contextlib.contextmanager
def hang_guard(seconds=20):
    """Fail instead of hanging: without socket timeouts a silent Redis blocks for ever."""

    def give_up(*_):
        raise AssertionError(f"no answer in {seconds} s: waiting on Redis")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def silent_redis():
    """A server on loopback that accepts connections and never answers; yields its address and
    the connections it has accepted."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted = []

    def accept():
        with contextlib.suppress(OSError):
            while True:
                accepted.append(server.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"redis://127.0.0.1:{server.getsockname()[1]}/9", accepted
    finally:
        server.close()
        for connection in accepted:
            connection.close()


def closed_port() -> str:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/9"  # nothing listens there once the probe is closed


@contextlib.contextmanager
def redis_at(settings, production, url):
    with silent_redis() as (silent, accepted):
        location = silent if url == "silent" else closed_port()
        backend = {**production["cache"], "LOCATION": location}
        settings.CACHES = {"default": backend, "shared": backend}
        yield accepted


@pytest.mark.parametrize("redis", ["closed", "silent"])
def test_with_redis_down_pages_answer_and_messages_are_kept(
    client, settings, production, redis, caplog
):
    with redis_at(settings, production, redis) as accepted, hang_guard():
        assert "Gentle bodywork" in client.get("/").content.decode()
        assert client.get("/contact/").status_code == 200
        response = client.post("/contact/", message(form_started=started()))
    assert "Thank you" in response.content.decode()
    assert FormSubmission.objects.get().get_data()["email"] == "ada@example.com"
    assert "serving without the cache" in caplog.text
    # Tried once, then left alone for a while: not once for every cache call of every request.
    assert len(accepted) <= 1


def test_with_redis_down_a_form_is_still_not_taken_twice(client, settings, production):
    with redis_at(settings, production, "closed"):
        data = message(form_started=started())
        assert client.post("/contact/", data).status_code == 200
        assert client.post("/contact/", data).status_code == 400
    assert FormSubmission.objects.count() == 1


def test_with_redis_down_the_rate_limit_still_counts(client, settings, production):
    settings.CONTACT_RATE_LIMIT = 2
    with redis_at(settings, production, "closed"):
        assert client.post("/contact/", message(form_started=started())).status_code == 200
        assert client.post("/contact/", message(form_started=started())).status_code == 200
        response = client.post("/contact/", message(form_started=started()))
    assert response.status_code == 429
    assert "try again later" in response.content.decode()
    assert FormSubmission.objects.count() == 2
