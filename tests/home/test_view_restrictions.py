"""Private pages stay private: a restriction on a page or any page above it applies, and an
alias is as private as the page it repeats, sections above included (read in one query, and
none while no restricted page is above it)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home import caching
from tests.home.factories import StandardPageFactory, make_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    home = make_site()
    private = StandardPageFactory(parent=home, title="Clients", slug="clients")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    inner = StandardPageFactory(parent=private, title="Aftercare notes", slug="aftercare")
    public = StandardPageFactory(parent=home, title="Guides", slug="guides")
    open_page = StandardPageFactory(parent=public, title="Breathing", slug="breathing")
    alias = inner.create_alias(parent=public, update_slug="aftercare-copy")
    return {"inner": inner, "open": open_page, "alias": alias}


def test_a_page_below_a_private_one_asks_for_a_sign_in(client, pages):
    response = client.get("/clients/aftercare/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_an_alias_of_a_page_in_a_private_section_is_private_too(client, pages):
    response = client.get("/guides/aftercare-copy/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert [r.page_id for r in pages["alias"].get_view_restrictions()] == [
        pages["inner"].get_parent().pk
    ]


def test_a_public_page_is_served_and_its_check_asks_nothing_once_the_paths_are_kept(
    client, pages, monkeypatch
):
    monkeypatch.setattr(caching, "STAMP_SECONDS", 3600)  # no stamp read inside the count
    assert "Breathing" in client.get("/guides/breathing/").content.decode()
    with CaptureQueriesContext(connection) as captured:
        assert list(pages["open"].get_view_restrictions()) == []
    assert len(captured) == 0


def test_a_section_made_private_or_public_again_is_seen_at_once(client, pages):
    assert client.get("/guides/breathing/").status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=pages["open"].get_parent(), restriction_type="login"
    )
    response = client.get("/guides/breathing/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    restriction.delete()
    assert client.get("/guides/breathing/").status_code == 200


def test_such_an_alias_is_left_out_of_cards_and_menus(pages):
    from home.visibility import visible_page_ids  # noqa: PLC0415

    ids = [pages["alias"].pk, pages["open"].pk, pages["inner"].pk]
    assert visible_page_ids(ids) == {pages["open"].pk}


def test_such_an_alias_is_not_listed_by_the_api_search_or_sitemap(client, pages):
    listed = [item["id"] for item in client.get("/api/v2/pages/?limit=100").json()["items"]]
    assert pages["open"].pk in listed and pages["alias"].pk not in listed
    assert client.get(f"/api/v2/pages/{pages['alias'].pk}/").status_code == 404
    assert "aftercare-copy" not in client.get("/search/?q=aftercare").content.decode()
    sitemap = client.get("/sitemap.xml")
    text = sitemap.content.decode() + "".join(
        client.get(url.split("localhost", 1)[-1]).content.decode()
        for url in re.findall(r"<loc>([^<]+)</loc>", sitemap.content.decode())
    )
    assert "/guides/breathing/" in text and "aftercare-copy" not in text


def test_a_cached_alias_goes_private_with_its_sources_section(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    home = make_site()
    section = StandardPageFactory(parent=home, title="Clients", slug="clients")
    source = StandardPageFactory(parent=section, title="Aftercare notes", slug="aftercare")
    public = StandardPageFactory(parent=home, title="Guides", slug="guides")
    source.create_alias(parent=public, update_slug="aftercare-copy")
    for _ in range(2):  # the first answer makes the versions, the next is kept
        assert client.get("/guides/aftercare-copy/").status_code == 200
    assert client.get("/guides/aftercare-copy/")["X-Stillpoint-Cache"] == "hit"

    PageViewRestriction.objects.create(page=section, restriction_type="login")
    response = client.get("/guides/aftercare-copy/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_an_alias_goes_private_when_its_source_moves_into_a_private_section(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    home = make_site()
    private = StandardPageFactory(parent=home, title="Clients", slug="clients")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    source = StandardPageFactory(parent=home, title="Aftercare notes", slug="aftercare")
    public = StandardPageFactory(parent=home, title="Guides", slug="guides")
    source.create_alias(parent=public, update_slug="aftercare-copy")
    for _ in range(3):
        assert client.get("/guides/aftercare-copy/").status_code == 200

    source.move(private, pos="last-child")
    response = client.get("/guides/aftercare-copy/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_leaf_page_made_private_after_a_visit_asks_for_a_sign_in_at_once(client, pages):
    assert client.get("/guides/breathing/").status_code == 200
    PageViewRestriction.objects.create(page=pages["open"], restriction_type="login")
    response = client.get("/guides/breathing/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_a_private_page_stays_private_when_a_sibling_is_moved_before_it(client, pages):
    guides = pages["open"].get_parent()
    private = StandardPageFactory(parent=guides, title="Members", slug="members")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    later = StandardPageFactory(parent=guides, title="Stretching", slug="stretching")
    for path in ("/guides/members/", "/guides/stretching/"):
        client.get(path), client.get(path)  # kept by the process, paths and all
    later.move(private, pos="left")  # the tree rewrites the paths of the pages after it
    response = client.get("/guides/members/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert "Stretching" in client.get("/guides/stretching/").content.decode()


def test_a_page_added_below_an_alias_of_a_private_page_is_private(client, pages):
    below = StandardPageFactory(parent=pages["alias"], title="More notes", slug="more")
    response = client.get(below.url)
    assert response.status_code == 302 and "/login/" in response["Location"]
