"""Words are found by their stem, on SQLite and on PostgreSQL alike: "emotion" finds what
"emotional" finds, "price" finds the page about prices, fees and rates."""

import pytest
from django.db import connection
from wagtail.models import Page

from search.stemming import stem_sqlite_index
from tests.modalities.factories import QuestionFactory
from tests.search.helpers import add_standard_page, titles

pytestmark = pytest.mark.django_db


def found(client, query) -> set[str]:
    return set(titles(client.get("/search/", {"q": query})))


@pytest.mark.usefixtures("modalities")
def test_a_word_finds_at_least_what_its_longer_forms_find(client):
    add_standard_page("Feelings", "Emotions settle in the breath before we notice them.")
    add_standard_page("Moving", "An emotional week often shows in the shoulders.")
    emotional = found(client, "emotional")
    assert "Somato Emotional Release" in emotional
    emotion = found(client, "emotion")
    assert emotional <= emotion
    assert {"Somato Emotional Release", "Feelings", "Moving"} <= emotion


@pytest.mark.parametrize("query", ["price", "prices", "Price", "fee"])
def test_the_page_about_fees_is_found_by_price_in_the_singular_and_plural(client, faq, query):
    QuestionFactory(
        question="How much does a session cost?",
        answer="<p>The current prices and fees for each session length are listed here.</p>",
    )
    faq.save_revision().publish()  # the FAQ's index entry holds its questions' words
    assert "Frequently Asked Questions" in found(client, query)


@pytest.mark.usefixtures("modalities")
def test_stemming_does_not_find_unrelated_words(client):
    assert "Somato Emotional Release" in found(client, "emotion")
    assert found(client, "emotion") == found(client, "emotions")
    assert "Visceral Manipulation" not in found(client, "emotion")


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's full-text index only")
def test_sqlite_index_is_stemmed_once_and_keeps_its_entries(client, modalities):
    assert stem_sqlite_index(connection) is False  # already stemmed (the migration's work)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry_fts")
        entries = cursor.fetchone()[0]
        # An index as Wagtail's own migration makes it, holding what it held: stemmed again.
        cursor.execute("DROP TABLE wagtailsearch_indexentry_fts")
        cursor.execute(
            "CREATE VIRTUAL TABLE wagtailsearch_indexentry_fts USING fts5(autocomplete, body, title)"
        )
        cursor.execute(
            "INSERT INTO wagtailsearch_indexentry_fts (rowid, title, body, autocomplete) "
            "SELECT id, title, body, autocomplete FROM wagtailsearch_indexentry"
        )
        assert "Somato Emotional Release" not in found(client, "emotion")
        assert stem_sqlite_index(connection) is True
        cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry_fts")
        assert cursor.fetchone()[0] == entries
    assert "Somato Emotional Release" in found(client, "emotion")
    # New and changed pages reach the new index through Wagtail's triggers.
    page = Page.objects.get(slug="visceral-manipulation").specific
    page.summary = "Gentle work with emotional weight carried in the belly."
    page.save_revision().publish()
    assert "Visceral Manipulation" in found(client, "emotion")
