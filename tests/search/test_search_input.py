"""The site search's odd input (escaped, long or broken queries) and its excerpts of page text."""

import pytest

from modalities.models import ModalityPage
from search.snippets import EXCERPT_LENGTH, excerpt, page_text
from tests.search.helpers import results, soup

pytestmark = pytest.mark.django_db


# Odd queries --------------------------------------------------------------------------------


@pytest.mark.usefixtures("home")
def test_the_query_is_escaped_everywhere(client):
    response = client.get("/search/", {"q": '<script>alert("x")</script> stress'})
    assert response.status_code == 200
    assert b"<script>alert" not in response.content
    assert (
        soup(response)
        .find("main")
        .find("input", attrs={"name": "q"})["value"]
        .startswith("<script>")
    )


@pytest.mark.usefixtures("stress")
def test_a_very_long_query_is_shortened_and_says_so(client):
    response = client.get("/search/", {"q": "stress " * 1500})
    assert response.status_code == 200
    page = soup(response)
    assert "first 200 characters" in page.find("main").get_text()
    kept = page.find("main").find("input", attrs={"name": "q"})["value"]
    assert len(kept) <= 200 and kept.split() == ["stress"] * len(kept.split())
    assert results(response)


@pytest.mark.parametrize(
    "raw",
    [
        "q=%ff",
        "q=%ff%fe%00",
        "q=stress%00",
        "q=%22",
        "q=%22unterminated",
        "q=%3F%21%2A%28%29",
        "q=NEAR%28a",
        "q=a+OR+b+NOT+c",
        "q=title%3Astress",
        "q=%E2%80%AE%0D%0A",
        "q=&q=stress",
        "q=stress&q=sleep",
    ],
)
@pytest.mark.usefixtures("stress")
def test_odd_queries_get_a_page_not_an_error(client, raw):
    response = client.get("/search/?" + raw)
    assert response.status_code == 200
    main = soup(response).find("main")
    assert main.find("h1").get_text() == "Search"
    assert (
        main.find("ol", class_="search-results")
        or "No pages match" in main.get_text()
        or ("What are you looking for?" in main.get_text())
    )


@pytest.mark.usefixtures("stress")
def test_a_nul_byte_is_dropped_from_the_query(client):
    response = client.get("/search/?q=str%00ess")
    assert soup(response).find("main").find("input", attrs={"name": "q"})["value"] == "stress"
    assert results(response)


# Excerpts and the text they are cut from --------------------------------------------------


def test_an_excerpt_marks_every_searched_word_and_escapes_the_rest():
    text = "Tom & <Jerry> felt stressed. " + "Quiet words. " * 40 + "Stress again."
    snippet = excerpt(text, ["stress", "the"])
    assert snippet.startswith("Tom &amp; &lt;Jerry&gt; felt <mark>stressed</mark>.")
    assert snippet.endswith("…")
    assert "<mark>the</mark>" not in snippet
    assert excerpt(text, ["script"]) is None
    assert excerpt("<b>stress</b>", ["stress"]) == "&lt;b&gt;<mark>stress</mark>&lt;/b&gt;"


def test_an_excerpt_is_centred_on_the_first_match():
    text = "calm " * 100 + "osteopathy " + "calm " * 100
    snippet = excerpt(text, ["Osteopathy"])
    assert snippet.startswith("…calm") and snippet.endswith("calm…")
    assert len(snippet) <= EXCERPT_LENGTH + len("<mark></mark>") + 2
    before, after = snippet.split("<mark>osteopathy</mark>")
    assert abs(len(before) - len(after)) < 15


def test_page_text_reads_the_body_without_ids_addresses_or_tags(modalities):
    page = ModalityPage.objects.get(pk=modalities["somato-emotional-release"].pk)
    text = page_text(page)
    assert text.startswith(page.summary)
    assert text.endswith(page.search_description)
    assert "Everyday speech says it plainly:" in text
    assert "<p>" not in text and "h2" not in text.split()
    assert "stillpoint.example" not in text  # the call to action's address
    assert not any(str(block.get("id")) in text for block in page.body.raw_data)
