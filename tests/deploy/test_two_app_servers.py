"""Two app servers on one PostgreSQL database and one Redis: what is published through one
is served by the other at once, and what it does not touch stays cached on both."""

import pytest
from django.db import connection

from tests.conftest import _restore_wagtail_roots as restore_wagtail_roots
from tests.deploy.servers import database_url, free_port, get, gunicorn, server_env
from tests.home.factories import StandardPageFactory, make_site

pytestmark = [pytest.mark.deploy, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shared_with_the_servers(settings, server_var_dir):
    """This process reads and moves the same versions as the servers: the same Redis (the
    environment's REDIS_URL), or else their cache directory."""
    if "filebased" in settings.CACHES["shared"]["BACKEND"]:
        settings.CACHES = {
            **settings.CACHES,
            "shared": {
                **settings.CACHES["shared"],
                "LOCATION": server_var_dir / "cache" / "shared",
            },
        }


@pytest.mark.usefixtures("shared_with_the_servers")
def test_a_page_published_on_one_server_is_served_by_the_other_at_once(server_var_dir):
    if connection.vendor != "postgresql":
        pytest.skip("two app servers share a PostgreSQL database (DATABASE_URL)")
    restore_wagtail_roots()
    home = make_site()
    about = StandardPageFactory(parent=home, title="About the practice", slug="about")
    StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    env = server_env(server_var_dir, database_url(server_var_dir))
    first, second = free_port(), free_port()
    with gunicorn(first, env), gunicorn(second, env):
        # Behind a load balancer both servers see the site's own host name.
        for path in ("/about/", "/privacy/"):
            for _ in range(2):  # on an empty cache, the first answer only makes the versions
                assert get(first, path, Host="localhost")[0] == 200  # rendered by the first
            status, headers, _ = get(second, path, Host="localhost")
            assert status == 200
            assert headers["X-Stillpoint-Cache"] == "hit"  # kept in Redis, for both servers

        about.title = "About our quiet rooms"
        about.save_revision().publish()  # this process stands for the server an editor used

        for port in (second, first):
            _, headers, html = get(port, "/about/", Host="localhost")
            assert "About our quiet rooms" in html
            assert "About the practice" not in html
            _, headers, html = get(port, "/privacy/", Host="localhost")
            assert headers["X-Stillpoint-Cache"] == "hit"  # untouched by the publish
