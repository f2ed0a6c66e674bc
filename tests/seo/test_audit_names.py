"""The SEO audit judges the title a page really prints, under the practice's own name."""

import pytest

from home.models import PracticeSettings
from seo.audit import audit_site
from tests.home.factories import StandardPageFactory, make_site

pytestmark = pytest.mark.django_db


def test_the_audit_reads_the_title_the_page_prints(client):
    home = make_site()
    page = StandardPageFactory(parent=home, title="Prices", seo_title="")
    practice = PracticeSettings.for_site(home.get_site())
    practice.name = "Stillpoint Bodywork, gentle hands-on care on the Upper West Side"
    practice.save()

    printed = client.get(page.url).content.decode()
    title = "Prices · Stillpoint Bodywork, gentle hands-on care on the Upper West Side"
    assert f"<title>{title}</title>" in printed

    audit = next(audit for audit in audit_site(home.get_site()) if audit.page.pk == page.pk)
    assert audit.title == title
    # Longer than search results show: the report warns, as the editor's Checks panel does.
    assert "title-long" in {finding.code for finding in audit.findings}
