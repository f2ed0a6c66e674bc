"""The SEO audit judges the title a page really prints, under the practice's own name."""

import pytest

from home.models import PracticeSettings
from seo.audit import audit_site
from tests.home.factories import StandardPageFactory, make_site

pytestmark = pytest.mark.django_db


def test_the_audit_reads_the_title_the_page_prints(client):
    home = make_site()
    page = StandardPageFactory(parent=home, title="Prices", seo_title="")
    long_title = StandardPageFactory(
        parent=home,
        title="What a first CranioSacral Therapy session costs, and what it includes",
        seo_title="",
    )
    practice = PracticeSettings.for_site(home.get_site())
    practice.name = "Stillpoint Bodywork"
    practice.save()

    printed = client.get(page.url).content.decode()
    assert "<title>Prices · Stillpoint Bodywork</title>" in printed
    audits = {audit.page.pk: audit for audit in audit_site(home.get_site())}
    assert audits[page.pk].title == "Prices · Stillpoint Bodywork"

    # Past what search results show, the site's name is left out, and the page's own words
    # still warn, in the report as in the editor's Checks panel.
    printed = client.get(long_title.url).content.decode()
    assert f"<title>{long_title.title}</title>" in printed
    assert audits[long_title.pk].title == long_title.title
    assert "title-long" in {finding.code for finding in audits[long_title.pk].findings}
