"""The demo as search engines read it: every page's JSON-LD graph, and a clean SEO audit."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from modalities.models import ModalityPage
from tests.demo.test_demo_pages import DEMO_PAGES
from tests.seo.helpers import sitemap_index, sitemap_locations
from tests.seo.test_seo import graph

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


@pytest.mark.parametrize("path", DEMO_PAGES)
def test_every_page_has_one_linked_json_ld_graph(client, path):
    nodes = graph(client, path)
    business = nodes["HealthAndBeautyBusiness"]
    assert business["name"] and business["telephone"] and business["url"]
    assert business["address"]["streetAddress"] and business["address"]["addressLocality"]
    assert business["geo"]["latitude"] and business["openingHoursSpecification"]
    assert business["priceRange"] and business["sameAs"] and business["image"]["url"]
    services = business["hasOfferCatalog"]["itemListElement"]
    assert {offer["itemOffered"]["name"] for offer in services} == set(
        ModalityPage.objects.live().values_list("title", flat=True)
    )
    website = nodes["WebSite"]
    assert website["publisher"]["@id"] == business["@id"]
    person = nodes["Person"]
    assert person["name"] == "Maya Lindqvist" and person["worksFor"]["@id"] == business["@id"]
    assert business["employee"]["@id"] == person["@id"]
    page_types = {"WebPage", "CollectionPage", "FAQPage"}
    webpage = next(node for kind, node in nodes.items() if kind in page_types)
    assert webpage["isPartOf"]["@id"] == website["@id"]
    if path != "/":
        crumbs = nodes["BreadcrumbList"]["itemListElement"]
        assert webpage["breadcrumb"]["@id"] == nodes["BreadcrumbList"]["@id"]
        assert [c["position"] for c in crumbs] == list(range(1, len(crumbs) + 1))
        assert all(c["item"].startswith("http") for c in crumbs)


def test_seo_audit_passes_on_the_demo():
    # That a broken link fails the audit is tested on a built site (tests/seo/test_seo.py).
    out = io.StringIO()
    call_command("seo_audit", stdout=out)
    assert "0 error(s)" in out.getvalue()


def test_sitemap_index_has_one_sitemap_per_section_listing_every_live_page(client):
    assert [location.rsplit("/", 1)[1] for location in sitemap_index(client)] == [
        "sitemap-pages.xml",
        "sitemap-modalities.xml",
        "sitemap-philosophy.xml",
        "sitemap-journey.xml",
        "sitemap-blog.xml",
    ]
    locations = sitemap_locations(client)
    live = Page.objects.filter(depth__gt=1).live().specific()
    assert sorted(locations) == sorted(page.full_url for page in live if not page.noindex)
