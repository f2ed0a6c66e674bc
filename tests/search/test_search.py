"""The site search: what it finds, how results read, its promotions and its pages of results."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction, Site

from blog.models import ArticlePage
from modalities.models import Question
from tests.blog.factories import ArticlePageFactory
from tests.home.factories import StandardPageFactory
from tests.search.helpers import add_standard_page, publish, results, soup, titles

pytestmark = pytest.mark.django_db


# What it finds ------------------------------------------------------------------------------


def test_finds_a_modality_by_a_word_from_its_body(client, modalities):
    page = modalities["craniosacral-therapy"]
    assert "osteopathy" in str(page.body.raw_data).lower()
    response = client.get("/search/", {"q": "osteopathy"})
    assert response.status_code == 200
    assert "CranioSacral Therapy" in titles(response)


def test_finds_articles_by_their_tags(client, blog):
    # Nothing but their tag says "self-care" on these pages.
    ArticlePageFactory(parent=blog, tags=["self-care", "sleep"])
    ArticlePageFactory(parent=blog, tags=["self-care"])
    ArticlePageFactory(parent=blog, tags=["sleep"])
    article = ArticlePageFactory(
        parent=blog, title="Desk posture and the breath", slug="desk-posture-and-the-breath"
    )
    tagged = {page.title for page in ArticlePage.objects.live().filter(tags__slug="self-care")}
    assert len(tagged) >= 2
    assert tagged <= set(titles(client.get("/search/", {"q": "self-care"})))

    article.tags.add("quillwort")
    publish(article)
    assert titles(client.get("/search/", {"q": "quillwort"})) == [article.title]


def test_a_tag_added_when_publishing_is_searchable_at_once(client, blog):
    article = ArticlePageFactory(parent=blog, title="Desk posture and the breath")
    assert titles(client.get("/search/", {"q": "quillwort"})) == []
    article.tags.add("quillwort")
    article.save_revision().publish()
    assert titles(client.get("/search/", {"q": "quillwort"})) == [article.title]


@pytest.mark.usefixtures("modalities")
def test_a_result_shows_its_section_and_a_marked_snippet(client):
    response = client.get("/search/", {"q": "osteopathy"})
    item = next(
        item
        for item in results(response)
        if item.select_one(".search-result__title").get_text(strip=True) == "CranioSacral Therapy"
    )
    assert item.select_one("h2 a")["href"] == "/modalities/craniosacral-therapy/"
    assert item.select_one(".search-result__meta").get_text(strip=True) == "Modalities"
    snippet = item.select_one(".search-result__snippet")
    assert [mark.get_text().lower() for mark in snippet.find_all("mark")] == ["osteopathy"]
    assert len(snippet.get_text()) <= 210


@pytest.mark.usefixtures("stress")
def test_tagged_pieces_show_their_section(client):
    response = client.get("/search/", {"q": "stress"})
    sections = {
        item.select_one(".search-result__title").get_text(strip=True): item.select_one(
            ".search-result__meta"
        ).get_text(strip=True)
        for item in results(response)
    }
    assert sections["What your belly might be telling you"] == "Blog"


def test_a_snippet_falls_back_to_the_card_intro(client, blog):
    article = ArticlePageFactory(
        parent=blog,
        title="Desk posture and the breath",
        intro="How the way you sit shapes the way you breathe.",
    )
    article.tags.add("quillwort")
    publish(article)
    snippet = results(client.get("/search/", {"q": "quillwort"}))[0].select_one(
        ".search-result__snippet"
    )
    assert snippet.get_text(strip=True) == article.card_intro
    assert not snippet.find("mark")


def test_promotions_come_first_and_are_marked(client, faq, stress):
    belly = stress["What your belly might be telling you"]
    query = Query.get("stress")
    SearchPromotion.objects.create(query=query, page=faq, sort_order=0, description="Answers.")
    SearchPromotion.objects.create(query=query, page=belly, sort_order=1)

    response = client.get("/search/", {"q": "Stress"})
    items = results(response)
    assert len(items) > 2
    assert titles(response)[:2] == [faq.title, belly.title]
    assert titles(response).count(belly.title) == 1
    assert all(item.select_one(".search-result__badge") for item in items[:2])
    assert not any(item.select_one(".search-result__badge") for item in items[2:])
    assert items[0].select_one(".search-result__snippet").get_text(strip=True) == "Answers."
    assert items[1].select_one(".search-result__meta").get_text(" ", strip=True).endswith("Blog")


@pytest.mark.usefixtures("stress")
def test_an_editor_may_promote_an_address_elsewhere(client):
    SearchPromotion.objects.create(
        query=Query.get("stress"),
        external_link_url="https://example.org/breathing-guide",
        external_link_text="A breathing guide",
        description="A gentle guide we like.",
        sort_order=0,
    )
    found = results(client.get("/search/", {"q": "stress"}))
    assert len(found) > 1  # ahead of the pages the search itself finds
    first = found[0]
    assert first.select_one("h2 a")["href"] == "https://example.org/breathing-guide"
    assert first.select_one("h2").get_text(strip=True) == "A breathing guide"
    assert first.select_one(".search-result__badge")
    assert first.select_one(".search-result__snippet").get_text() == "A gentle guide we like."


@pytest.mark.usefixtures("stress")
def test_a_promoted_draft_is_not_shown(client):
    draft = add_standard_page("Unfinished notes", "Not ready yet.", live=False)
    SearchPromotion.objects.create(query=Query.get("stress"), page=draft, sort_order=0)
    found = titles(client.get("/search/", {"q": "stress"}))
    assert found and draft.title not in found


@pytest.mark.usefixtures("home")
def test_searches_are_recorded(client):
    client.get("/search/", {"q": "  Sleep  "})
    client.get("/search/", {"q": "sleep"})
    assert Query.objects.get(query_string="sleep").hits == 2
    client.get("/search/")
    client.get("/search/", {"q": "   "})
    assert Query.objects.filter(query_string="").count() == 0


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}])
@pytest.mark.usefixtures("modalities", "faq")
def test_an_empty_query_invites_a_search(client, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    page = soup(response)
    main = page.find("main")
    assert main.find("form", role="search").find("input", attrs={"type": "search", "name": "q"})
    assert "What are you looking for?" in main.get_text()
    links = {a["href"] for a in main.select(".search a")}
    assert {"/modalities/", "/faq/"} <= links
    assert not main.find("ol")


@pytest.mark.usefixtures("modalities", "faq")
def test_no_results_says_so_and_suggests_what_to_do(client):
    response = client.get("/search/", {"q": "zzxqvbn"})
    assert response.status_code == 200
    main = soup(response).find("main")
    text = main.get_text(" ", strip=True)
    assert "No pages match “zzxqvbn”" in text
    assert "spelling" in text and "fewer" in text
    assert main.find("a", href="/faq/")
    assert not main.find("ol")


@pytest.mark.usefixtures("modalities")
def test_the_summary_counts_the_results(client):
    response = client.get("/search/", {"q": "osteopathy"})
    count = len(results(response))
    assert count == 2
    word = "result" if count == 1 else "results"
    assert f"{count} {word} for “osteopathy”" in soup(response).find("main").get_text()


@pytest.mark.usefixtures("home")
def test_the_page_is_labelled_and_kept_out_of_search_engines(client):
    response = client.get("/search/", {"q": "stress"})
    page = soup(response)
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex, follow"
    assert page.title.get_text().startswith("Search: stress")
    assert len(page.find_all("h1")) == 1
    form = page.find("main").find("form", role="search")
    assert form["action"] == "/search/" and form["method"] == "get"
    field = form.find("input", attrs={"name": "q"})
    assert field["type"] == "search" and field["value"] == "stress"
    assert form.find("label", attrs={"for": field["id"]})


@pytest.mark.usefixtures("stress")
def test_results_come_in_pages_that_keep_the_query(client, monkeypatch):
    monkeypatch.setattr("search.views.PAGE_SIZE", 2)
    first = client.get("/search/", {"q": "stress"})
    assert len(results(first)) == 2
    next_link = soup(first).find("a", rel="next")["href"]
    assert "q=stress" in next_link and "page=2" in next_link
    second = client.get("/search/" + next_link)
    assert second.status_code == 200
    assert 1 <= len(results(second)) <= 2
    assert not set(titles(first)) & set(titles(second))
    assert soup(second).find("ol", class_="search-results")["start"] == "3"
    previous = soup(second).find("a", rel="prev")["href"]
    assert "q=stress" in previous and "page=" not in previous


@pytest.mark.parametrize("number", ["0", "-1", "abc", "1.5", "²", "99", "99999999999999999999999"])
@pytest.mark.usefixtures("stress")
def test_bad_page_numbers_are_not_found(client, number):
    response = client.get("/search/", {"q": "stress", "page": number})
    assert response.status_code == 404
    assert b"We can't find that page" in response.content


@pytest.mark.usefixtures("home")
def test_only_the_first_page_exists_without_a_query(client):
    assert client.get("/search/", {"page": "1"}).status_code == 200
    assert client.get("/search/", {"page": "2"}).status_code == 404


@pytest.mark.usefixtures("home")
def test_drafts_and_private_pages_never_appear(client):
    add_standard_page("Open zephyrine notes", "About zephyrine.")
    add_standard_page("Draft zephyrine notes", "About zephyrine.", live=False)
    private = add_standard_page("Private zephyrine notes", "About zephyrine.")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    below_private = add_standard_page("Hidden zephyrine notes", "About zephyrine.", parent=private)
    unpublished = add_standard_page("Withdrawn zephyrine notes", "About zephyrine.")
    unpublished.unpublish()

    found = titles(client.get("/search/", {"q": "zephyrine"}))
    assert found == ["Open zephyrine notes"]
    assert below_private.title not in found


@pytest.mark.usefixtures("stress")
def test_search_lists_pages_of_this_site_only(client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    other_home = StandardPageFactory(
        parent=Page.get_first_root_node(), title="Elsewhere", slug="elsewhere"
    )
    add_standard_page("Quillwort clinic", "Quillwort.", parent=other_home)
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    assert titles(client.get("/search/", {"q": "quillwort"})) == []
    assert titles(client.get("/search/", {"q": "stress"}))  # this site's own pages are found
    found = titles(client.get("/search/", {"q": "quillwort"}, HTTP_HOST="other.example"))
    assert found == ["Quillwort clinic"]


@pytest.mark.usefixtures("modalities", "stress")
def test_query_count_on_a_warm_cache(client, faq):
    SearchPromotion.objects.create(query=Query.get("therapy"), page=faq)
    for query in ("stress", "therapy"):
        client.get("/search/", {"q": query})  # warm: site root paths, renditions, query rows
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/search/", {"q": query})
        assert response.status_code == 200
        assert len(results(response)) >= 3
        assert len(queries) <= 20, "\n".join(q["sql"] for q in queries)


@pytest.mark.usefixtures("faq")
def test_the_faq_is_found_by_what_its_questions_answer(client):
    assert "Frequently Asked Questions" in titles(client.get("/search/", {"q": "insurance"}))
    question = Question.objects.first()
    question.answer = "<p>We take quillwort as payment.</p>"
    question.save()
    assert titles(client.get("/search/", {"q": "quillwort"})) == ["Frequently Asked Questions"]
