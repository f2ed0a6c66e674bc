"""Rich text saved any way (shell, API, importer) keeps only what the editor can write."""

import json

import pytest

from contact.models import ContactPage
from home.models import StandardPage
from home.richtext import REPAIRED_MESSAGE, clean_html
from modalities.models import Question
from tests.contact.factories import ContactPageFactory
from tests.home.factories import StandardPageFactory, body, make_site
from tests.modalities.factories import FAQPageFactory, QuestionFactory

pytestmark = pytest.mark.django_db

ATTACK = (
    '<p>Breathe <script>fetch("/steal?c=" + document.cookie)</script>'
    '<a href="javascript:alert(1)" onclick="alert(2)">slowly</a>'
    '<img src="x" onerror="alert(3)"></p>'
    '<iframe src="https://evil.example/"></iframe>'
    '<h2 onmouseover="alert(4)">and rest</h2>'
)
# Every trace of the attack a browser could run, in a page (which has scripts of its own)…
TRACES = ("/steal", "document.cookie", "javascript:", "onclick", "onerror", "onmouseover", "evil.")
# …and in stored rich text, which has none.
ELEMENTS = ("<script", "<img", "<iframe", "<h2")
BROKEN = "<p><b>bold<i>both</b></p><ul><li>x"


def assert_harmless(html: str):
    for trace in TRACES:
        assert trace not in html, trace


def assert_clean(stored: str):
    assert_harmless(stored)
    for element in ELEMENTS:
        assert element not in stored, element


def assert_words_kept(html: str):
    assert "Breathe" in html and "slowly" in html and "and rest" in html


@pytest.fixture
def home():
    return make_site()


def stored_body(page) -> list[dict]:
    return StandardPage.objects.get(pk=page.pk).body.raw_data


def test_a_script_in_a_paragraph_block_is_gone_once_saved(client, home):
    page = StandardPageFactory(parent=home)
    page.body = json.dumps([{"type": "paragraph", "value": ATTACK}])
    page.save()

    stored = stored_body(page)[0]["value"]
    assert_clean(stored)
    assert_words_kept(stored)
    html = client.get(page.url).content.decode()
    assert "slowly" in html
    assert_harmless(html)


def test_a_script_in_a_question_block_is_gone_once_saved(client, home):
    question = {"question": "Is it gentle?", "answer": ATTACK}
    page = StandardPageFactory(
        parent=home, body=json.dumps([{"type": "question", "value": question}])
    )

    answer = stored_body(page)[0]["value"]["answer"]
    assert_clean(answer)
    assert_words_kept(answer)
    assert stored_body(page)[0]["value"]["question"] == "Is it gentle?"
    assert_harmless(client.get(page.url).content.decode())


def test_a_script_in_a_snippets_rich_text_field_is_gone_once_saved(client, home):
    faq = FAQPageFactory(parent=home)
    question = QuestionFactory(question="Do I undress?", answer=ATTACK)

    stored = Question.objects.get(pk=question.pk).answer
    assert_clean(stored)
    assert_words_kept(stored)
    html = client.get(faq.url).content.decode()
    assert "Do I undress?" in html and "slowly" in html
    assert_harmless(html)


def test_a_script_in_a_pages_rich_text_field_is_gone_once_saved(client, home):
    contact = ContactPageFactory(parent=home, intro=ATTACK)

    stored = ContactPage.objects.get(pk=contact.pk).intro
    assert_clean(stored)
    assert_words_kept(stored)
    html = client.get(contact.url).content.decode()
    assert "slowly" in html
    assert_harmless(html)


def test_a_draft_saved_outside_the_editor_is_cleaned_too(admin_client, home):
    page = StandardPageFactory(parent=home)
    page.body = json.dumps([{"type": "paragraph", "value": ATTACK}])
    revision = page.save_revision()  # a draft only: the live row is not saved

    revision.refresh_from_db()
    draft = revision.as_object().body.raw_data[0]["value"]
    assert_clean(draft)
    assert_words_kept(draft)
    preview = admin_client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")
    assert preview.status_code == 200
    assert "slowly" in preview.content.decode()
    assert_harmless(preview.content.decode())


def test_text_the_editor_writes_is_stored_exactly_as_given(home):
    linked = StandardPageFactory(parent=home, title="Aftercare")
    written = (
        "<p>Plain words, <b>bold</b>, <i>italic</i> &amp; "
        f'<a href="https://example.com/a?b=1">a link</a> or <a linktype="page" id="{linked.pk}">'
        "a page</a>.</p><ol><li>first</li><li>second</li></ol>"
    )
    page = StandardPageFactory(parent=home, body=body(("paragraph", written)))
    question = QuestionFactory(answer=written)

    assert stored_body(page)[0]["value"] == written
    assert Question.objects.get(pk=question.pk).answer == written


def test_unbalanced_markup_is_stored_balanced(home):
    page = StandardPageFactory(parent=home)
    page.body = json.dumps([{"type": "paragraph", "value": BROKEN}])
    page.save()

    stored = stored_body(page)[0]["value"]
    assert clean_html(stored, ["bold", "italic", "link", "ol", "ul"]) == stored
    assert "<b>bold<i>both</i></b>" in stored and "<li" in stored and "x</li></ul>" in stored


def test_a_page_stored_with_broken_markup_opens_in_the_editor(admin_client, home):
    page = StandardPageFactory(parent=home)
    # Stored before the cleaning existed, or written straight to the database.
    StandardPage.objects.filter(pk=page.pk).update(
        body=[{"type": "paragraph", "value": BROKEN, "id": "0b6f"}]
    )

    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert REPAIRED_MESSAGE in html
    assert "both" in html  # the recovered words are in the editor


def test_a_snippet_stored_with_broken_markup_opens_in_the_editor(admin_client, home):
    question = QuestionFactory(question="Is it safe?")
    Question.objects.filter(pk=question.pk).update(answer=BROKEN)

    response = admin_client.get(f"/admin/snippets/modalities/question/edit/{question.pk}/")
    assert response.status_code == 200
    assert REPAIRED_MESSAGE in response.content.decode()


def test_a_page_with_sound_markup_opens_without_a_warning(admin_client, home):
    page = StandardPageFactory(parent=home)
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert REPAIRED_MESSAGE not in response.content.decode()
