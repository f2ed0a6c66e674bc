"""What the SEO team reads in the admin: the report's words and ranges, the Checks panel's
counts and problems, and the Promote tab's search appearance settings."""

import json

import pytest
from bs4 import BeautifulSoup

from home.models import PracticeSettings
from seo.wagtail_hooks import SeoContentChecker
from tests.blog.factories import ArticlePageFactory
from tests.home.factories import AuthorFactory, StandardPageFactory, body, paragraph
from tests.seo.helpers import publish

pytestmark = pytest.mark.django_db

# 48 words of the page's own: 6 in the title, 10 in the intro, 32 in the body.
TITLE = "Why rest matters after a session"
INTRO = "Your body keeps working long after you leave the table."
BODY = (
    "After a session many people feel quiet and slow. Give yourself an easy evening, drink "
    "water and go to bed a little early. Notice how you feel the next day, then rest."
)


@pytest.fixture
def editor(admin_client):
    return admin_client


@pytest.fixture
def short_article(blog, practice):
    """A 48-word article by an author with a long bio, on a site with a health disclaimer."""
    practice.health_disclaimer = (
        "Bodywork supports but does not replace medical care. Please speak with your doctor "
        "about any health concern, and tell your practitioner about any condition you have."
    )
    practice.save()
    author = AuthorFactory(
        bio="Maya has practised gentle, hands-on bodywork in New York for fifteen years, "
        "trained in CranioSacral Therapy, Somato Emotional Release and Visceral Manipulation."
    )
    page = ArticlePageFactory(
        parent=blog,
        title=TITLE,
        intro=INTRO,
        body=body(paragraph(BODY)),
        author=author,
        search_description="",
        listing_intro="",
    )
    publish(page)
    return page


def heading(client, page):
    return BeautifulSoup(client.get(page.url).content, "html.parser").find("h1")


def test_the_checks_panel_counts_only_the_pages_own_words(editor, short_article):
    page_text = BeautifulSoup(editor.get(short_article.url).content, "html.parser").main
    assert short_article.author.bio in page_text.get_text(" ")  # printed, but not counted
    h1 = heading(editor, short_article)
    assert h1["data-word-count"] == "48"
    assert h1["data-reading-minutes"] == "1"


def test_visitors_get_no_word_count(client, short_article):
    assert not heading(client, short_article).has_attr("data-word-count")


def test_each_problem_is_listed_once(editor, home):
    page = StandardPageFactory(parent=home, title="Prices", intro="", search_description="")
    publish(page)
    assert "description-missing" in heading(editor, page)["data-seo-issues"].split()
    checker = SeoContentChecker()
    # Wagtail's own "Meta description is empty" would repeat our "No meta description".
    assert "empty-meta-description" not in checker.axe_run_only
    rules = {rule["id"]: rule for rule in checker.axe_custom_rules}
    assert rules["empty-meta-description"]["enabled"] is False
    names = [checker.axe_messages[rule]["error_name"] for rule in checker.axe_run_only]
    assert len(names) == len(set(names))


def report_rows(editor, query=""):
    document = BeautifulSoup(editor.get(f"/admin/reports/seo/{query}").content, "html.parser")
    return document, document.select("table.listing tbody tr")


@pytest.mark.usefixtures("practice")
def test_report_filters_are_words_and_lengths_show_their_ranges(editor, home):
    publish(
        StandardPageFactory(parent=home, title="Prices", search_description="Short.", seo_title="")
    )
    document, _ = report_rows(editor)
    options = {
        option["value"]: option.get_text() for option in document.select("#seo-problem option")
    }
    assert options["description-short"] == "Meta description too short"
    assert options["title-missing"] == "No SEO title"
    assert not any("-" in label for label in options.values())
    headings = [th.get_text(" ", strip=True) for th in document.select("thead th")]
    assert "Title length up to 60" in headings
    assert "Description length 50–160" in headings

    _, rows = report_rows(editor, "?problem=description-short")
    assert len(rows) == 1
    cell = rows[0].select_one("td[data-column=description_length]")
    assert cell.get_text() == "6" and cell["data-fits"] == "no"


def test_the_promote_tab_knows_the_checks_ranges_and_the_site_name(editor, short_article, practice):
    response = editor.get(f"/admin/pages/{short_article.pk}/edit/")
    document = BeautifulSoup(response.content, "html.parser")
    settings = json.loads(document.find(id="id_seo_title")["data-search-preview"])
    assert settings["siteName"] == PracticeSettings.for_site(short_article.get_site()).name
    assert settings["title"]["max"] == 60
    assert (settings["description"]["min"], settings["description"]["max"]) == (50, 160)
    assert settings["description"]["fallback"] == ["listing_intro", "intro"]
    assert settings["urlBase"].endswith("/blog/")
    scripts = [script.get("src", "") for script in document.find_all("script")]
    assert any(src.endswith("seo/js/search-preview.js") for src in scripts)
