"""The admin's page search finds pages by what their bodies say, not only by their titles."""

import pytest
from bs4 import BeautifulSoup

from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.home.factories import StandardPageFactory, body, make_site, paragraph
from tests.modalities.factories import (
    FAQPageFactory,
    ModalityIndexPageFactory,
    ModalityPageFactory,
    QuestionFactory,
)

pytestmark = pytest.mark.django_db


def admin_results(admin_client, query: str) -> list[str]:
    response = admin_client.get("/admin/pages/search/", {"q": query})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in html.select("tbody .title-wrapper a")]


def test_a_word_only_in_a_body_finds_the_page(admin_client):
    home = make_site()
    blog = BlogIndexPageFactory(parent=home)
    ArticlePageFactory(
        parent=blog,
        title="Resting well",
        intro="A few plain habits.",
        body=body(paragraph("A hammock in the garden helps some people unwind.")),
    )
    StandardPageFactory(parent=home, title="About", body=body(paragraph("Calm rooms.")))
    modalities = ModalityIndexPageFactory(parent=home)
    ModalityPageFactory(
        parent=modalities,
        title="Visceral Manipulation",
        body=body(paragraph("Gentle work around the diaphragm.")),
    )
    assert admin_results(admin_client, "hammock") == ["Resting well"]
    # As the admin search does for titles, the start of a word is enough.
    assert admin_results(admin_client, "diaphr") == ["Visceral Manipulation"]
    assert admin_results(admin_client, "nothing-here-at-all") == []


def test_section_intros_and_the_faqs_answers_are_found_too(admin_client):
    home = make_site()
    BlogIndexPageFactory(parent=home, intro="Notes on hammocks, naps and slow evenings.")
    FAQPageFactory(parent=home, title="Questions")
    QuestionFactory(question="Can I bring my dog?", answer="<p>A quiet terrier is welcome.</p>")
    assert admin_results(admin_client, "hammocks") == ["Blog"]
    assert admin_results(admin_client, "terrier") == ["Questions"]
