"""Tag pages and later pages of results describe themselves within what search results show."""

import pytest

from home.appearance import fit_description, shorten
from home.validators import DESCRIPTION_MAX, DESCRIPTION_MIN
from tests.blog.factories import ArticlePageFactory, BlogIndexPageFactory
from tests.seo.test_seo import head, meta

pytestmark = pytest.mark.django_db


def description(client, path) -> str:
    return meta(head(client, path), name="description")


def test_a_tag_page_with_much_to_say_is_cut_at_a_word_within_160(client, home):
    intro = (
        "Notes from the practice on stress, sleep, posture and everyday self-care, with gentle "
        "practices you can try at home, at your desk, or lying down before you go to sleep."
    )
    blog = BlogIndexPageFactory(parent=home, intro=intro, search_description="")
    for title in (
        "Five small ways to settle a busy nervous system",
        "Why you might sleep deeply after a CranioSacral Therapy session",
        "What your belly might be telling you about the way you breathe",
    ):
        ArticlePageFactory(parent=blog, title=title, tags=["self-care"])
    # What the tag page used to say: the blog's own description behind a lead-in.
    assert len(f"Everything about self-care in blog: {intro}") > DESCRIPTION_MAX

    text = description(client, "/blog/tags/self-care/")
    assert DESCRIPTION_MIN <= len(text) <= DESCRIPTION_MAX
    assert text.startswith("Blog, tagged “self-care”: ")
    assert text.endswith("…") and not text.endswith(" …")
    # The newest piece first, as the page lists them.
    assert "What your belly might be telling you about the way you breathe" in text


def test_a_tag_page_with_little_to_say_is_made_long_enough(client, home):
    blog = BlogIndexPageFactory(
        parent=home, title="Notes", slug="notes", intro="", search_description=""
    )
    ArticlePageFactory(parent=blog, title="Rest", intro="Lie down.", tags=["x"])
    # What the tag page used to say.
    assert len("Everything about x in notes: ") < DESCRIPTION_MIN

    text = description(client, "/notes/tags/x/")
    assert DESCRIPTION_MIN <= len(text) <= DESCRIPTION_MAX
    assert "Rest" in text


def test_later_pages_of_results_have_their_own_description(client, settings, blog):
    settings.STILLPOINT_PAGE_SIZE = 2
    for number in range(5):
        ArticlePageFactory(parent=blog, title=f"Evening note {number}", tags=["rest"])
    first, second = description(client, "/blog/"), description(client, "/blog/?page=2")
    assert first != second
    for path in ("/blog/?page=2", "/blog/?page=3", "/blog/tags/rest/?page=2"):
        text = description(client, path)
        assert DESCRIPTION_MIN <= len(text) <= DESCRIPTION_MAX, path
        assert "page" in text, path


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["A short one.", "Another short one."], "A short one. Another short one."),
        # Whole sentences once the minimum is met; the next is left out rather than cut.
        (["x" * 60 + ".", "y" * 120 + "."], "x" * 60 + "."),
    ],
)
def test_descriptions_are_built_from_whole_sentences_where_they_can_be(sentences, expected):
    assert fit_description(sentences) == expected


def test_shorten_cuts_at_a_word_and_marks_the_cut():
    text = "word " * 60
    cut = shorten(text.strip(), 160)
    assert len(cut) <= 160 and cut.endswith("word…")
