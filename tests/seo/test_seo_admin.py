"""The SEO team's admin: the report, the audit's checks in the editor, and refused bad input."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage, StandardPage
from seo.wagtail_hooks import SeoContentChecker
from tests.home.factories import StandardPageFactory, make_site
from tests.media.factories import SiteImageFactory
from tests.modalities.factories import ModalityIndexPageFactory, ModalityPageFactory

pytestmark = pytest.mark.django_db


def described(title: str, image) -> dict:
    """What a page needs for the audit to find nothing wrong: its own title, description, image."""
    return {
        "title": title,
        "seo_title": f"{title} · Stillpoint",
        "search_description": f"All about {title.lower()}: what it is, how it feels, who it helps.",
        "social_image": image,
    }


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def clean_site():
    """A site the audit finds nothing wrong with: a home page, the modality index, three
    modalities (returned by slug)."""
    image = SiteImageFactory()
    home = make_site(**described("Stillpoint", image))
    index = ModalityIndexPageFactory(parent=home, **described("Modalities", image))
    pages = [
        ModalityPageFactory(parent=index, slug=slug, **described(title, image))
        for slug, title in (
            ("craniosacral-therapy", "CranioSacral Therapy"),
            ("somato-emotional-release", "Somato Emotional Release"),
            ("visceral-manipulation", "Visceral Manipulation"),
        )
    ]
    return {page.slug: page for page in pages}


@pytest.fixture
def editor(admin_client):
    return admin_client  # pytest-django's signed-in superuser


@pytest.mark.usefixtures("clean_site")
def test_report_lists_every_live_page_with_its_search_state(editor):
    StandardPageFactory(parent=HomePage.objects.get(), title="Unfinished", live=False)
    response = editor.get("/admin/reports/seo/")
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    assert len(rows) == Page.objects.filter(depth__gt=1, live=True).count()
    assert len(rows) == 5
    assert "Somato Emotional Release" in response.content.decode()
    assert "Unfinished" not in response.content.decode()


def test_report_filters_sorts_and_exports(editor, clean_site):
    page = clean_site["visceral-manipulation"]
    page.search_description = "Too short."
    page.save_revision().publish()
    response = editor.get("/admin/reports/seo/?problem=description-short")
    rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    assert len(rows) == 1 and "Visceral Manipulation" in rows[0].get_text()

    response = editor.get("/admin/reports/seo/?ordering=-title_length")
    lengths = [
        int(row.select_one("td[data-column=title_length]").get_text())
        for row in BeautifulSoup(response.content, "html.parser").select("tbody tr")
    ]
    assert lengths == sorted(lengths, reverse=True)

    response = editor.get("/admin/reports/seo/?problem=any&export=csv")
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["Page"] for row in table] == ["Visceral Manipulation"]
    assert table[0]["Description length"] == "10"


def test_report_needs_an_admin_login(client):
    response = client.get("/admin/reports/seo/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editors_see_seo_problem_codes_and_visitors_do_not(client, editor, clean_site):
    page = clean_site["visceral-manipulation"]
    page.search_description = "Short."
    page.seo_title = ""
    page.save_revision().publish()
    heading = BeautifulSoup(editor.get(page.url).content, "html.parser").find("h1")
    assert set(heading["data-seo-issues"].split()) >= {"description-short", "title-missing"}
    editor.logout()
    heading = BeautifulSoup(client.get(page.url).content, "html.parser").find("h1")
    assert not heading.has_attr("data-seo-issues")


def test_content_checker_has_a_rule_and_message_per_problem():
    checker = SeoContentChecker()
    rules = {rule["id"]: rule for rule in checker.axe_custom_rules}
    for code in ("title-long", "description-short", "social-image-missing", "image-alt-missing"):
        assert f"seo-{code}" in checker.axe_run_only
        assert rules[f"seo-{code}"]["selector"] == f'h1[data-seo-issues~="{code}"]'
        assert checker.axe_messages[f"seo-{code}"]["error_name"]
    # Wagtail's own checks stay on.
    assert "alt-text-quality" in checker.axe_run_only


def test_editor_page_uses_the_seo_content_checker(editor, clean_site):
    page = clean_site["craniosacral-therapy"]
    response = editor.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "seo-title-long" in response.content.decode()


def add_standard_page(editor, **fields):
    home = HomePage.objects.get()
    data = nested_form_data(
        {
            "title": "Prices and packages",
            "slug": "prices",
            "intro": "What sessions cost.",
            "body": streamfield([]),
            "seo_title": "",
            "search_description": "What sessions cost at the practice, and the packages offered.",
            "canonical_url": "",
            "listing_title": "",
            "listing_intro": "",
            "comments": inline_formset([]),
            "action-publish": "action-publish",
            **fields,
        }
    )
    return editor.post(f"/admin/pages/add/home/standardpage/{home.pk}/", data)


@pytest.mark.usefixtures("home")
def test_a_valid_page_is_published(editor):
    response = add_standard_page(editor)
    assert response.status_code == 302
    assert StandardPage.objects.get(slug="prices").live


@pytest.mark.parametrize(
    "fields,message",
    [
        ({"canonical_url": "ftp://example.com/x"}, "starting with https://"),
        ({"canonical_url": "/relative/path/"}, "starting with https://"),
        ({"seo_title": "A very long title " * 5}, "Keep it under 70"),
    ],
)
@pytest.mark.usefixtures("home")
def test_bad_seo_input_is_refused_and_nothing_typed_is_lost(editor, fields, message):
    response = add_standard_page(editor, **fields)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    document = BeautifulSoup(html, "html.parser")
    assert document.find("input", attrs={"name": "title"})["value"] == "Prices and packages"
    assert document.find("textarea", attrs={"name": "intro"}).get_text().strip() == (
        "What sessions cost."
    )
    assert not StandardPage.objects.filter(slug="prices").exists()


@pytest.mark.usefixtures("home")
def test_redirects_can_be_imported_from_csv(editor):
    # The first row names the columns; targets are full addresses.
    root = Site.objects.get(is_default_site=True).root_url
    upload = io.BytesIO(f"from,to\n/old-prices/,{root}/about/\n/old-faq/,{root}/faq/\n".encode())
    upload.name = "redirects.csv"
    response = editor.post("/admin/redirects/import/", {"import_file": upload, "input_format": "0"})
    assert response.status_code == 200
    document = BeautifulSoup(response.content, "html.parser")
    form = document.find("form", attrs={"action": lambda a: a and "process" in a})
    data = {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("name")
    }
    for select in form.find_all("select"):
        option = select.find("option", selected=True) or select.find("option")
        data[select["name"]] = option["value"]
    data.update(
        from_index="0",
        to_index="1",
        permanent="on",
        site=str(Site.objects.get(is_default_site=True).pk),
    )
    data.pop("", None)
    editor.post(form["action"], data)
    assert Redirect.objects.filter(old_path="/old-faq").exists()
    response = editor.get("/old-faq/")
    assert response.status_code == 301 and response["Location"] == f"{root}/faq/"
