"""Varnish in front of the app: a published change is visible through it at once (purged by
Wagtail's front-end cache module), while pages the change does not touch stay cached."""

import http.client
import re
import shutil
import time

import pytest
from wagtail.models import Site

from tests.conftest import _restore_wagtail_roots as restore_wagtail_roots
from tests.contact.factories import ContactPageFactory
from tests.deploy.servers import (
    IMMEDIATE_TASKS,
    database_url,
    free_port,
    get,
    gunicorn,
    manage,
    server_env,
    varnish,
)
from tests.home.factories import StandardPageFactory, make_site

pytestmark = [
    pytest.mark.deploy,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not shutil.which("varnishd"), reason="needs Debian's varnish"),
]

PUBLISH = """
from wagtail.models import Page
page = Page.objects.get(slug="about").specific
page.title = "About our quiet rooms"
page.save_revision().publish()
"""


def served_from_varnish(headers) -> bool:
    """X-Varnish names two requests (this one and the one that fetched the copy) on a hit."""
    return len(headers.get("X-Varnish", "").split()) == 2


@pytest.fixture
def through_varnish(server_var_dir):
    """The site on gunicorn behind Varnish, on free loopback ports; yields Varnish's port."""
    proxy, app = free_port(), free_port()
    restore_wagtail_roots()  # a transactional test before this one emptied every table
    home = make_site()
    Site.objects.update(hostname="127.0.0.1", port=proxy)
    StandardPageFactory(parent=home, title="About the practice", slug="about")
    StandardPageFactory(parent=home, title="Privacy", slug="privacy")
    ContactPageFactory(parent=home)
    env = server_env(
        server_var_dir, database_url(server_var_dir), BASE_URL=f"http://127.0.0.1:{proxy}"
    )
    with gunicorn(app, env), varnish(proxy, app):
        yield (
            proxy,
            {
                **env,
                "TASKS_BACKEND": IMMEDIATE_TASKS,
                "FRONTEND_CACHE_URL": f"http://127.0.0.1:{proxy}",
            },
        )


def test_a_publish_shows_through_varnish_at_once_and_other_pages_stay_cached(through_varnish):
    port, editor_env = through_varnish
    for path, title in (("/about/", "About the practice"), ("/privacy/", "Privacy")):
        get(port, path)
        status, headers, html = get(port, path, Cookie="_ga=GA1.2.3; _gid=GA1.4.5")
        assert status == 200 and served_from_varnish(headers), headers
        assert "Age" in headers
        assert title in html

    manage(editor_env, PUBLISH)  # another process of the site publishes, as an editor would
    published = time.monotonic()
    while "About our quiet rooms" not in get(port, "/about/")[2]:
        assert time.monotonic() - published < 1, "the change did not reach Varnish in a second"
        time.sleep(0.05)

    status, headers, html = get(port, "/privacy/")
    assert status == 200 and "Privacy" in html
    assert served_from_varnish(headers), "an unchanged page was purged as well"


def test_varnish_keeps_what_is_private_out_of_the_cache(through_varnish):
    port, _ = through_varnish
    status, headers, _ = get(port, "/admin/login/")
    assert status == 200
    assert "no-store" in headers["Cache-Control"]
    assert not served_from_varnish(get(port, "/admin/login/")[1])
    # A public address whose answer says no-store (a page with a form): Varnish reads the header.
    status, headers, _ = get(port, "/contact/")
    assert status == 200 and "no-store" in headers["Cache-Control"]
    assert not served_from_varnish(get(port, "/contact/")[1])


def purge(port: int, path: str, source: str) -> int:
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=10, source_address=(source, 0)
    )
    try:
        connection.request("PURGE", path, headers={"Host": f"127.0.0.1:{port}"})
        return connection.getresponse().status
    finally:
        connection.close()


def test_only_the_app_servers_may_purge(through_varnish):
    port, _ = through_varnish
    get(port, "/privacy/")
    assert served_from_varnish(get(port, "/privacy/")[1])
    assert purge(port, "/privacy/", source="127.0.0.2") == 405  # not in the VCL's acl
    assert served_from_varnish(get(port, "/privacy/")[1])
    assert purge(port, "/privacy/", source="127.0.0.1") == 200
    assert not served_from_varnish(get(port, "/privacy/")[1])


def test_static_files_named_by_their_content_are_kept_by_varnish(through_varnish):
    port, _ = through_varnish
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', get(port, "/about/")[2])[1]
    get(port, stylesheet)
    status, headers, css = get(port, stylesheet)
    assert status == 200 and css
    assert "immutable" in headers["Cache-Control"]
    assert served_from_varnish(headers)
