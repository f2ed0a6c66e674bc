"""A visitor's request routes from the Site and home page this process read for the current
site-wide version: two queries fewer a page, and never an old home page or site."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home import caching
from tests.home.factories import (
    NavigationSettingsFactory,
    PracticeSettingsFactory,
    StandardPageFactory,
    make_site,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 0  # every request rendered: what the Site lookup costs
    monkeypatch.setattr(caching, "STAMP_SECONDS", 3600)  # no stamp read inside a count
    home = make_site(hero_heading="Gentle bodywork in New York")
    PracticeSettingsFactory()
    NavigationSettingsFactory()
    StandardPageFactory(parent=home, title="About", slug="about")
    return home


def site_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return sum('FROM "wagtailcore_site"' in query["sql"] for query in captured)


def test_the_site_is_read_once_for_a_content_version(client, home):
    client.get("/about/")
    assert site_queries(client, "/about/") == 0
    assert site_queries(client, "/") == 0


def test_a_published_home_page_is_served_at_once(client, home):
    assert "Gentle bodywork" in client.get("/").content.decode()
    home.hero_heading = "Unhurried bodywork in Manhattan"
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Unhurried bodywork in Manhattan" in html and "Gentle bodywork" not in html


def test_a_changed_site_is_read_again(client, home):
    client.get("/about/")
    other = StandardPageFactory(parent=home, title="Elsewhere", slug="elsewhere")
    site = Site.objects.get(is_default_site=True)
    site.root_page = other
    site.save()
    # The old home page's children are no longer under the site's root.
    assert client.get("/about/").status_code == 404


def test_what_one_request_adds_to_the_home_page_stays_with_it(rf, home):
    from home.sites import known_site  # noqa: PLC0415 - read with the request's version

    caching.remember_version()
    try:
        first = known_site(rf.get("/"))
        first.root_page.note = "this request's"
        second = known_site(rf.get("/"))
    finally:
        caching.forget_version()
    assert second.root_page.pk == first.root_page.pk
    assert not hasattr(second.root_page, "note")


def test_editors_read_the_site_afresh(client, home):
    client.force_login(get_user_model().objects.create_superuser("e", "e@example.com", "pw"))
    client.get("/about/")
    assert site_queries(client, "/about/") == 1
